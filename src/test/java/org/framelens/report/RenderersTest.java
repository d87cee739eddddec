package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.framelens.actor.Actor;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderersTest {

  private static final FramingReport REPORT = FramingReport.of(ReportFixtures.corpus());

  static String render(Renderer renderer, FramingReport report) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatGivesTheSameBytesTwiceAndUnderAnotherDefaultLocale(ReportFormat format) throws IOException {
    String first = render(format.renderer(), REPORT);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // decimal comma: must not leak into any output
      String second = render(format.renderer(), FramingReport.of(ReportFixtures.corpus()));
      assertEquals(first, second);
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(first.length() > 200, format + " output is not empty");
  }

  @ParameterizedTest
  @EnumSource(CsvTable.class)
  void everyCsvTableGivesTheSameBytesTwice(CsvTable table) throws IOException {
    assertEquals(render(table.renderer(), REPORT), render(table.renderer(), FramingReport.of(ReportFixtures.corpus())));
  }

  @Test
  void markdownHasAHeadingPerActorAndTheFiguresOfTheReport() throws IOException {
    String md = render(ReportFormat.MD.renderer(), REPORT);
    assertTrue(md.startsWith("# Framing report\n"));
    assertTrue(md.contains("\n### Aziz Nasirzadeh\n"));
    assertTrue(md.contains("\n### Viktor Khrenin\n"));
    assertTrue(md.contains("person, Defense Minister, affiliated with iran"));
    assertTrue(md.contains("- “artificial crises imposed by hegemonic powers.” — iran-belarus-defense-pact; themes: hegemony"));
    assertTrue(md.contains("| sanctions | 2 | 40.0% | 2 | 0 | iran-belarus-defense-pact, minsk-follow-up |"), md);
    // a target keyed by its theme is named by the theme in the table, by its own words in the evidence
    assertTrue(md.contains("| Aziz Nasirzadeh | sanctions | 0 | 2 | iran-belarus-defense-pact, minsk-follow-up |"), md);
    assertTrue(md.contains("against **Western sanctions** (sanctions)"), md);
    assertTrue(md.contains("| Iran | aziz-nasirzadeh, iran | 4 |"));
    assertTrue(md.contains("| bloc_confrontation | 0 | 0.0% | 0 | 1 |"));
    assertTrue(md.contains("| Theme | Hits | Share | Weight | Negated | Documents |\n| --- | ---: | ---: | ---: | ---: | --- |\n"));
    assertTrue(md.contains("- “defensive diplomacy.” — iran-belarus-defense-pact; themes: defensive_diplomacy; with Viktor Khrenin\n"));
    assertTrue(md.contains("## Themes over time"));
    assertTrue(md.contains("| 2025-04 |"));
  }

  @Test
  void htmlIsOneSelfContainedPageWithHeatMapAndThemeBars() throws IOException {
    String html = render(ReportFormat.HTML.renderer(), REPORT);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("aria-label=\"actor by theme heat map\""));
    assertTrue(html.contains("aria-label=\"theme profile of Aziz Nasirzadeh\""));
    assertTrue(html.contains("Western sanctions"));
    assertTrue(html.contains("hegemonic powers"));
    assertTrue(html.contains("<details><summary>evidence · minsk-follow-up</summary><p>“Nasirzadeh again criticized Western sanctions”"));
    for (String remote : List.of("<script src", "http://", "https://", "@import", "url(", "<link", "<img", "fetch(")) {
      assertFalse(html.contains(remote), "page must load nothing: found " + remote);
    }
    assertEquals(1, html.split("<script>", -1).length - 1, "one inline script, for the index table");
  }

  @Test
  void htmlHeatMapShowsTheMostActiveFortyActorsAndSaysSo() throws IOException {
    List<DocumentAnalysis> docs = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      String text = "Speaker " + i + " said \"we resist.\"";
      Actor a = new Actor(String.format(Locale.ROOT, "s%02d", i), "Speaker " + i, Actor.Type.PERSON,
          Optional.empty(), Optional.empty(), List.of("Speaker " + i));
      docs.add(new DocumentAnalysis("d" + i, null, 6, List.of(ReportFixtures.quote(text, "we resist.",
          List.of("resistance"), a)), List.of(a), List.of(), List.of()));
    }
    String html = render(ReportFormat.HTML.renderer(), FramingReport.of(docs));
    assertTrue(html.contains("The 40 most active of 45 actors"));
    assertTrue(html.contains("aria-label=\"theme profile of Speaker 44\""));
  }

  @Test
  void htmlEscapesEveryTextFromTheAnalyses() throws IOException {
    Actor odd = new Actor("acme", "<b>Smith & \"Co\"</b>", Actor.Type.ORGANIZATION, Optional.of("<script>x</script>"),
        Optional.empty(), List.of());
    DocumentAnalysis doc = new DocumentAnalysis("d<1>", null, 3, List.of(), List.of(odd), List.of(), List.of());
    String html = render(ReportFormat.HTML.renderer(), FramingReport.of(List.of(doc)));
    assertTrue(html.contains("&lt;b&gt;Smith &amp; &quot;Co&quot;&lt;/b&gt;"));
    assertFalse(html.contains("<b>Smith"));
    assertFalse(html.contains("<script>x"));
    assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html);
    String md = render(ReportFormat.MD.renderer(), FramingReport.of(List.of(doc)));
    assertTrue(md.contains("### \\<b\\>Smith & \"Co\"\\</b\\>"), md);
  }

  @Test
  void jsonIsTheReportTreeWithSchemaVersion() throws IOException {
    JsonNode root = Json.mapper().readTree(render(ReportFormat.JSON.renderer(), REPORT));
    assertEquals(2, root.get("schemaVersion").asInt());
    JsonNode first = root.get("actors").get(0);
    assertEquals("aziz-nasirzadeh", first.get("id").asText());
    assertEquals("Defense Minister", first.get("role").asText());
    assertEquals(0.4, first.get("themes").get(0).get("share").asDouble(), 1e-9);
    assertEquals("iran", root.get("affiliations").get(0).get("id").asText());
    assertEquals(ReportFixtures.PACT_ID, root.get("documents").get(0).get("id").asText());
    assertEquals("2025-03", root.get("documents").get(0).get("month").asText());
    assertTrue(root.get("tallies").size() > 10);
    JsonNode cell = root.get("stanceTable").get(1); // sorted by actor id, then target
    assertEquals("aziz-nasirzadeh", cell.get("actor").asText());
    assertEquals(0, cell.get("for").asInt());
    assertEquals(2, cell.get("against").asInt());
    assertEquals("iran", first.get("side").asText());
  }

  @Test
  void longCsvParsesBackToTwelveColumnsPerRowAndHoldsTheCountsPerPeriod() throws IOException {
    String csv = render(ReportFormat.CSV.renderer(), REPORT);
    List<List<String>> rows = parseCsv(csv);
    assertEquals(List.of("period", "actor", "actor_name", "actor_type", "affiliation", "side", "kind",
        "theme_or_target", "polarity", "count", "weight", "documents"), rows.get(0));
    for (List<String> row : rows) {
      assertEquals(12, row.size(), row.toString());
    }
    assertEquals(REPORT.tallies().size() + 1, rows.size());
    // one document is dated only by month, so periods are months
    assertTrue(rows.contains(List.of("2025-03", "viktor-khrenin", "Viktor Khrenin", "person",
        "belarus", "belarus", "theme", "unilateralism", "", "1", "0.8", "1")), csv);
    assertTrue(rows.contains(List.of("2025-04", "aziz-nasirzadeh", "Aziz Nasirzadeh", "person", "iran",
        "iran", "stance", "sanctions", "against", "1", "0", "1")), csv);
    assertTrue(csv.contains("\r\n"));
  }

  @Test
  void csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    List<List<String>> rows = parseCsv(render(CsvTable.STANCES.renderer(), REPORT));
    int width = rows.get(0).size();
    rows.forEach(r -> assertEquals(width, r.size()));
    String evidence = rows.get(1).get(rows.get(0).indexOf("evidence"));
    assertEquals("Both ministers criticized Western sanctions and NATO expansion", evidence);
    List<List<String>> quotes = parseCsv(render(CsvTable.QUOTES.renderer(), REPORT));
    assertTrue(quotes.stream().anyMatch(r -> r.contains("aziz-nasirzadeh;viktor-khrenin")));
    quotes.forEach(r -> assertEquals(quotes.get(0).size(), r.size()));
    assertEquals("a,\"b\"\nc", parseCsv(Text.csv("a,\"b\"\nc") + "\r\n").get(0).get(0));
  }

  /** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new AssertionError("quote inside unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      throw new AssertionError("CSV does not end with CRLF");
    }
    return rows;
  }
}
