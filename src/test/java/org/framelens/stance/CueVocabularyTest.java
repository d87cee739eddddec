package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cue words of stance.tsv and the particles StanceCues reads them with. */
class CueVocabularyTest {

  @Test
  void aWarningThatSomethingWillHappenIsAgainstWhatItWarnsOf() {
    Stance s = only(stances("Finance Minister Karl Dorn warned on Monday that the new port levy would ruin small exporters."),
        "the new port levy");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("karl-dorn"), s.actor());
    Stance t = only(stances("Karl Dorn warned that the merger could cost thousands of jobs."), "the merger");
    assertEquals(Stance.Polarity.AGAINST, t.polarity());
  }

  @Test
  void warnWithNeitherParticleNorClauseIsNoCue() {
    assertTrue(stances("Karl Dorn warned the farmers about the storm on Monday.").isEmpty());
  }

  @Test
  void emotionsOfDispleasureAndSatisfactionAreStancesTowardTheirCause() {
    Stance dismay = only(stances("Senator Ruth Ames voiced dismay at the new border fees."), "the new border fees");
    assertEquals(Stance.Polarity.AGAINST, dismay.polarity());
    Stance satisfaction = only(stances("Senator Ruth Ames expressed satisfaction with the trade talks."), "the trade talks");
    assertEquals(Stance.Polarity.FOR, satisfaction.polarity());
    Stance heartened = only(stances("Senator Ruth Ames was heartened by the ceasefire."), "the ceasefire");
    assertEquals(Stance.Polarity.FOR, heartened.polarity());
    Stance appalled = only(stances("Senator Ruth Ames is appalled by the verdict."), "the verdict");
    assertEquals(Stance.Polarity.AGAINST, appalled.polarity());
  }

  @Test
  void disagreeingWithSomethingIsAgainstIt() {
    Stance s = only(stances("Senator Ruth Ames disagreed with the committee's findings."), "the committee's findings");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void wordsOfTheImportedVaderLexiconJudgeWhatTheSpeakerSaysTheyAre() {
    // "brilliant" and "troublemaker" are in lexicons/opinion/vader.yaml only, not in the hand-written files
    Stance plan = only(stances("\"The harbour plan is brilliant,\" Mayor Lena Falk said."), "The harbour plan");
    assertEquals(Stance.Polarity.FOR, plan.polarity());
    assertEquals(Optional.of("lena-falk"), plan.actor());
    Stance him = only(stances("Mayor Lena Falk called the councillor a troublemaker."), "the councillor");
    assertEquals(Stance.Polarity.AGAINST, him.polarity());
  }

  @Test
  void praiseOrBlameForSomethingIsAlsoTowardWhatItIsFor() {
    List<Stance> s = stances("Senator Ruth Ames thanked the rescue teams for their quick response.");
    assertEquals(Stance.Polarity.FOR, only(s, "the rescue teams").polarity());
    assertEquals(Stance.Polarity.FOR, only(s, "their quick response").polarity());
    List<Stance> c = stances("Senator Ruth Ames congratulated the mayor on her election.");
    assertEquals(Stance.Polarity.FOR, only(c, "the mayor").polarity());
    assertEquals(Stance.Polarity.FOR, only(c, "her election").polarity());
    List<Stance> b = stances("Senator Ruth Ames criticized the ministry for the long delay.");
    assertEquals(Stance.Polarity.AGAINST, only(b, "the ministry").polarity());
    assertEquals(Stance.Polarity.AGAINST, only(b, "the long delay").polarity());
  }

  @Test
  void aForPhraseAfterAnOrdinaryCueIsNoSecondTarget() {
    List<Stance> s = stances("Senator Ruth Ames backed the plan for a new bridge.");
    assertEquals(Stance.Polarity.FOR, only(s, "the plan").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("a new bridge")), s.toString());
  }

  @Test
  void phrasalVerbsOfRejectionAndSolidarityReadTheirTargetAfterTheParticle() {
    assertEquals(Stance.Polarity.AGAINST,
        only(stances("Senator Ruth Ames turned down the offer."), "the offer").polarity());
    assertEquals(Stance.Polarity.AGAINST,
        only(stances("Senator Ruth Ames walked away from the talks."), "the talks").polarity());
    assertEquals(Stance.Polarity.FOR,
        only(stances("Senator Ruth Ames stood by the decision."), "the decision").polarity());
  }

  @Test
  void aPhrasalVerbOutranksTheVerbAlone() {
    Stance s = only(stances("Senator Ruth Ames backed out of the merger."), "the merger");
    assertEquals(Stance.Polarity.AGAINST, s.polarity(), "backing out is no backing");
    assertEquals("backed out of", s.cue().text());
  }

  @Test
  void thePrepositionGivesThePolarityOfFightArgueAndCampaign() {
    assertEquals(Stance.Polarity.FOR,
        only(stances("\"We will fight for the new hospital,\" Senator Ruth Ames said."), "the new hospital").polarity());
    assertEquals(Stance.Polarity.AGAINST,
        only(stances("Senator Ruth Ames argued against the tax cut."), "the tax cut").polarity());
    assertEquals(Stance.Polarity.FOR,
        only(stances("Senator Ruth Ames campaigned for the tax cut."), "the tax cut").polarity());
  }

  @Test
  void assentAndReluctanceAreStances() {
    assertEquals(Stance.Polarity.FOR,
        only(stances("Senator Ruth Ames concurred with the ruling."), "the ruling").polarity());
    assertEquals(Stance.Polarity.AGAINST,
        only(stances("Senator Ruth Ames is hesitant about the merger."), "the merger").polarity());
  }
}
