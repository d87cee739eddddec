package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsTest {

  @Test
  void tensionBetweenTwoPartiesSetsEachAgainstTheOther() {
    List<Stance> s = stances("Analysts expect the tension between Norway and Denmark to ease after the summit.");
    Stance denmark = only(s, "Denmark");
    assertEquals("Norway", denmark.holder());
    assertEquals(Stance.Polarity.AGAINST, denmark.polarity());
    assertEquals("Denmark", only(s, "Norway").holder());
  }

  @Test
  void aStrainedRelationWithSomeoneIsTheHaversStanceAgainstThem() {
    Stance s = only(stances("Premier Jan Vos has frosty relations with the trade unions."), "the trade unions");
    assertEquals("Premier Jan Vos", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void relationsWithoutAJudgingAdjectiveOrBetweenThingsGiveNothing() {
    assertTrue(stances("Trade relations between Norway and Denmark were discussed.").isEmpty());
    assertTrue(stances("The tension between prices and wages grew in May.").isEmpty());
  }

  @Test
  void mutualDistrustBetweenPartiesIsReadLikeTension() {
    Stance s = only(stances("Years of distrust between Norway and Denmark slowed the talks."), "Denmark");
    assertEquals("Norway", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void deniedTensionIsNoStance() {
    assertTrue(stances("There is no tension between Norway and Denmark.").isEmpty());
  }
}
