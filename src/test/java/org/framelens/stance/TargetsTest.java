package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a stance is toward: the target spans {@link Targets} reads after a cue. */
class TargetsTest {

  @Test
  void anAdverbBeforeAnAdjectiveStaysInsideTheNounPhrase() {
    List<Stance> s = stances("Greenpeace is worried about the largely symbolic scope of the fishing code.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the largely symbolic scope of the fishing code").polarity());
    List<Stance> p = stances("Senator Ruth Ames praised the newly elected council.");
    assertEquals(Stance.Polarity.FOR, only(p, "the newly elected council").polarity());
  }

  @Test
  void anAdverbOfTheClauseIsNoPartOfTheTarget() {
    List<Stance> s = stances("Senator Ruth Ames criticized the plan also because of its cost.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the plan").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("because")), s.toString());
  }

  @Test
  void remarksAndCommentsAreTargetsOfTheirOwn() {
    List<Stance> s = stances("\"We are firmly opposed to the remarks,\" Mayor Lena Falk said.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the remarks").polarity());
    List<Stance> c = stances("Senator Ruth Ames condemned the minister's comments.");
    assertEquals(Stance.Polarity.AGAINST, only(c, "the minister's comments").polarity());
  }

  @Test
  void anAccusationIsAgainstTheAccusedAndTheDeed() {
    List<Stance> s = stances("Senator Ruth Ames accused the governor of deliberately hiding the audit from voters.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the governor").polarity());
    assertEquals(Stance.Polarity.AGAINST, only(s, "hiding the audit").polarity());
    List<Stance> n = stances("Senator Ruth Ames accused Moscow of aggression.");
    assertEquals(Stance.Polarity.AGAINST, only(n, "Moscow").polarity());
    assertEquals(Stance.Polarity.AGAINST, only(n, "aggression").polarity());
  }

  @Test
  void anOfPhraseThatNamesWhoIsAccusedIsNoDeed() {
    List<Stance> s = stances("Senator Ruth Ames accused the head of the port authority.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the head of the port authority").polarity());
    assertEquals(1, s.size(), s.toString());
  }

  @Test
  void blameIsTowardTheFaultAndWhoIsBlamedForIt() {
    List<Stance> s = stances("Senator Ruth Ames blamed the ministry for the long queues at the border.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the ministry").polarity());
    assertEquals(Stance.Polarity.AGAINST, only(s, "the long queues").polarity());
    List<Stance> o = stances("Senator Ruth Ames blamed the power cuts on the ministry.");
    assertEquals(Stance.Polarity.AGAINST, only(o, "the ministry").polarity());
    List<Stance> d = stances("The union commended the nurses and the porters for staying at their posts.");
    assertEquals(Stance.Polarity.FOR, only(d, "the porters").polarity());
    assertEquals(Stance.Polarity.FOR, only(d, "staying at their posts").polarity());
  }

  @Test
  void aTimeAfterTheWantedVerbIsNoObjectOfIt() {
    List<Stance> s = stances("Senator Ruth Ames wants the talks to resume next month.");
    assertEquals(Stance.Polarity.FOR, only(s, "the talks to resume").polarity());
    List<Stance> p = stances("The Green Party urged voters to reject the treaty tomorrow.");
    assertEquals(Stance.Polarity.FOR, only(p, "reject the treaty").polarity());
  }

  @Test
  void aThingThatIsToActIsPartOfWhatIsWantedAndAPersonAskedToActIsNot() {
    List<Stance> s = stances("Senator Ruth Ames called for fuel prices to fall.");
    assertEquals(Stance.Polarity.FOR, only(s, "fuel prices to fall").polarity());
    List<Stance> p = stances("Senator Ruth Ames urged the mayor to close the old mine.");
    assertEquals(Stance.Polarity.FOR, only(p, "close the old mine").polarity());
    assertTrue(p.stream().noneMatch(x -> x.target().text().contains("mayor")), p.toString());
  }

  @Test
  void aDeedTargetLinksToNoActorNamedInIt() {
    List<Stance> s = stances("Senator Ruth Ames urged the party to expel Mark Dunn.");
    Stance expel = only(s, "expel Mark Dunn");
    assertEquals(Stance.Polarity.FOR, expel.polarity());
    assertEquals(java.util.Optional.empty(), expel.target().actor());
  }

  @Test
  void aPassiveThatIsWantedKeepsWhatUndergoesIt() {
    List<Stance> s = stances("Senator Ruth Ames has called for the ban to be lifted.");
    assertEquals(Stance.Polarity.FOR, only(s, "the ban to be lifted").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the ban")), s.toString());
    List<Stance> a = stances("A port clerk, who asked not to be named in print, said the plan was dead.");
    assertTrue(a.stream().noneMatch(x -> x.target().text().contains("named")), a.toString());
  }

  @Test
  void aChangeKeepsWhatChanges() {
    List<Stance> s = stances("The farmers' union warned of a sharp rise in fuel prices.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "a sharp rise in fuel prices").polarity());
    List<Stance> o = stances("Senator Ruth Ames is a supporter of tax cuts in order to help small firms.");
    assertTrue(o.stream().noneMatch(x -> x.target().text().contains("in order")), o.toString());
  }

  @Test
  void aNounPhraseMayOpenWithAParticipleOrAQuoteMark() {
    List<Stance> s = stances("Senator Ruth Ames criticized the court for jailing wounded protesters.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "jailing wounded protesters").polarity());
    List<Stance> q = stances("Senator Ruth Ames condemned the regime for waging a \"dirty war\" on students.");
    assertEquals(Stance.Polarity.AGAINST, only(q, "waging a \"dirty war").polarity());
  }

  @Test
  void aParticipleWithItsAgentSaysWhoseTheTargetIs() {
    List<Stance> s = stances("Senator Ruth Ames condemned the remarks made by the envoy.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the remarks made by the envoy").polarity());
  }

  @Test
  void aCueInAnObjectRelativeClauseIsTowardTheNounTheClauseIsAbout() {
    List<Stance> s = stances("The plan, which the mayor opposes, will cost millions.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "The plan").polarity());
    assertEquals("the mayor", only(s, "The plan").holder());
  }

  @Test
  void aWantedThingOrAJudgedOneInARelativeClauseIsTheNounTheClauseIsAbout() {
    List<Stance> s = stances("The villages still lack the aid that the mayor has demanded.");
    assertEquals(Stance.Polarity.FOR, only(s, "the aid").polarity());
    List<Stance> r = stances("The bid, which the board rejected as too low, lapsed on Friday.");
    assertEquals(Stance.Polarity.AGAINST, only(r, "The bid").polarity());
  }

  @Test
  void aWantedActInARelativeClauseKeepsItsVerbNotTheNounItActsOn() {
    // refusing to lift the curfew is no stance against the curfew
    // (the shop owners' anger at the curfew is a stance of its own, read by Stimuli)
    List<Stance> s = stances("The curfew, which the mayor refuses to lift, angers shop owners.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("The curfew") && x.holder().equals("the mayor")),
        s.toString());
  }

  @Test
  void aNewClauseWhoseSubjectHasAComplementEndsTheTargetList() {
    List<Stance> s = stances("Senator Ruth Ames is worried about the floods, and the city council in Porto has asked for aid.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("council")), s.toString());
    List<Stance> w = stances("Senator Ruth Ames welcomed the governor and her deputy at the airport.");
    assertEquals(Stance.Polarity.FOR, only(w, "her deputy").polarity());
  }

  @Test
  void aDeedEndingInAPronounIsStillADeed() {
    List<Stance> s = stances("Senator Ruth Ames is eager to open talks with them.");
    assertEquals(Stance.Polarity.FOR, only(s, "open talks with them").polarity());
    List<Stance> r = stances("The ministry refused to grant them visas.");
    assertEquals(Stance.Polarity.AGAINST, only(r, "grant them visas").polarity());
    List<Stance> l = stances("Senator Ruth Ames wants to let them stay in the country.");
    assertEquals(Stance.Polarity.FOR, only(l, "let them stay in the country").polarity());
  }

  @Test
  void aPhraseWithATimeInsideItIsNoTime() {
    List<Stance> s = stances("Senator Ruth Ames defended his endorsement this week on the radio.");
    assertTrue(s.stream().anyMatch(x -> x.target().text().startsWith("his endorsement")), s.toString());
  }

  @Test
  void aTimeBetweenTheCueAndItsObjectIsPassedOver() {
    List<Stance> s = stances("Senator Ruth Ames disagreed on Friday with the new budget.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the new budget").polarity());
    List<Stance> y = stances("Senator Ruth Ames criticized yesterday the new budget.");
    assertEquals(Stance.Polarity.AGAINST, only(y, "the new budget").polarity());
  }

  @Test
  void whatADemandAsksForIsTheWholeClause() {
    List<Stance> s = stances("The union demanded that the mine be closed.");
    assertEquals(Stance.Polarity.FOR, only(s, "the mine be closed").polarity());
    List<Stance> p = stances("Senator Ruth Ames proposed that Mark Dunn lead the inquiry.");
    Stance chair = only(p, "Mark Dunn lead the inquiry");
    assertEquals(Stance.Polarity.FOR, chair.polarity());
    assertEquals(java.util.Optional.empty(), chair.target().actor(), "for the deed, not for the person");
  }

  @Test
  void anAssertedClauseKeepsItsSubjectAsTarget() {
    List<Stance> s = stances("Senator Ruth Ames agreed that the new rules are too strict.");
    assertEquals(Stance.Polarity.FOR, only(s, "the new rules").polarity());
  }

  @Test
  void aHopedClauseSubjectSpansConjunctsAndSkipsAnAside() {
    List<Stance> s = stances("Senator Ruth Ames hopes that the police and the army will stay calm.");
    assertEquals(Stance.Polarity.FOR, only(s, "the police and the army").polarity());
    List<Stance> a = stances("Senator Ruth Ames is optimistic that other members, notably Peru, will sign.");
    assertEquals(Stance.Polarity.FOR, only(a, "other members").polarity());
  }

  @Test
  void aFactOrAnIdeaIsReadForWhatItIsAbout() {
    List<Stance> s = stances("Senator Ruth Ames welcomed the fact that the new bridge has opened.");
    assertEquals(Stance.Polarity.FOR, only(s, "the new bridge").polarity());
    List<Stance> i = stances("Senator Ruth Ames is opposed to the idea of raising the fuel tax.");
    assertEquals(Stance.Polarity.AGAINST, only(i, "the idea of raising the fuel tax").polarity());
  }

  @Test
  void rejectingAClaimIsNoStanceOnWhatTheClaimIsAbout() {
    List<Stance> s = stances("Senator Ruth Ames rejected the claim that the new bridge is unsafe.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the new bridge")), s.toString());
  }
}
