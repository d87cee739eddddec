package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cues whose holder or target lies a little further away than the next phrase. */
class CueReachTest {

  @Test
  void anAskedPartyWithItsOwnPrepositionalPhraseStillLeadsToTheWantedAct() {
    Stance s = only(stances("Mayor Ines Korda urged members of the regional council and their staff to reject the tax."),
        "reject the tax");
    assertEquals("Mayor Ines Korda", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance b = only(stances("The senator has called on the lenders (the two state banks) to freeze the loans."),
        "freeze the loans");
    assertEquals(Stance.Polarity.FOR, b.polarity());
  }

  @Test
  void theAskedPartyIsNoTargetWhenTheWantedActIsFound() {
    List<Stance> s = stances("Mayor Ines Korda urged donors including Norway to fund the clinic.");
    assertEquals(Stance.Polarity.FOR, only(s, "fund the clinic").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("Norway")), s.toString());
  }

  @Test
  void aGerundAfterAVerbIsHeldByThatVerbsSubject() {
    Stance s = only(stances("Senator Ana Ruiz kept criticizing the merger."), "the merger");
    assertEquals("Senator Ana Ruiz", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aDayBetweenAVerbAndItsInfinitiveLeavesTheSubjectInPlace() {
    Stance s = only(stances("Mayor Tom Hale promised Monday to back the shelter plan."), "the shelter plan");
    assertEquals("Mayor Tom Hale", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void theObjectOfPraiseOrBlameHoldsTheGerundAfterOfOrFor() {
    Stance s = only(stances("The union thanked the farmers for supporting the strike."), "the strike");
    assertEquals("the farmers", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance p = only(stances("Two ministers were accused of backing the rebels."), "the rebels");
    assertEquals("Two ministers", p.holder());
  }

  @Test
  void thePhraseAfterForHoldsTheInfinitive() {
    Stance s = only(stances("The new rules make it easier for farmers to oppose the tax."), "the tax");
    assertEquals("farmers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void confidenceOrFaithInSomethingIsForIt() {
    Stance s = only(stances("Mayor Ines Korda has full confidence in the new police chief."), "the new police chief");
    assertEquals("Mayor Ines Korda", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void anAttitudeRegardingSomethingIsTowardIt() {
    Stance s = only(stances("Senator Ana Ruiz voiced concerns regarding the budget."), "the budget");
    assertEquals("Senator Ana Ruiz", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aVerbWithAnAttitudeNounAfterWithLendsItsSubject() {
    Stance s = only(stances("The farmers union noted with deep concern that the new levy would hit small dairies."),
        "the new levy");
    assertEquals("The farmers union", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(List.of(), stances("The plan was greeted with enthusiasm."));
  }

  @Test
  void aScareQuoteAroundTheNounKeepsTheLightVerbsSubject() {
    Stance s = only(stances("Senator Ana Ruiz expressed \"satisfaction\" over the court ruling."), "the court ruling");
    assertEquals("Senator Ana Ruiz", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void aCueEndingAnObjectRelativeClauseIsTowardItsAntecedent() {
    Stance s = only(stances("The council dropped the levy, which farmers had opposed for years."), "the levy");
    assertEquals("farmers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance w = only(stances("The mayor described the reforms that voters demand."), "the reforms");
    assertEquals("voters", w.holder());
    assertEquals(Stance.Polarity.FOR, w.polarity());
    assertEquals("rules", only(stances("These are rules with which they totally disagree."), "rules").target().text());
  }

  @Test
  void aRelativeClauseWhoseVerbHasItsOwnObjectIsNotReadBack() {
    List<Stance> s = stances("The council dropped the levy, which farmers had opposed the hardest.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the levy")), s.toString());
  }

  @Test
  void aBodyOfPeopleHoldsAStance() {
    Stance s = only(stances("Several student bodies rejected the new fees."), "the new fees");
    assertEquals("Several student bodies", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aPolicyPackageSpeaksForItsAuthors() {
    Stance s = only(stances("The rescue package proposes to cap the price of bread."), "cap the price of bread");
    assertEquals("The rescue package", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals(List.of(), stances("The rescue package expands credit."));
  }

  @Test
  void whoeverGivesTheSupportSomeoneHasIsForThem() {
    Stance s = only(stances("The housing bill has the backing of most farmers."), "The housing bill");
    assertEquals("most farmers", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance w = only(stances("Mayor Ines Korda won the support of the teachers union."), "Mayor Ines Korda");
    assertEquals(Stance.Polarity.FOR, w.polarity());
    assertEquals(List.of(), stances("Mayor Ines Korda lost the support of the teachers union."));
  }

  @Test
  void aPersonWantedOrPreferredIsTheTargetButAPersonAskedIsNot() {
    Stance s = only(stances("Most delegates preferred Senator Ana Ruiz."), "Senator Ana Ruiz");
    assertEquals("Most delegates", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals(List.of(), stances("Mayor Ines Korda asked the senator."));
    List<Stance> asked = stances("Mayor Ines Korda wants voters at home to know that she backs them.");
    assertTrue(asked.stream().noneMatch(x -> x.target().text().equals("voters")), asked.toString());
  }
}
