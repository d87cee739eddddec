package org.framelens.aggregate;

import java.util.Locale;
import java.util.Optional;
import org.framelens.stance.Stance;

/**
 * Normalised stance targets. The key is the target's actor id where it names an actor, else its
 * theme, else its concept; only what none of those covers is keyed by its own lower-cased words,
 * the free-text long tail a report lists rather than tabulates. Keying by theme lets "against
 * sanctions" add up over a corpus whatever the wording.
 */
final class Targets {

  static final String ACTOR = "actor";
  static final String THEME = "theme";
  static final String CONCEPT = "concept";
  static final String TEXT = "text";

  private Targets() {}

  static String kind(Stance.Target t, Optional<String> concept) {
    return t.actor().isPresent() ? ACTOR : t.theme().isPresent() ? THEME : concept.isPresent() ? CONCEPT : TEXT;
  }

  static String key(Stance.Target t, Optional<String> concept) {
    return t.actor().or(t::theme).or(() -> concept)
        .orElseGet(() -> t.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
