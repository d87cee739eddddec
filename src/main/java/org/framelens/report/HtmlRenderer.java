package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.report.FramingReport.ActorFrame;

/**
 * One self-contained page for a corpus of any size: overview first, then details on demand. Every
 * top actor section is closed until clicked or reached through a link: ten open sections alone
 * made the PolNeAR page 17,700 pixels tall, and a browser's screenshot time grows with the height
 * (benchmarks/html-budget.sh).
 * Inline CSS and SVG, one small script that filters and sorts the actor index, nothing fetched
 * from the network, every text escaped. Only the top actors (the report's {@code detailed} ones)
 * get a section, a place in the network and small multiples; every other actor is one row of the
 * index, so the page grows with the number of actors by a few hundred bytes each.
 */
final class HtmlRenderer implements Renderer {

  @Override
  public void render(FramingReport r, Writer w) throws IOException {
    Map<String, String> colours = Svg.themeColours(r.themes());
    List<ActorFrame> top = r.actors().stream().filter(ActorFrame::detailed).toList();
    List<ActorFrame> rest = r.actors().stream().filter(a -> !a.detailed()).toList();
    StringBuilder o = new StringBuilder(65_536);
    o.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .append("<title>Framing report</title>\n<style>\n").append(HtmlPage.CSS).append("</style>\n</head>\n<body>\n");
    HtmlOverview.header(r, o);
    o.append("<main>\n");
    HtmlOverview.section(r, o);
    SvgNetwork.section(r, top, o);
    HtmlStances.section(r, top, o);
    SvgTimeMultiples.section(r, top, colours, o);
    HtmlCharts.sides(r, colours, o);
    HtmlCharts.heatMap(r, o);
    o.append("<section id=\"actors\">\n<h2>Top actors</h2>\n");
    if (top.isEmpty()) {
      o.append("<p class=\"empty\">No actor gets a section of its own (--top 0); every actor is in the index below.</p>\n");
    } else {
      o.append("<p class=\"note\">The ").append(top.size())
          .append(" most active actors, each with a sample of their quotes and stances: click a name, or a link to it,")
          .append(" to open its section.</p>\n<div class=\"toggles\"><button type=\"button\" data-open=\"all\">Open all</button>")
          .append("<button type=\"button\" data-open=\"none\">Close all</button></div>\n");
    }
    Map<String, String> names = new TreeMap<>();
    r.actors().forEach(a -> names.put(a.id(), a.name()));
    // closed sections sit side by side in a grid, an open one takes a whole row
    o.append(top.isEmpty() ? "" : "<div class=\"actor-list\">\n");
    for (ActorFrame a : top) {
      HtmlActorSections.actor(a, colours, names, o);
    }
    o.append(top.isEmpty() ? "" : "</div>\n").append("</section>\n");
    HtmlActorIndex.section(rest, o);
    o.append("</main>\n<footer>framelens framing report · schema ").append(r.schemaVersion())
        .append("</footer>\n<script>\n").append(HtmlPage.SCRIPT).append("</script>\n</body>\n</html>\n");
    w.write(o.toString());
  }
}
