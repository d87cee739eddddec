package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pseudo-clefts: "what X wants is Y", "the last thing X wants is Y". */
class CleftsTest {

  @Test
  void whatSomeoneWantsIsTheObjectAfterTheCopula() {
    Stance s = only(stances("What the dock workers want is a fair wage."), "a fair wage");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("the dock workers", s.holder());
  }

  @Test
  void theLastThingSomeoneWantsIsWhatTheyAreAgainst() {
    Stance s = only(stances("The last thing Norway wants is to lose its fishing rights."), "lose its fishing rights");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals("Norway", s.holder());
  }

  @Test
  void allSomeoneAskedIsWanted() {
    Stance s = only(stances("All the farmers asked was a hearing before the council."), "a hearing");
    assertEquals(Stance.Polarity.FOR, s.polarity());
    assertEquals("the farmers", s.holder());
  }

  @Test
  void anAuxiliaryInsideTheCleftIsPassedOver() {
    Stance s = only(stances("What the union has long wanted is to reopen the mine."), "reopen the mine");
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void aWhClauseThatIsNoCleftReadsAsBefore() {
    List<Stance> s = stances("She knows what the voters want and she wants lower taxes.");
    assertTrue(s.stream().noneMatch(x -> x.holder().equals("the voters")), s.toString());
  }
}
