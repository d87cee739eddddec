package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.GeneratedCorpus;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport.ActorFrame;
import org.junit.jupiter.api.Test;

/** The HTML page of a corpus, read as text: its shape stays bounded and its bytes stable. */
class HtmlCorpusPageTest {

  private static final List<DocumentAnalysis> DOCS = GeneratedCorpus.documents(400, 11);

  private static String page(List<DocumentAnalysis> docs, int top) throws IOException {
    StringWriter w = new StringWriter();
    ReportFormat.HTML.renderer().render(CorpusAggregate.of(docs, ReportOptions.defaults().withTop(top)).report(), w);
    return w.toString();
  }

  @Test
  void sameDocumentsInAnyOrderGiveTheSamePage() throws IOException {
    List<DocumentAnalysis> shuffled = new ArrayList<>(DOCS);
    Collections.shuffle(shuffled, new Random(3));
    assertEquals(page(DOCS, 6), page(shuffled, 6));
  }

  @Test
  void onlyTheTopActorsGetSectionsAndEveryOtherActorOneIndexRow() throws IOException {
    FramingReport report = CorpusAggregate.of(DOCS, ReportOptions.defaults().withTop(6)).report();
    String html = page(DOCS, 6);
    String sections = html.substring(html.indexOf("<section id=\"actors\">"), html.indexOf("<section id=\"index\">"));
    assertEquals(6, count(sections, "<details class=\"card actor\""));
    long others = report.actors().stream().filter(a -> !a.detailed()).count();
    assertEquals(others, count(html, "<tr id=\"actor-"));
    for (ActorFrame a : report.actors()) {
      assertTrue(html.contains("id=\"" + Svg.anchor(a.id()) + "\""), "anchor of " + a.id());
    }
  }

  @Test
  void everyTopActorSectionIsClosedUntilClickedYetHoldsItsQuotes() throws IOException {
    FramingReport report = CorpusAggregate.of(DOCS, ReportOptions.defaults().withTop(12)).report();
    String html = page(DOCS, 12);
    assertEquals(12, count(html, "<summary class=\"actor-head\">"));
    assertEquals(0, count(html, "\" open>\n<summary class=\"actor-head\">"));
    ActorFrame first = report.actors().stream().filter(ActorFrame::detailed).findFirst().orElseThrow();
    String section = html.substring(html.indexOf("<details class=\"card actor\" id=\"" + Svg.anchor(first.id()) + "\">"));
    section = section.substring(0, section.indexOf("\n</details>\n<details class=\"card actor\""));
    assertTrue(section.contains("<blockquote>“" + Text.html(first.quotes().get(0).text())), section);
    assertTrue(html.contains("<button type=\"button\" data-open=\"all\">Open all</button>"));
  }

  @Test
  void theLongTablesScrollInABoundedBoxAndTheFreeTextTargetsAreFolded() throws IOException {
    String html = page(DOCS, 12);
    assertTrue(html.contains("<div class=\"card scroll bounded\"><table class=\"stance-table\">"));
    assertTrue(html.contains("aria-label=\"actor by theme heat map\""));
    String map = html.substring(0, html.indexOf("aria-label=\"actor by theme heat map\""));
    assertTrue(map.substring(map.lastIndexOf("<div ")).startsWith("<div class=\"card scroll bounded\"><svg "), map);
    assertTrue(html.contains("<details class=\"more\"><summary>Other targets, as written: "), html);
  }

  @Test
  void sideCardsBeyondTheFirstSixAreFolded() throws IOException {
    FramingReport report = CorpusAggregate.of(DOCS, ReportOptions.defaults().withTop(12)).report();
    String html = page(DOCS, 12);
    int cards = count(html, "<div class=\"card side\">");
    assertEquals(Math.min(12, report.affiliations().size()), cards);
    int fold = html.indexOf(" more sides</summary>");
    assertEquals(cards > HtmlCharts.SIDES_OPEN, fold > 0);
    if (fold > 0) {
      assertEquals(HtmlCharts.SIDES_OPEN, count(html.substring(0, fold), "<div class=\"card side\">"));
    }
  }

  @Test
  void theStanceTableHasAtMostTenTargetColumnsWhateverTheNumberOfTargets() throws IOException {
    String html = page(DOCS, 12);
    String table = html.substring(html.indexOf("<table class=\"stance-table\">"));
    table = table.substring(0, table.indexOf("</tr>"));
    int columns = count(table, "<th class=\"c\">");
    assertTrue(columns > 0 && columns <= HtmlStances.COLUMNS, table);
    assertTrue(table.endsWith("<th>Other targets</th>"), table);
  }

  @Test
  void theTimeSectionHasOneChartForAllVoicesAndOnePerTopActorWithDatedTallies() throws IOException {
    String html = page(DOCS, 4);
    String time = html.substring(html.indexOf("<section id=\"time\">"), html.indexOf("</section>", html.indexOf("<section id=\"time\">")));
    assertEquals(5, count(time, "<figure class=\"multiple\">"));
    assertTrue(time.contains("<figcaption>All voices</figcaption>"));
    assertTrue(Pattern.compile("<path d=\"M[0-9.]+ [0-9.]+h").matcher(time).find(), time);
  }

  @Test
  void theFirstTimeChartsAreShownAndTheOtherTopActorsAreFolded() throws IOException {
    String html = page(DOCS, 12);
    String time = html.substring(html.indexOf("<section id=\"time\">"), html.indexOf("</section>", html.indexOf("<section id=\"time\">")));
    int fold = time.indexOf("<details class=\"more\">");
    assertTrue(fold > 0, time);
    assertEquals(SvgTimeMultiples.SHOWN, count(time.substring(0, fold), "<figure class=\"multiple\">"));
    int folded = count(time.substring(fold), "<figure class=\"multiple\">");
    assertTrue(time.contains("<summary>" + folded + " more top actors over time</summary>"), time);
    assertEquals(13, SvgTimeMultiples.SHOWN + folded);
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theNetworkDrawsCongruenceLinesAndDashedConflictLinesAmongTheTopActors() throws IOException {
    String html = page(DOCS, 8);
    String svg = html.substring(html.indexOf("aria-label=\"congruence network of the top actors\""));
    svg = svg.substring(0, svg.indexOf("</svg>"));
    String edges = svg.substring(svg.indexOf("<g class=\"edges\""), svg.indexOf("</g>", svg.indexOf("<g class=\"edges\"")));
    String conflicts = svg.substring(svg.indexOf("<g class=\"conflicts\""), svg.indexOf("</g>", svg.indexOf("<g class=\"conflicts\"")));
    assertTrue(count(edges, "shared side") > 0, edges);
    assertTrue(count(conflicts, "<line") > 0, conflicts);
    assertTrue(conflicts.contains(" against ") && conflicts.contains("stroke-dasharray"), conflicts);
  }

  @Test
  void withNoTopActorsEveryActorIsAnIndexRowAndThePageStillRenders() throws IOException {
    FramingReport report = CorpusAggregate.of(DOCS, ReportOptions.defaults().withTop(0)).report();
    String html = page(DOCS, 0);
    assertEquals(report.actors().size(), count(html, "<tr id=\"actor-"));
    assertEquals(0, count(html, "<details class=\"card actor\""));
    assertTrue(html.contains("No two top actors take the same side on a target."));
    assertTrue(html.contains("No actor gets a section of its own (--top 0)"));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void actorAnchorsAreOneToOne() {
    assertEquals("actor-jos-_e9_", Svg.anchor("jos-é"));
    assertTrue(!Svg.anchor("jos-é").equals(Svg.anchor("jos--")));
    assertTrue(!Svg.anchor("a_b").equals(Svg.anchor("a-b")));
  }
}
