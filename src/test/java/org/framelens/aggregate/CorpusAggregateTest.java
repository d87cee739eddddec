package org.framelens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

/** The monoid laws, checked as properties over generated corpora. */
class CorpusAggregateTest {

  private static final List<DocumentAnalysis> CORPUS = GeneratedCorpus.documents(300, 42);
  private static final FramingReport ONE_FOLD = CorpusAggregate.of(CORPUS, ReportOptions.defaults()).report();

  @Test
  void anySplitAndMergeOrderGivesTheReportOfOneFold() {
    Random r = new Random(7);
    for (int trial = 0; trial < 12; trial++) {
      List<DocumentAnalysis> shuffled = new ArrayList<>(CORPUS);
      Collections.shuffle(shuffled, r);
      List<CorpusAggregate> parts = new ArrayList<>();
      int at = 0;
      while (at < shuffled.size()) {
        int size = 1 + r.nextInt(60);
        parts.add(CorpusAggregate.of(shuffled.subList(at, Math.min(at + size, shuffled.size())),
            ReportOptions.defaults()));
        at += size;
      }
      parts.add(CorpusAggregate.empty()); // the identity, anywhere
      Collections.shuffle(parts, r);
      // merge in a random tree shape, not only left to right
      while (parts.size() > 1) {
        int i = r.nextInt(parts.size() - 1);
        CorpusAggregate left = parts.remove(i);
        CorpusAggregate right = parts.remove(i);
        parts.add(i, r.nextBoolean() ? left.merge(right) : right.merge(left));
      }
      assertEquals(ONE_FOLD, parts.get(0).report(), "trial " + trial);
    }
  }

  @Test
  void anAggregateSurvivesJavaSerializationMidFold() throws IOException, ClassNotFoundException {
    CorpusAggregate first = CorpusAggregate.of(CORPUS.subList(0, 150), ReportOptions.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(first);
    }
    CorpusAggregate copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (CorpusAggregate) in.readObject();
    }
    CORPUS.subList(150, CORPUS.size()).forEach(copy::add);
    assertEquals(ONE_FOLD, copy.report());
  }

  @Test
  void mergingLeavesTheOtherAggregateAsItWas() {
    CorpusAggregate a = CorpusAggregate.of(CORPUS.subList(0, 100), ReportOptions.defaults());
    CorpusAggregate b = CorpusAggregate.of(CORPUS.subList(100, 200), ReportOptions.defaults());
    FramingReport before = b.report();
    a.merge(b);
    a.add(CORPUS.get(250));
    assertEquals(before, b.report());
  }

  @Test
  void sizeGrowsWithActorsAndPeriodsNotWithDocuments() throws IOException {
    // the same 300 documents again under new ids: counts double, the kept evidence may not
    List<DocumentAnalysis> twice = new ArrayList<>(CORPUS);
    for (DocumentAnalysis d : CORPUS) {
      twice.add(new DocumentAnalysis(d.id() + "-again", d.metadata(), d.tokens(), d.quotes(), d.actors(), d.themes(),
          d.stances()));
    }
    int once = serialized(CorpusAggregate.of(CORPUS, ReportOptions.defaults()));
    int doubled = serialized(CorpusAggregate.of(twice, ReportOptions.defaults()));
    assertTrue(doubled < once * 1.2, once + " bytes for 300 documents, " + doubled + " for 600");
    FramingReport report = CorpusAggregate.of(twice, ReportOptions.defaults()).report();
    assertEquals(2 * ONE_FOLD.overview().quotes(), report.overview().quotes());
    report.actors().forEach(a -> assertTrue(a.quotes().size() <= ActorStats.QUOTES, a.id()));
    report.actors().forEach(a -> assertTrue(a.documents().size() <= Counted.DOCUMENT_SAMPLE, a.id()));
  }

  @Test
  void stancesWhoseHolderNamesNoActorAreCountedApartAndGivenToNoActor() {
    double min = ReportOptions.defaults().minStanceConfidence();
    long unnamed = CORPUS.stream().flatMap(d -> d.stances().stream())
        .filter(s -> s.actor().isEmpty() && s.confidence() >= min).count();
    long named = CORPUS.stream().flatMap(d -> d.stances().stream())
        .filter(s -> s.actor().isPresent() && s.confidence() >= min).count();
    assertTrue(unnamed > 0 && named > 0, unnamed + " unnamed, " + named + " named");
    assertEquals(unnamed, ONE_FOLD.overview().unresolvedStances());
    assertEquals(named, ONE_FOLD.overview().stances());
    assertTrue(ONE_FOLD.actors().stream().noneMatch(a -> a.id().equals("they") || a.name().equals("they")));
  }

  @Test
  void aStanceTowardAnUnresolvedPronounIsCountedApart() {
    org.framelens.actor.Actor vos = new org.framelens.actor.Actor("jan-vos", "Jan Vos", org.framelens.actor.Actor.Type.PERSON,
        java.util.Optional.empty(), java.util.Optional.empty(), List.of());
    org.framelens.Mention cue = new org.framelens.Mention("rejected", 8, 16);
    org.framelens.Mention evidence = new org.framelens.Mention("Vos rejected it and the levy.", 0, 29);
    var it = new org.framelens.stance.Stance.Target("it", 17, 19, java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty());
    var levy = new org.framelens.stance.Stance.Target("the levy", 24, 32, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty());
    DocumentAnalysis d = new DocumentAnalysis("d", java.util.Map.of(), 8, List.of(), List.of(vos), List.of(), List.of(
        GeneratedCorpus.stance("jan-vos", it, org.framelens.stance.Stance.Polarity.AGAINST, cue, evidence,
            org.framelens.stance.Stance.Source.REPORTED, 0.9),
        GeneratedCorpus.stance("jan-vos", levy, org.framelens.stance.Stance.Polarity.AGAINST, cue, evidence,
            org.framelens.stance.Stance.Source.REPORTED, 0.9)));
    FramingReport r = CorpusAggregate.of(List.of(d), ReportOptions.defaults()).report();
    assertEquals(1, r.overview().stances());
    assertEquals(1, r.overview().unresolvedStances());
    assertEquals(List.of("the levy"), r.stances().stream().map(s -> s.stance().target()).toList());
  }

  @Test
  void overviewCountsQuotesWithoutANamedSpeakerApart() {
    long unresolved = CORPUS.stream().flatMap(d -> d.quotes().stream()).filter(q -> q.speakers().isEmpty()).count();
    assertTrue(unresolved > 0);
    assertEquals(unresolved, ONE_FOLD.overview().unresolvedQuotes());
    assertEquals(CORPUS.stream().mapToLong(d -> d.quotes().size()).sum(), ONE_FOLD.overview().quotes());
    long quotedByActors = ONE_FOLD.actors().stream().mapToLong(FramingReport.ActorFrame::quoteCount).sum();
    assertEquals(ONE_FOLD.overview().quotes() - unresolved, quotedByActors); // one speaker per generated quote
  }

  @Test
  void theReportShowsStancesAtOrAboveTheMinimumConfidenceAndCountsTheRest() {
    List<org.framelens.stance.Stance> stances = CORPUS.stream().flatMap(d -> d.stances().stream()).toList();
    long atOrAbove = stances.stream().filter(s -> s.confidence() >= 0.6).count();
    long unnamed = stances.stream().filter(s -> s.confidence() >= 0.6 && s.actor().isEmpty()).count();
    assertTrue(atOrAbove > 0 && atOrAbove < stances.size());
    FramingReport report = CorpusAggregate.of(CORPUS, ReportOptions.defaults().withMinStanceConfidence(0.6)).report();
    assertEquals(atOrAbove - unnamed, report.overview().stances());
    assertEquals(unnamed, report.overview().unresolvedStances());
    assertEquals(stances.size() - atOrAbove, report.overview().stancesBelowConfidence());
    atOrAbove -= unnamed; // the actors' stances
    assertEquals(atOrAbove, report.actors().stream().mapToLong(FramingReport.ActorFrame::stanceCount).sum());
    assertTrue(report.stances().stream().allMatch(r -> r.stance().confidence() >= 0.6));
    FramingReport all = CorpusAggregate.of(CORPUS, ReportOptions.defaults().withMinStanceConfidence(0)).report();
    assertEquals(stances.size(), all.overview().stances() + all.overview().unresolvedStances());
  }

  @Test
  void periodsAreDaysWeeksOrMonthsByTheSpanAndTalliesStillAddUp() {
    checkPeriods(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), "day", "\\d{4}-\\d{2}-\\d{2}");
    checkPeriods(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "week", "\\d{4}-W\\d{2}");
    checkPeriods(LocalDate.MIN, LocalDate.MAX, "month", "\\d{4}-\\d{2}");
  }

  private static void checkPeriods(LocalDate from, LocalDate to, String granularity, String label) {
    ReportOptions options = ReportOptions.defaults().withDates(from, to);
    List<DocumentAnalysis> shuffled = new ArrayList<>(CORPUS);
    Collections.shuffle(shuffled, new Random(3));
    FramingReport report = CorpusAggregate.of(shuffled, options).report();
    assertEquals(granularity, report.overview().granularity());
    assertEquals(CorpusAggregate.of(CORPUS, options).report(), report);
    report.timeline().forEach(p -> assertTrue(p.period().matches(label), p.period()));
    long dated = report.tallies().stream().filter(t -> t.kind().equals("quote")).mapToLong(FramingReport.Tally::count)
        .sum();
    assertEquals(report.overview().quotes() - report.overview().unresolvedQuotes(), dated, granularity);
    // undated documents count under an empty period, and only where no date filter left them out
    boolean undated = from.equals(LocalDate.MIN);
    assertTrue(report.tallies().stream().allMatch(t -> t.period().matches(label) || undated && t.period().isEmpty()));
    assertEquals(undated, report.tallies().stream().anyMatch(t -> t.period().isEmpty()), granularity);
  }

  @Test
  void aggregatesWithDifferentOptionsDoNotMerge() {
    CorpusAggregate a = CorpusAggregate.empty();
    CorpusAggregate b = CorpusAggregate.empty(ReportOptions.defaults().withTop(3));
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    assertNotEquals(a.options(), b.options());
  }

  private static int serialized(CorpusAggregate a) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    return bytes.size();
  }
}
