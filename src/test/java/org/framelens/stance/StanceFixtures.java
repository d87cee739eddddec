package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.Fixtures;

/** The stances of a sentence of our own, and the one stance toward a target: shared by the stance tests. */
final class StanceFixtures {

  private StanceFixtures() {}

  static List<Stance> stances(String text) {
    return Fixtures.analyze("stance", text).stances();
  }

  /** The one stance toward {@code target}; fails, listing them all, when there is none or more than one. */
  static Stance only(List<Stance> stances, String target) {
    List<Stance> found = stances.stream().filter(s -> s.target().text().equals(target)).toList();
    assertEquals(1, found.size(), "stances toward '" + target + "' in " + stances);
    return found.get(0);
  }
}
