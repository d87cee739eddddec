package org.framelens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.Mention;
import org.framelens.actor.Actor;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport;
import org.framelens.report.FramingReport.TargetCount;
import org.framelens.stance.Stance;
import org.junit.jupiter.api.Test;

/** Canonical ids reach stance targets too: two ids of one actor are one target. */
class CanonicalTargetsTest {

  private static final Actor BERG = new Actor("berg", "Anna Berg", Actor.Type.PERSON, Optional.of("minister"),
      Optional.empty(), List.of("Berg"));
  private static final Actor LUND = new Actor("greta-lund", "Greta Lund", Actor.Type.PERSON, Optional.empty(),
      Optional.empty(), List.of());

  private static DocumentAnalysis lundAgainst(String id, String targetId, String targetText) {
    Stance s = new Stance(LUND.id(), new Stance.Target(targetText, 20, 20 + targetText.length(),
        Optional.of(targetId), Optional.empty(), Optional.empty()), Stance.Polarity.AGAINST,
        new Mention("attacked", 5, 13), new Mention("Lund attacked " + targetText, 0, 40), Stance.Source.REPORTED, 0.9);
    return new DocumentAnalysis(id, Map.of(), 40, List.of(), List.of(LUND, BERG), List.of(), List.of(s));
  }

  @Test
  void stancesTowardTwoIdsOfOneActorAddUpUnderTheCanonicalId() {
    CorpusAggregate agg = CorpusAggregate.empty();
    agg.add(lundAgainst("a", "berg", "Berg"));
    agg.add(lundAgainst("b", "anna-berg", "Anna Berg"));
    agg.add(new DocumentAnalysis("c", Map.of(), 10, List.of(), List.of(new Actor("anna-berg", "Anna Berg",
        Actor.Type.PERSON, Optional.of("minister"), Optional.empty(), List.of())), List.of(), List.of()));
    FramingReport report = agg.report();
    List<TargetCount> targets = report.actor("greta-lund").orElseThrow().stanceSummary();
    assertEquals(1, targets.size(), targets.toString());
    assertEquals("anna-berg", targets.get(0).target());
    assertEquals("Anna Berg", targets.get(0).label());
    assertEquals(2, targets.get(0).against());
    assertEquals(2, targets.get(0).documentCount());
  }

  @Test
  void aTargetIdNoDocumentListsIsNamedByItsMostFrequentWording() {
    CorpusAggregate agg = CorpusAggregate.empty();
    agg.add(lundAgainst("a", "ola-nord", "Ola Nord"));
    agg.add(lundAgainst("b", "ola-nord", "Ola Nord"));
    agg.add(lundAgainst("c", "ola-nord", "Nord"));
    TargetCount target = agg.report().actor("greta-lund").orElseThrow().stanceSummary().stream()
        .filter(t -> t.target().equals("ola-nord")).findFirst().orElseThrow();
    assertEquals("Ola Nord", target.label());
    assertEquals("actor", target.kind());
  }
}
