package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evaluative words in attributed speech judging the doer of a deed (EvaluativeReader). */
class EvaluativeReadingTest {

  @Test
  void aBadDeedInThePerfectJudgesItsDoer() {
    Stance s = only(stances("\"Moldova has repeatedly violated the truce,\" Senator Ruth Ames said."), "Moldova");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
    assertEquals("violated", s.cue().text());
  }

  @Test
  void aPassiveParticipleJudgesNoDoer() {
    List<Stance> s = stances("\"Moldova was violated by the storm,\" Senator Ruth Ames said.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("Moldova")), s.toString());
  }

  @Test
  void theObjectOfADeedVerbJudgesWhoDidIt() {
    Stance bad = only(stances("\"The regime has committed atrocities in the north,\" Senator Ruth Ames said."), "The regime");
    assertEquals(Stance.Polarity.AGAINST, bad.polarity());
    assertEquals("atrocities", bad.cue().text());
  }

  @Test
  void anOpinionNounAfterAnOrdinaryVerbJudgesNoOne() {
    List<Stance> s = stances("\"The junta wants peace in the north,\" Senator Ruth Ames said.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("The junta") && x.cue().text().equals("peace")),
        s.toString());
  }

  @Test
  void aSoCalledNameInSomeonesWordsIsAgainstWhatItNames() {
    Stance s = only(stances("\"Their so-called reforms have emptied the hospitals,\" Senator Ruth Ames said."), "reforms");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
  }

  @Test
  void theWritersOwnSoCalledIsNoStance() {
    List<Stance> s = stances("The so-called reforms were passed in May.");
    assertTrue(s.isEmpty(), s.toString());
  }

  @Test
  void declaringOrPortrayingSomethingAsGoodOrBadJudgesIt() {
    Stance vote = only(stances("The electoral board declared the referendum illegitimate."), "the referendum");
    assertEquals(Stance.Polarity.AGAINST, vote.polarity());
    assertEquals("The electoral board", vote.holder());
    Stance plan = only(stances("Senator Ruth Ames portrayed the treaty as a disaster."), "the treaty");
    assertEquals(Stance.Polarity.AGAINST, plan.polarity());
  }

  @Test
  void aPassiveNamingWithItsAgentIsTheAgentsJudgment() {
    Stance s = only(stances("The referendum was described as a farce by Senator Ruth Ames."), "The referendum");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
    assertTrue(stances("The referendum was described as a farce.").isEmpty(), "no agent, no holder");
  }

  @Test
  void aQuotedThisJudgedByTheCopulaIsTheTarget() {
    Stance s = only(stances("\"This is unacceptable,\" Senator Ruth Ames said after the vote."), "This");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
  }

  @Test
  void aDemonstrativeBeforeANounIsNoStandAloneTarget() {
    List<Stance> s = stances("\"This levy is unacceptable,\" Senator Ruth Ames said.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("This")), s.toString());
  }

  @Test
  void anEvaluativeWordInABeliefIsTheBelieversJudgment() {
    Stance s = only(stances("Mayor Tom Berg believes that the levy is unjust."), "the levy");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("tom-berg"), s.actor());
  }

  @Test
  void aCapitalisedOpinionWordInsideTheSentenceIsPartOfAName() {
    List<Stance> party = stances("Senator Ruth Ames said Democratic candidate Lee Hart will visit the port on Monday.");
    assertTrue(party.stream().noneMatch(x -> x.cue().text().equals("Democratic")), party.toString());
    Stance judged = only(stances("Senator Ruth Ames said the vote was not democratic."), "the vote");
    assertEquals(Stance.Polarity.AGAINST, judged.polarity());
  }

  @Test
  void accordingToNamesWhoseJudgmentTheClauseIs() {
    Stance before = only(stances("According to Senator Ruth Ames, the ruling was a disgrace."), "the ruling");
    assertEquals(Optional.of("ruth-ames"), before.actor());
    assertEquals(Stance.Polarity.AGAINST, before.polarity());
    Stance after = only(stances("The ruling was a disgrace, according to Senator Ruth Ames."), "The ruling");
    assertEquals(Optional.of("ruth-ames"), after.actor());
  }

  @Test
  void anEvaluativeWordOutsideTheBelievedClauseIsNotTheBelievers() {
    List<Stance> s = stances("The corrupt junta thinks about the treaty.");
    assertTrue(s.stream().noneMatch(x -> x.cue().text().equals("corrupt")), s.toString());
  }

  @Test
  void reportedContentBeforeItsSpeakerIsTheSpeakersJudgment() {
    Stance s = only(stances("The levy is unjust, Senator Ruth Ames said on Monday."), "The levy");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
  }

  @Test
  void aFrontedPrepositionalPhraseBeforeACopulaIsNoSubject() {
    List<Stance> s = stances("Among the victims were innocent farmers, Senator Ruth Ames said.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("victims")), s.toString());
  }

  @Test
  void aQuotedItJudgedByTheCopulaIsTheTargetUnlessItStandsForWhatFollows() {
    Stance s = only(stances("\"It is a disgrace,\" Senator Ruth Ames said."), "It");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    List<Stance> extraposed = stances("\"It is a disgrace to close the clinic,\" Senator Ruth Ames said.");
    assertTrue(extraposed.stream().noneMatch(x -> x.target().text().equals("It")), extraposed.toString());
  }

  @Test
  void aNamingInARelativeClauseIsTheNamersJudgmentOfTheAntecedent() {
    Stance s = only(stances("Voters went to the polls in a vote, which Senator Ruth Ames called a farce."), "a vote");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
  }

  @Test
  void aLaterItemOfANamingListNamesTheSameThing() {
    Stance s = only(stances("Senator Ruth Ames described the levy as costly, unjust and cruel."), "the levy");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("ruth-ames"), s.actor());
  }

  @Test
  void regardingIsAPrepositionNotANamingVerb() {
    List<Stance> s = stances("Senator Ruth Ames spoke regarding the levy, the budget and the cruel cuts.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the levy")), s.toString());
  }

  @Test
  void anOpinionWordInsideANameJudgesNothing() {
    List<Stance> s = stances("Senator Ruth Ames described Ruritania, Freedonia and the Democratic Republic of Elbonia as neighbours.");
    assertTrue(s.stream().noneMatch(x -> x.cue().text().equals("Democratic")), s.toString());
  }

  @Test
  void aNamingReadsTheHeadOfACompoundAndNotItsModifier() {
    Stance s = only(stances("Senator Ruth Ames described the new curfew as a rights violation."), "the new curfew");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals("violation", s.cue().text());
  }

  @Test
  void aNamingReadsTheJudgmentInTheComplementOfAPlainHead() {
    Stance s = only(stances("Senator Ruth Ames described the raid as an act of aggression."), "the raid");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals("aggression", s.cue().text());
  }

  @Test
  void aNamingDoesNotReadTheComplementOfAnyHead() {
    List<Stance> s = stances("Senator Ruth Ames described the mayor as an opponent of corruption.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the mayor") && x.cue().text().equals("corruption")),
        s.toString());
  }
}
