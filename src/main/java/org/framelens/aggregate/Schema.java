package org.framelens.aggregate;

import java.util.Optional;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/**
 * The one place the aggregate reads fields whose shape is changing (speakers without an actor,
 * stance confidence, target concepts), so a schema change touches this class only.
 */
final class Schema {

  private Schema() {}

  /** The speaker's actor id; empty for a speaker nobody could name (a pronoun, "officials"). */
  static Optional<String> actor(Speaker s) {
    return s.actor().filter(a -> !a.isBlank());
  }

  /** The stance holder's actor id; empty for a holder nobody could name (a pronoun, "the widow"). */
  static Optional<String> actor(Stance s) {
    return s.actor().filter(a -> !a.isBlank());
  }


  static double confidence(Stance s) {
    return s.confidence();
  }

  static Optional<String> concept(Stance.Target t) {
    return t.concept();
  }
}
