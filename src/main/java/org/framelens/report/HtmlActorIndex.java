package org.framelens.report;

import static org.framelens.report.Text.html;

import java.util.Comparator;
import java.util.List;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.ThemeScore;

/**
 * Every actor without a section of its own, one row each, in a table the page's script filters
 * and sorts. A row is a few hundred bytes, so thousands of actors stay a light page.
 */
final class HtmlActorIndex {

  private HtmlActorIndex() {}

  static void section(List<ActorFrame> rest, StringBuilder o) {
    o.append("<section id=\"index\">\n<h2>All other actors</h2>\n");
    if (rest.isEmpty()) {
      o.append("<p class=\"empty\">Every actor has a section above.</p>\n</section>\n");
      return;
    }
    o.append("<p class=\"note\">").append(rest.size()).append(rest.size() == 1 ? " actor" : " actors")
        .append(" without a section of their own; type to filter, click a header to sort. Showing <span id=\"actor-shown\">")
        .append(rest.size()).append("</span>.</p>\n<div class=\"card\"><input class=\"search\" id=\"actor-search\"")
        .append(" type=\"search\" placeholder=\"Filter actors, affiliations, themes…\" aria-label=\"filter actors\">")
        .append("<div class=\"index\"><table id=\"actor-index\">\n<thead><tr><th class=\"sort\">Actor</th>")
        .append("<th class=\"sort\">Type</th><th class=\"sort\">Affiliation</th><th class=\"sort n\">Quotes</th>")
        .append("<th class=\"sort n\">Documents</th><th class=\"sort n\">Stances</th><th class=\"sort\">Main theme</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ActorFrame a : rest) {
      o.append("<tr id=\"").append(Svg.anchor(a.id())).append("\"><td>").append(html(a.name())).append("</td><td>")
          .append(html(a.type())).append("</td><td>").append(html(a.affiliation().orElse(""))).append("</td>");
      number(a.quoteCount(), o);
      number(a.documentCount(), o);
      number(a.stanceCount(), o);
      o.append("<td>").append(a.themes().stream().max(Comparator.comparingInt(ThemeScore::hits)
          .thenComparing(ThemeScore::theme, Comparator.reverseOrder())).filter(t -> t.hits() > 0)
          .map(t -> html(t.theme())).orElse("")).append("</td></tr>\n");
    }
    o.append("</tbody></table></div></div>\n</section>\n");
  }

  private static void number(int n, StringBuilder o) {
    o.append("<td class=\"n\" data-n=\"").append(n).append("\">").append(n).append("</td>");
  }
}
