package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cue words and the holders they find: warnings, collective holders, adjectives of regard. */
class CueWordsTest {

  @Test
  void aWarningAboutAClauseMayNameItsTimeOrAddresseeBeforeThat() {
    Stance s = only(stances("The river authority warned the mayors of the valley last week that the old levees could fail."),
        "the old levees");
    assertEquals("The river authority", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aVerbBeforeThatMeansTheClauseIsNotWhatTheWarningIsAbout() {
    List<Stance> s = stances("The coach warned his players and explained that the new stadium opens in May.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().startsWith("the new stadium")), s.toString());
  }

  @Test
  void aCommunityNamedBeforeTheAttitudeNounHoldsIt() {
    Stance s = only(stances("International condemnation of the mass arrests grew on Sunday."), "the mass arrests");
    assertEquals("International", s.holder());
    assertEquals(Optional.empty(), s.actor());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance w = only(stances("The council shrugged off Western criticism of the mining permits."), "the mining permits");
    assertEquals("Western", w.holder());
  }

  @Test
  void aThingAgreedHasNoCommunityAsHolder() {
    List<Stance> s = stances("International agreements on fishing quotas expire in June.");
    assertTrue(s.stream().noneMatch(x -> x.holder().equals("International")), s.toString());
  }

  @Test
  void beingRespectfulOfSomethingIsRegardForIt() {
    Stance s = only(stances("The union is respectful of the court ruling on wages."), "the court ruling on wages");
    assertEquals("The union", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void pressureFromSomeoneIsForWhatItAsksAndPressureOnSomeoneIsAgainstThem() {
    Stance lift = only(stances("The ministry gave in to pressure from dairy farmers to lift the import quota."),
        "lift the import quota");
    assertEquals("dairy farmers", lift.holder());
    assertEquals(Stance.Polarity.FOR, lift.polarity());
    Stance on = only(stances("Despite Western pressure on the junta, the border stayed closed."), "the junta");
    assertEquals("Western", on.holder());
    assertEquals(Stance.Polarity.AGAINST, on.polarity());
  }

  @Test
  void pressureWithNoOneExertingItHoldsNoStance() {
    assertEquals(List.of(), stances("Rising costs put pressure on the small bakeries."));
  }

  @Test
  void aWarningThatEndsItsSentenceIsAboutTheClauseBeforeIt() {
    Stance s = only(stances("The old dams along the river will fail next spring, the agency warned on Friday."),
        "The old dams along the river");
    assertEquals("the agency", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance q = only(stances("\"The new tolls on the bridge will ruin small shops,\" the mayor warned."),
        "The new tolls on the bridge");
    assertEquals(Stance.Polarity.AGAINST, q.polarity());
  }

  @Test
  void aVerbThatTakesAnObjectAfterACommaReadsNoFrontedClause() {
    List<Stance> s = stances("The strike went on for a week, and the union demanded an end to the layoffs.");
    assertEquals(Stance.Polarity.FOR, only(s, "an end").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().startsWith("The strike")), s.toString());
  }

  @Test
  void whoeverInvitedOrRequestedIsForWhatTheClauseSubjectDid() {
    Stance s = only(stances("The Danish envoy arrived in Oslo on Monday at the invitation of Premier Jan Vos."),
        "The Danish envoy");
    assertEquals(Optional.of("jan-vos"), s.actor());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertTrue(stances("The envoy met the press at noon.").isEmpty());
  }

  @Test
  void aStanceAdjectiveAfterItsNounDescribesWhoHoldsIt() {
    Stance s = only(stances("On Monday, rebel forces loyal to General Ivan Berg seized the airport."), "General Ivan Berg");
    assertEquals("rebel forces", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance o = only(stances("On Friday, local protesters opposed to the new dam blocked the road."), "the new dam");
    assertEquals("local protesters", o.holder());
    assertEquals(Stance.Polarity.AGAINST, o.polarity());
  }

  @Test
  void anAdjectiveAfterAThingHoldsNothing() {
    assertTrue(stances("The roads critical to the harvest were closed.").isEmpty());
  }

  @Test
  void aBareAttitudeNounAfterInSaysHowTheSubjectActed() {
    Stance s = only(stances("Thousands of nurses marched in support of the strike on Monday."), "the strike");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertTrue(s.holder().contains("nurses"), s.holder());
    assertTrue(stances("The nurses did not march in support of the strike.").isEmpty());
  }
}
