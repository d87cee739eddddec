package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.framelens.Fixtures;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.StanceEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The framing report of the real analysis of the reference article, not of a hand-built one. */
class SeedReportTest {

  private static FramingReport report;
  private static String markdown;

  @BeforeAll
  static void analyzeAndReport() throws IOException {
    DocumentAnalysis analysis = Fixtures.analyze("seed", Fixtures.seed());
    report = FramingReport.of(List.of(analysis));
    StringWriter out = new StringWriter();
    ReportFormat.MD.renderer().render(report, out);
    markdown = out.toString();
  }

  private static ActorFrame actor(String id) {
    return report.actor(id).orElseThrow(() -> new AssertionError("no actor " + id));
  }

  private static boolean quoted(ActorFrame actor, String start, String theme) {
    return actor.quotes().stream().anyMatch(q -> q.text().startsWith(start) && q.themes().contains(theme));
  }

  @Test
  void showsNasirzadehAsIransDefenseMinisterWithTheHegemonyQuote() {
    ActorFrame n = actor("aziz-nasirzadeh");
    assertEquals(Optional.of("Defense Minister"), n.role());
    assertEquals(Optional.of("iran"), n.side());
    assertTrue(quoted(n, "artificial crises imposed by hegemonic powers", "hegemony"), n.quotes().toString());
  }

  @Test
  void showsKhreninAsBelarussDefenseMinisterWithTheUnilateralismQuote() {
    ActorFrame k = actor("viktor-khrenin");
    assertEquals(Optional.of("Defense Minister"), k.role());
    assertEquals(Optional.of("belarus"), k.side());
    assertTrue(quoted(k, "long-term stability", "unilateralism"), k.quotes().toString());
  }

  @Test
  void showsBothMinistersWithDefensiveDiplomacy() {
    for (String id : List.of("aziz-nasirzadeh", "viktor-khrenin")) {
      assertTrue(actor(id).quotes().stream().anyMatch(q -> q.text().startsWith("defensive diplomacy")), id);
    }
  }

  @Test
  void showsIranAndBelarusWithMultipolarityAndResistance() {
    for (String id : List.of("iran", "belarus")) {
      ActorFrame state = actor(id);
      assertTrue(quoted(state, "multipolarity", "multipolarity"), id);
      assertTrue(quoted(state, "resistance to coercion", "resistance"), id);
      // the quote, and "a multipolar world order" that "both nations described" the pact as advancing
      assertEquals(2, state.theme("multipolarity").orElseThrow().hits());
    }
  }

  @Test
  void showsBothMinistersAgainstWesternSanctionsAndNatoExpansion() {
    for (String id : List.of("aziz-nasirzadeh", "viktor-khrenin")) {
      List<StanceEntry> against = actor(id).stances().stream().filter(s -> s.polarity().equals("against")).toList();
      assertTrue(against.stream().anyMatch(s -> s.targetLabel().equals("Western sanctions")), against.toString());
      assertTrue(against.stream().anyMatch(s -> s.targetLabel().equals("NATO expansion")), against.toString());
    }
  }

  @Test
  void rollsTheMinistersUpToTheirSides() {
    assertTrue(report.affiliation("iran").orElseThrow().members().contains("aziz-nasirzadeh"));
    assertTrue(report.affiliation("belarus").orElseThrow().members().contains("viktor-khrenin"));
  }

  @Test
  void printsAllOfItInTheMarkdownReport() {
    assertTrue(markdown.contains("### Aziz Nasirzadeh"), markdown);
    assertTrue(markdown.contains("person, Defense Minister, affiliated with iran"), markdown);
    assertTrue(markdown.contains("“artificial crises imposed by hegemonic powers.”"), markdown);
    assertTrue(markdown.contains("against **Western sanctions** (sanctions)"), markdown);
    assertTrue(markdown.contains("against **NATO expansion** (nato_expansion)"), markdown);
  }
}
