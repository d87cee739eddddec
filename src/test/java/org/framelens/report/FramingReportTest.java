package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.ThemeScore;
import org.junit.jupiter.api.Test;

class FramingReportTest {

  private final FramingReport report = FramingReport.of(ReportFixtures.corpus());

  private ActorFrame actor(String id) {
    return report.actor(id).orElseThrow(() -> new AssertionError("no actor " + id));
  }

  private static ThemeScore theme(ActorFrame a, String theme) {
    return a.theme(theme).orElseThrow(() -> new AssertionError(a.id() + " has no theme " + theme));
  }

  @Test
  void mergesActorsAcrossDocumentsByIdKeepingTheFirstDocumentsFullName() {
    ActorFrame n = actor("aziz-nasirzadeh");
    assertEquals("Aziz Nasirzadeh", n.name());
    assertEquals("person", n.type());
    assertEquals(Optional.of("Defense Minister"), n.role());
    assertEquals(Optional.of("iran"), n.affiliation());
    assertEquals(List.of(ReportFixtures.PACT_ID, ReportFixtures.FOLLOW_UP_ID), n.documents());
    assertEquals(4, report.actors().size());
  }

  @Test
  void collectsEachActorsQuotesWithTheirThemesAndDocument() {
    ActorFrame n = actor("aziz-nasirzadeh");
    assertEquals(3, n.quotes().size());
    assertEquals("artificial crises imposed by hegemonic powers.", n.quotes().get(0).text());
    assertEquals(List.of("hegemony"), n.quotes().get(0).themes());
    assertEquals(ReportFixtures.FOLLOW_UP_ID, n.quotes().get(2).document());
    assertEquals(List.of("aziz-nasirzadeh", "viktor-khrenin"), n.quotes().get(1).speakers());
  }

  @Test
  void themeProfileCountsCreditedHitsAndQuoteThemesWithoutCountingAQuoteTwice() {
    ActorFrame n = actor("aziz-nasirzadeh");
    // hegemony is both a quote theme and a credited hit inside that quote: one hit, not two
    assertEquals(1, theme(n, "hegemony").hits());
    // sanctions: one reported hit in the pact, one quote theme in the follow-up
    ThemeScore sanctions = theme(n, "sanctions");
    assertEquals(2, sanctions.hits());
    assertEquals(List.of(ReportFixtures.PACT_ID, ReportFixtures.FOLLOW_UP_ID), sanctions.documents());
    assertEquals(5, n.themeHits());
    assertEquals(0.4, sanctions.share(), 1e-9);
    assertEquals(0.2, theme(n, "defensive_diplomacy").share(), 1e-9);
    assertEquals("sanctions", n.themes().get(0).theme());
  }

  @Test
  void weightsAreSummedAndNegatedHitsReportedApart() {
    ActorFrame k = actor("viktor-khrenin");
    assertEquals(0.8, theme(k, "unilateralism").weight(), 1e-9);
    ThemeScore bloc = theme(k, "bloc_confrontation");
    assertEquals(0, bloc.hits());
    assertEquals(1, bloc.negated());
    assertEquals(0.0, bloc.share(), 1e-9);
    assertEquals(4, k.themeHits());
    assertEquals(0.25, theme(k, "defensive_diplomacy").share(), 1e-9);
  }

  @Test
  void statesGetTheirQuotesThemesToo() {
    assertEquals(1, theme(actor("iran"), "multipolarity").hits());
    assertEquals(1, theme(actor("belarus"), "resistance").hits());
    assertEquals(1.0, theme(actor("belarus"), "resistance").share(), 1e-9);
  }

  @Test
  void stancesCarryTargetThemeAndEvidence() {
    ActorFrame n = actor("aziz-nasirzadeh");
    assertEquals(3, n.stances().size());
    var first = n.stances().stream().filter(s -> s.target().equals("sanctions")).findFirst().orElseThrow();
    assertEquals("against", first.polarity());
    assertEquals("Western sanctions", first.targetLabel());
    assertEquals(Optional.of("sanctions"), first.targetTheme());
    assertEquals("criticized", first.cue());
    assertTrue(first.evidence().startsWith("Both ministers criticized"));
    assertEquals("reported", first.source());
  }

  @Test
  void actorToTargetTableCountsForAndAgainstAcrossDocuments() {
    StanceCell sanctions = report.stanceTable().stream()
        .filter(c -> c.actor().equals("aziz-nasirzadeh") && c.target().equals("sanctions")).findFirst().orElseThrow();
    assertEquals(0, sanctions.forCount());
    assertEquals(2, sanctions.against());
    assertEquals(List.of(ReportFixtures.FOLLOW_UP_ID, ReportFixtures.PACT_ID).stream().sorted().toList(),
        sanctions.documents());
    assertEquals(4, report.stanceTable().size());
    assertEquals(5, report.stances().size());
    assertEquals("aziz-nasirzadeh", report.stances().get(0).actor()); // rows sorted by canonical actor id
  }

  @Test
  void coQuotedActorsAreThoseQuotedInTheSameDocuments() {
    List<String> withKhrenin = actor("viktor-khrenin").coQuoted().stream().map(FramingReport.CoQuoted::actor).toList();
    assertEquals(List.of("aziz-nasirzadeh", "belarus", "iran"), withKhrenin);
    assertEquals(List.of(ReportFixtures.PACT_ID), actor("viktor-khrenin").coQuoted().get(0).documents());
  }

  @Test
  void personsRollUpToTheirAffiliationAsASide() {
    AffiliationFrame iran = report.affiliation("iran").orElseThrow();
    assertEquals("Iran", iran.name());
    assertEquals(List.of("aziz-nasirzadeh", "iran"), iran.members());
    assertEquals(4, iran.quotes());
    assertEquals(1, iran.theme("multipolarity").orElseThrow().hits());
    assertEquals(2, iran.theme("sanctions").orElseThrow().hits());
    assertEquals(List.of("nato_expansion", "sanctions"),
        iran.stanceSummary().stream().map(FramingReport.TargetCount::target).toList());
    assertEquals(2, iran.stanceSummary().get(1).against());
    AffiliationFrame belarus = report.affiliation("belarus").orElseThrow();
    assertEquals(List.of("belarus", "viktor-khrenin"), belarus.members());
    assertEquals(Optional.of("iran"), actor("aziz-nasirzadeh").side());
    assertEquals(Optional.of("iran"), actor("iran").side());
    assertEquals(2, report.affiliations().size());
  }

  @Test
  void themesOverTimeAreBucketedByMonthIncludingTheArticlesOwnVoice() {
    PeriodTheme march = report.timeline().stream()
        .filter(m -> m.period().equals("2025-03") && m.theme().equals("multipolarity")).findFirst().orElseThrow();
    assertEquals(2, march.hits()); // the article's words and Iran's quote
    PeriodTheme april = report.timeline().stream().filter(m -> m.period().equals("2025-04")).findFirst().orElseThrow();
    assertEquals("sanctions", april.theme());
    assertEquals(List.of(ReportFixtures.FOLLOW_UP_ID), april.documents());
    assertFalse(report.timeline().stream().anyMatch(m -> m.theme().equals("bloc_confrontation")));
  }

  @Test
  void aDateOfAMonthOnlyMakesTheSpanShowMonths() {
    assertEquals(Optional.of("2025-03"), report.overview().from());
    assertEquals(Optional.of("2025-04"), report.overview().to());
    assertEquals("month", report.overview().granularity());
  }

  @Test
  void reportDoesNotDependOnTheOrderOfDocuments() {
    var reversed = new java.util.ArrayList<>(ReportFixtures.corpus());
    java.util.Collections.reverse(reversed);
    assertEquals(report, FramingReport.of(reversed));
  }

  @Test
  void emptyCorpusGivesAnEmptyReport() {
    FramingReport empty = FramingReport.of(List.of());
    assertEquals(0, empty.actors().size());
    assertEquals(2, empty.schemaVersion());
  }
}
