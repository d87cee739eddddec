package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.Fixtures;
import org.junit.jupiter.api.Test;

class AttitudeNounsTest {

  private static List<Stance> stances(String text) {
    return Fixtures.analyze("stance", text).stances();
  }

  private static Stance only(List<Stance> stances, String target) {
    List<Stance> found = stances.stream().filter(s -> s.target().text().equals(target)).toList();
    assertEquals(1, found.size(), "stances toward '" + target + "' in " + stances);
    return found.get(0);
  }

  @Test
  void aPossessivePronounThatNamesNoOneLeavesTheHolderToTheLightVerbsSubject() {
    Stance s = only(stances("Local farmers have voiced their worry over the new dam."), "the new dam");
    assertEquals("Local farmers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void madeClearIsALightVerbForTheNounAfterIt() {
    Stance s = only(stances("Several unions have made clear their opposition to the merger."), "the merger");
    assertEquals("Several unions", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aQuoteMarkAroundTheNounAloneKeepsItsPossessorAndComplement() {
    Stance s = only(stances("Teachers expressed their \"concern\" over the new curriculum."), "the new curriculum");
    assertEquals("Teachers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance ready = only(stances("Analysts doubt Premier Jan Vos's \"readiness to sign the treaty\" this year."),
        "sign the treaty");
    assertEquals(java.util.Optional.of("jan-vos"), ready.actor());
  }
}
