package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.Fixtures;
import org.junit.jupiter.api.Test;

/** Holders the shared chunker alone does not find: participles, raising verbs, counts and groups of people. */
class SubjectsTest {

  private static Stance toward(String text, String target) {
    List<Stance> found = Fixtures.analyze("stance", text).stances().stream()
        .filter(s -> s.target().text().equals(target)).toList();
    assertEquals(1, found.size(), "stances toward '" + target + "' in " + text + ": " + found);
    return found.get(0);
  }

  @Test
  void aParticipleOpeningTheSentenceHasTheSubjectAfterItsComma() {
    Stance s = toward("Also asking for patience from voters, Governor Ruth Ames said the cuts were needed.", "patience");
    assertEquals("Governor Ruth Ames", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("the envoy", toward("After touring the flooded camps, the envoy praised the relief workers.",
        "the relief workers").holder());
  }

  @Test
  void aParticipleAfterWhileOrByHasTheSubjectOfItsClause() {
    assertEquals("The governor", toward("The governor spoke for an hour while praising the nurses.", "the nurses").holder());
    Stance s = toward("The senator made headlines by criticizing the budget.", "the budget");
    assertEquals("The senator", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void theSubjectOfKnownOrExpectedHoldsTheInfinitive() {
    Stance s = toward("Mayor Tom Reed is known to support the new stadium.", "the new stadium");
    assertEquals("tom-reed", s.actor().orElseThrow());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("The union", toward("The union is expected to back the strike.", "the strike").holder());
  }

  @Test
  void someoneElsesWantedActStaysWithoutAHolder() {
    List<Stance> s = Fixtures.analyze("stance", "The workers were told to support the merger.").stances();
    assertTrue(s.isEmpty(), s.toString());
  }

  @Test
  void aShareOfThosePolledHoldsWhatTheyPrefer() {
    assertEquals("Forty percent of those surveyed",
        toward("Forty percent of those surveyed favor the old tax plan.", "the old tax plan").holder());
    assertEquals("Most of those asked", toward("Most of those asked want lower fares.", "lower fares").holder());
    assertEquals("Sixty percent of voters", toward("Sixty percent of voters oppose the new tax.", "the new tax").holder());
  }

  @Test
  void groupsOfPeopleHoldStances() {
    assertEquals("The Kenyans", toward("The Kenyans want a new referendum.", "a new referendum").holder());
    assertEquals("The Canadian delegation", toward("The Canadian delegation demanded a new draft.", "a new draft").holder());
    Stance those = toward("Those who oppose the dam marched on Sunday.", "the dam");
    assertEquals("Those", those.holder());
    assertEquals(Stance.Polarity.AGAINST, those.polarity());
  }

  @Test
  void aThingBeforeAParticipleIsStillNoHolder() {
    List<Stance> s = Fixtures.analyze("stance", "The storm moved north while threatening the harbour.").stances();
    assertTrue(s.isEmpty(), s.toString());
  }

  @Test
  void aSubjectOnTheLineBeforeItsVerbHoldsInHardWrappedText() {
    Stance s = toward("Port reopens\n\n  The dock workers' union on Friday \nrejected the new wage offer and the \ncalled-off talks.\n\n"
        + "  Shipping firms said \nlittle.\n", "the new wage offer");
    assertEquals("The dock workers' union", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aVerbAfterAndSharesTheSubjectOfAModalClause() {
    Stance s = toward("The bloc will study the plan and is ready to resume the talks.", "resume the talks");
    assertEquals("The bloc", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void aParticipleRightAfterTheOpeningSubjectIsItsAndAParticleIsPassedOver() {
    assertEquals("The ministry", toward("The ministry, condemning the closure of the border crossings, said the move "
        + "was illegal.", "the closure of the border crossings").holder());
    assertEquals("Several unions", toward("Several unions lined up to denounce the new pension law.", "the new pension law").holder());
  }

  @Test
  void aReportOrAPlanSpeaksForItsAuthorsWithVerbsOfJudgingOrAsking() {
    Stance s = toward("The annual report commended the work of the nurses.", "the work of the nurses");
    assertEquals("The annual report", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("The new plan", toward("The new plan calls for deep cuts in spending.", "deep cuts in spending").holder());
    assertTrue(Fixtures.analyze("stance", "The new plan supports growth in rural areas.").stances().isEmpty());
  }

  @Test
  void aQuoteOpeningInsideTheWritersSentenceLeavesTheStanceWithTheSubjectBeforeIt() {
    Stance scare = toward("Several African states even \"welcomed\" the coup leaders on Monday.", "the coup leaders");
    assertEquals("Several African states", scare.holder());
    assertEquals(Stance.Source.REPORTED, scare.source());
    Stance partial = toward("Minister Paul Hart said Norway would \"not accept the new quotas\" this year.", "the new quotas");
    assertEquals("Norway", partial.holder());
    assertEquals(Stance.Polarity.AGAINST, partial.polarity());
  }

  @Test
  void aScareQuoteBetweenCopulaAndAdjectiveKeepsTheSubjectAsHolder() {
    List<Stance> s = Fixtures.analyze("stance", "Brazil is \"interested\" in new rules for trade.").stances();
    assertEquals(1, s.size(), s.toString());
    assertEquals("Brazil", s.get(0).holder());
    assertEquals(Stance.Polarity.FOR, s.get(0).polarity());
  }

  @Test
  void aBracketAfterTheSubjectIsPassedOverAndAPersonNamedInItHolds() {
    assertEquals("The senator", toward("The senator (R-Texas) criticized the new budget.", "the new budget").holder());
    assertEquals("ana-lopes", toward("The minister [Ana Lopes] welcomed the ruling.", "the ruling").actor().orElseThrow());
    assertEquals("jan-vos", toward("He met the prime minister (Jan Vos) who praised the new budget.", "the new budget")
        .actor().orElseThrow());
  }

  @Test
  void longBeforeTheVerbAndCirclesAsAGroupKeepTheirHolders() {
    Stance s = toward("Lisbon has long refused to sign the pact.", "the pact");
    assertEquals("Lisbon", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals("Diplomatic circles", toward("Diplomatic circles want a swift end to the dispute.", "a swift end").holder());
  }

  @Test
  void aPossessiveBeforeABracketIsNoSubject() {
    List<Stance> s = Fixtures.analyze("stance", "He tops the Transport Agency's (TA) most wanted list.").stances();
    assertTrue(s.isEmpty(), s.toString());
  }

  @Test
  void aPersonNamedInAnAppositiveBeforeTheVerbHolds() {
    Stance s = toward("The party chairman, Senator Ada Obi, had urged the rebels to accept the truce.", "accept the truce");
    assertEquals("ada-obi", s.actor().orElseThrow());
    assertEquals("The city council",
        toward("The city council, which met on Monday, rejected the budget.", "the budget").holder());
  }

  @Test
  void aDummyItAndAPlanCalledSomethingHoldNothing() {
    List<Stance> it = Fixtures.analyze("stance", "It pays to learn the rules before seeking public office.").stances();
    assertTrue(it.isEmpty(), it.toString());
    List<Stance> named = Fixtures.analyze("stance", "She now leads a program called Safe Streets Promise.").stances();
    assertTrue(named.stream().noneMatch(x -> x.holder().equals("a program")), named.toString());
  }
}
