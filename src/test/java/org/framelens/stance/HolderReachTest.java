package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holders English grammar gives across a coordination, an aside, a dash or a resolve noun. */
class HolderReachTest {

  @Test
  void aVerbAfterAndSharesTheSubjectOfTheVerbBefore() {
    Stance s = only(stances("Senator Ruth Ames had in her speech called the levy a burden and condemned the new tariffs."),
        "the new tariffs");
    assertEquals("Senator Ruth Ames", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aTrailingParticipleHasTheSubjectOfTheClauseItEnds() {
    Stance s = only(stances("The mayor's office confirmed the closure late on Friday, they said, refusing the union's demands."),
        "the union's demands");
    assertEquals("they", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aPhraseAfterTheClauseVerbKeepsItsOwnParticiple() {
    Stance s = only(stances("The Daily Ledger carried a letter by Joan Pike, a retired judge, rejecting the ruling."),
        "the ruling");
    assertEquals("Joan Pike", s.holder());
  }

  @Test
  void anAuxiliaryBeforeAnAsideLendsItsSubject() {
    Stance s = only(stances("Norway has repeatedly, through quiet diplomatic channels, condemned the whaling quotas."),
        "the whaling quotas");
    assertEquals("Norway", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aGerundAfterAPrepositionTakesNoSubjectAcrossAnAuxiliary() {
    assertEquals(0, stances("The committee said the pledge is not serious about backing the poorest farmers.").stream()
        .filter(s -> s.holder().equals("the pledge")).count());
  }

  @Test
  void theSubjectBeforeADashedAsideHolds() {
    Stance s = only(stances("The captain of the ferry crew - a veteran of many strikes - refuses to accept the new rota."),
        "the new rota");
    assertEquals("The captain", s.holder());
  }

  @Test
  void aReflexiveAfterTheSubjectLeavesTheSubjectHolding() {
    Stance s = only(stances("Critics say the Agriculture Ministry itself opposed the subsidy cuts."), "the subsidy cuts");
    assertEquals("the Agriculture Ministry", s.holder());
  }

  @Test
  void theSubjectOfSeemsToHaveDecidedHoldsTheInfinitive() {
    Stance s = only(stances("Governor Ruth Ames seems to have decided to back the rail project."), "the rail project");
    assertEquals("Governor Ruth Ames", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void theOwnerOfADecisionHoldsTheInfinitiveAfterIt() {
    Stance s = only(stances("Analysts said Brazil's decision to reject the trade pact surprised investors."), "the trade pact");
    assertEquals("brazil", s.actor().orElseThrow());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance named = only(stances("Economists warned that the Canada plan to abandon the tariff would cost jobs."), "the tariff");
    assertEquals("canada", named.actor().orElseThrow());
  }

  @Test
  void aGerundAfterInIsTheActOfTheSubject() {
    Stance s = only(stances("The council was justified in condemning the eviction orders."), "the eviction orders");
    assertEquals("The council", s.holder());
  }

  @Test
  void theSubjectHoldsAVerbInScareQuotes() {
    Stance s = only(stances("The city council has already decided to \"punish\" any landlord who ignores the rules."),
        "any landlord");
    assertEquals("The city council", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aRelativeClauseAfterAReducedPassiveIsAboutThePhraseBeforeIt() {
    Stance s = only(stances("Critics pointed to the audit report drafted by the Finance Ministry, which accuses the mayor."),
        "the mayor");
    assertEquals("the audit report", s.holder());
    Stance agent = only(stances("The strikes were organised by unions that oppose the pension reform."), "the pension reform");
    assertEquals("unions", agent.holder());
  }

  @Test
  void theNamedMembersOfAGroupHoldWithIt() {
    Stance s = only(stances("Several large states like Brazil have criticized the trade pact."), "the trade pact");
    assertEquals("Several large states like Brazil", s.holder());
    assertEquals("brazil", s.actor().orElseThrow());
  }

  @Test
  void aPlaceNarrowsWhoAQuantityPronounCounts() {
    Stance s = only(stances("Not everyone in the farming lobby is happy with the new budget."), "the new budget");
    assertEquals("everyone in the farming lobby", s.holder());
  }

  @Test
  void ofBetweenCapitalisedWordsStaysInsideTheHoldersName() {
    Stance bank = only(stances("The Central Bank of Norland opposed the new fuel subsidy."), "the new fuel subsidy");
    assertEquals("The Central Bank of Norland", bank.holder());
    assertEquals(Stance.Polarity.AGAINST, bank.polarity());
    Stance ministry = only(stances("The Ministry of Foreign Affairs Tuesday welcomed the ceasefire."), "the ceasefire");
    assertEquals("The Ministry of Foreign Affairs", ministry.holder());
    assertEquals(Stance.Polarity.FOR, ministry.polarity());
  }

  @Test
  void aPersonOfAPlaceStaysThePerson() {
    Stance s = only(stances("Senator Paul Imre of Westland opposed the new fuel subsidy."), "the new fuel subsidy");
    assertEquals("Senator Paul Imre", s.holder());
  }

  @Test
  void aSpokesmanForAMinistryStaysTheSpokesman() {
    Stance s = only(stances("A spokesman for the Finance Ministry rejected the proposal."), "the proposal");
    assertEquals("A spokesman", s.holder());
  }

  @Test
  void aPassivePraisedByOthersStillHoldsTheGerundItIsPraisedFor() {
    Stance s = only(stances("The senator has been praised by the unions for backing the strike."), "the strike");
    assertEquals("The senator", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void thoseWhoGatheredSomewhereHoldThePurposeTheyGatheredFor() {
    Stance rally = only(stances("Thousands of nurses rallied outside parliament to demand higher wages."), "higher wages");
    assertEquals("Thousands of nurses", rally.holder());
    assertEquals(Stance.Polarity.FOR, rally.polarity());
    Stance march = only(stances("Students marched through the old town on Saturday to denounce the tuition hike."),
        "the tuition hike");
    assertEquals("Students", march.holder());
    assertEquals(Stance.Polarity.AGAINST, march.polarity());
  }

  @Test
  void whoeverIsUrgedOrCalledOnToActIsNotMadeTheUrgersHolder() {
    assertTrue(stances("The ministry urged farmers in the north to back the reform.").stream()
        .noneMatch(x -> x.target().text().equals("the reform") && x.holder().equals("The ministry")));
    assertTrue(stances("The envoy called on the rebels to accept the truce.").stream()
        .noneMatch(x -> x.target().text().equals("the truce") && x.holder().equals("The envoy")));
  }

  @Test
  void aNumberOfAGroupHoldsWithTheGroupItCounts() {
    Stance s = only(stances("Three of the judges opposed the appeal."), "the appeal");
    assertEquals("Three of the judges", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aLinkingVerbBeforeAnAdjectiveAndItsInfinitiveLendsItsSubject() {
    Stance seems = only(stances("The opposition seems determined to block the budget."), "the budget");
    assertEquals("The opposition", seems.holder());
    assertEquals(Stance.Polarity.AGAINST, seems.polarity());
    Stance feels = only(stances("The Treasury feels compelled to reject the offer."), "the offer");
    assertEquals("The Treasury", feels.holder());
  }

  @Test
  void aWarningAfterItsContentHasItsSubjectAfterTheVerb() {
    List<Stance> s = stances("The new dam will not survive another flood, warned engineers from the regional water board.");
    assertTrue(s.stream().anyMatch(x -> x.holder().equals("engineers from the regional water board")
        && x.target().text().startsWith("The new dam") && x.polarity() == Stance.Polarity.AGAINST), s.toString());
  }

  @Test
  void aVerbAfterAClosedWhoseClauseIsThePhraseBeforeWhose() {
    Stance after = only(stances("The council, whose members are former judges, rejected the appeal."), "the appeal");
    assertEquals("The council", after.holder());
    Stance inside = only(stances("The council, whose judges rejected the appeal, adjourned."), "the appeal");
    assertEquals("judges", inside.holder());
  }

  @Test
  void opposedBeforeByIsAPassiveHeldByItsAgent() {
    Stance s = only(stances("The pipeline was also opposed by the fishermen's union."), "The pipeline");
    assertEquals("the fishermen's union", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aFeelingBeforeByStaysTheFeelersOwn() {
    Stance s = only(stances("The exporters are worried by the new tariffs."), "the new tariffs");
    assertEquals("The exporters", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }
}
