package org.framelens.stance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.framelens.Resources;
import org.framelens.nlp.ParsedDocument;
import org.framelens.stance.Stance.Polarity;

/**
 * Stance verbs from {@code lexicons/cues/stance.tsv}: criticize, condemn, reject (against); hail,
 * welcome, advocate (for). Some only count with their particle: "call for", "warn against".
 * Immutable; one per JVM.
 */
public final class StanceCues {

  /** The particle a verb needs to carry a stance ("called it X" is no stance, "called for X" is). */
  private static final Map<String, String> PARTICLES = Map.of("call", "for", "push", "for", "press", "for",
      "warn", "against", "side", "with", "stand", "with", "lash", "out");

  private final Map<String, Polarity> verbs;

  private StanceCues(Map<String, Polarity> verbs) {
    this.verbs = Map.copyOf(verbs);
  }

  /** Loaded on first use, once per JVM (the holder idiom: the class loader does the locking). */
  private static final class Shipped {
    static final StanceCues INSTANCE = load();

    private static StanceCues load() {
      Map<String, Polarity> map = new HashMap<>();
      for (String[] row : Resources.tsv("cues/stance.tsv", 3)) {
        if (row[2].equals("verb")) {
          map.putIfAbsent(row[0], row[1].equals("for") ? Polarity.FOR : Polarity.AGAINST);
        }
      }
      return new StanceCues(map);
    }
  }

  public static StanceCues shipped() {
    return Shipped.INSTANCE;
  }

  /** The polarity of a stance verb at {@code token}, checking its particle where it needs one. */
  public Optional<Polarity> verb(ParsedDocument doc, int token) {
    if (!doc.tag(token).startsWith("VB")) {
      return Optional.empty();
    }
    String lemma = doc.lemma(token);
    Polarity p = verbs.get(lemma);
    if (p == null) {
      return Optional.empty();
    }
    String particle = PARTICLES.get(lemma);
    if (particle != null && !(token + 1 < doc.size() && doc.lemma(token + 1).equals(particle))) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** How many tokens after the verb its particle takes (0 or 1). */
  int particleLength(ParsedDocument doc, int token) {
    return PARTICLES.containsKey(doc.lemma(token)) ? 1 : 0;
  }
}
