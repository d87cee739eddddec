package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Intentions, agreements and refusals whose wanted act has no plain noun phrase for an object. */
class IntentionsTest {

  @Test
  void anAgreementToPayASumIsForPayingIt() {
    List<Stance> s = stances("Northwind Holdings agreed to pay $12 a share for the rest of the brewer.");
    Stance pay = s.stream().filter(x -> x.target().text().startsWith("pay $12")).findFirst().orElseThrow(() ->
        new AssertionError("no stance toward paying: " + s));
    assertEquals(Stance.Polarity.FOR, pay.polarity());
    assertEquals("Northwind Holdings", pay.holder());
  }

  @Test
  void aPlanToStartAnActIsReadUpToTheEndOfItsClause() {
    Stance s = only(stances("Skyway Airlines planned to start selling cheaper fares next spring, its chairman said."),
        "start selling cheaper fares next spring");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("Skyway Airlines", s.holder());
  }

  @Test
  void aPassiveActKeepsWhatCompletesIt() {
    Stance s = only(stances("The six coastal states agreed to be bound by the fishing treaty."),
        "be bound by the fishing treaty");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void anActWithoutAnyComplementSaysNothingWhenItsVerbIsEmpty() {
    assertTrue(stances("The mayor agreed to do so.").isEmpty(), "no stance toward a bare \"do\"");
  }

  @Test
  void aThatClauseAfterTheInfinitiveIsSpeechNotAnAct() {
    assertTrue(stances("The governor decided to say that the budget was fine.").stream()
        .noneMatch(x -> x.target().text().startsWith("say")), "saying that is not what was decided");
  }

  @Test
  void beingCommittedToAGerundIsForTheAct() {
    Stance s = only(stances("The new cabinet remains committed to rebuilding the old harbour."), "rebuilding the old harbour");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("The new cabinet", s.holder());
  }

  @Test
  void aDecisionToWithdrawFromSomethingIsReadWithItsComplement() {
    Stance s = only(stances("Denmark's decision to withdraw from the fishing accord angered its partners."),
        "withdraw from the fishing accord");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void anAgreementReachesItsInfinitivePastWhereAndWhenItWasMade() {
    Stance s = only(stances("Premier Ida Lind and the Finnish leaders agreed at the Baltic summit in May to reopen the border."),
        "reopen the border");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void anAgreementOnAPlanIsTowardThePlanNotItsPurpose() {
    List<Stance> s = stances("Ministers Ida Lind and Jon Berg agreed on a plan to close the old mine.");
    assertEquals(Stance.Polarity.FOR, s.get(0).polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().startsWith("close")), s.toString());
  }

  @Test
  void anAimHeldBySomeoneIsTowardTheDeedAfterItsCopulaOrItsOf() {
    Stance seize = only(stances("The Liberal Party's goal is to win back the capital."), "win back the capital");
    assertEquals(Stance.Polarity.FOR, seize.polarity());
    Stance rebuild = only(stances("Mayor Lena Falk repeated her aim of rebuilding the old bridge."), "rebuilding the old bridge");
    assertEquals(Stance.Polarity.FOR, rebuild.polarity());
  }

  @Test
  void anAimOfAFigureOrOfAnOwnerIsNoStance() {
    assertTrue(stances("Northwind Holdings missed its sales goal of 8 percent.").isEmpty());
    assertTrue(stances("The aim of the new report is unclear, Mayor Lena Falk said.").isEmpty());
  }

  @Test
  void beingPreparedToActIsAStanceButBeingPreparedBySomeoneIsNot() {
    Stance s = only(stances("Chile is prepared to cooperate with Peru on the water dispute."), "Peru on the water dispute");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance talks = only(stances("The Liberal Party is prepared to hold talks with the unions."), "hold talks with the unions");
    assertEquals(Stance.Polarity.FOR, talks.polarity());
    assertTrue(stances("The draft was prepared by the Liberal Party.").isEmpty());
  }

  @Test
  void anActReadToItsClauseEndStopsAtTheNextFiniteVerb() {
    Stance s = only(stances("The flood walls that Mayor Lena Falk intends to build are far too low."), "build");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void havingNoIntentionOrNoPlansToActIsOpposingTheAct() {
    Stance farm = only(stances("Senator Ruth Ames has no intention of selling the family farm."),
        "selling the family farm");
    assertEquals(Stance.Polarity.AGAINST, farm.polarity());
    Stance taxes = only(stances("The Liberal Party has no plans to raise the fuel tax."), "raise the fuel tax");
    assertEquals(Stance.Polarity.AGAINST, taxes.polarity());
  }

  @Test
  void havingNoPlanToEndSomethingIsNoStanceOnEndingIt() {
    assertTrue(stances("Critics say Senator Ruth Ames has no plan to end the strike.").isEmpty());
  }

  @Test
  void aimingForSomethingIsForIt() {
    Stance s = only(stances("The Liberal Party is aiming for a balanced budget."), "a balanced budget");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void beingDeterminedThatSomethingHappensIsForWhatShouldHappen() {
    Stance s = only(stances("Senator Ruth Ames is determined that the old harbour must stay open."), "the old harbour");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void committingOneselfToSomethingIsAPledgeButCommittingAnActIsNot() {
    Stance s = only(stances("Norway has committed itself to cutting its emissions by half."), "cutting its emissions");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance accord = only(stances("The states that bound themselves to the fishing accord met in Oslo."), "the fishing accord");
    assertEquals(Stance.Polarity.FOR, accord.polarity());
    assertTrue(stances("The rebels committed a crime against the villagers.").isEmpty());
  }

  @Test
  void aThreatToActDeclaresTheActButThreateningSomeoneIsADeed() {
    Stance s = only(stances("Senator Ruth Ames has threatened to block the new budget."), "block the new budget");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertTrue(stances("The rebels threatened the villagers.").stream()
        .noneMatch(x -> x.polarity() == Stance.Polarity.FOR), "a threat to someone is no support");
  }
}
