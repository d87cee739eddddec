package org.framelens.stance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;

/**
 * Where someone stands toward a target, with the cue and the evidence it was read from, and how
 * much the reading is to be trusted: {@code confidence} lies in [0, 1]; reports show stances at or
 * above a threshold (0.5 by default), the JSONL keeps them all.
 *
 * <p>{@code holder} is who holds the stance as the text names them ("the Chief Minister", "it",
 * "protesters") and {@code mention} where. A holder that resolves to an actor has its id in
 * {@code actor}; one that does not (a pronoun with no antecedent, "the widow") is written with
 * {@code "actor": null}, like an unresolved speaker: the JSONL keeps the stance, reports count it
 * apart and list no pronoun or bare noun as an actor. Lines written before holders were recorded
 * read with an empty holder and no mention.
 */
public record Stance(@JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> actor, String holder,
    Mention mention, Target target, Polarity polarity, Mention cue, Mention evidence, Source source,
    @JsonProperty(required = true) double confidence) {

  public Stance {
    actor = actor == null ? Optional.empty() : actor;
    holder = holder == null ? "" : holder;
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
    }
  }

  /** A stance held by an actor, without a recorded mention (tests and generated corpora). */
  public Stance(String actor, Target target, Polarity polarity, Mention cue, Mention evidence, Source source,
      double confidence) {
    this(Optional.of(actor), actor, null, target, polarity, cue, evidence, source, confidence);
  }

  public enum Polarity {
    FOR, AGAINST;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the stance was read from a quote or from reported speech. */
  public enum Source {
    QUOTE, REPORTED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What the stance is toward; {@code actor}, {@code theme} and {@code concept} are ids where the
   * target is one (a concept is a recurring policy object from {@code lexicons/concepts/}, such as
   * one treaty under its several names).
   */
  public record Target(String text, int start, int end, Optional<String> actor, Optional<String> theme,
      Optional<String> concept) {

    /** The pronouns a target may be ("we reject it", "criticized him"). */
    public static final Set<String> PRONOUNS = Set.of("it", "they", "them", "he", "him", "she", "her", "we", "us",
        "this", "that");

    public Target {
      actor = actor == null ? Optional.empty() : actor;
      theme = theme == null ? Optional.empty() : theme;
      concept = concept == null ? Optional.empty() : concept;
    }

    /** A bare pronoun no actor was found for ("rejected it"): kept in the JSONL, no one a reader can place. */
    @JsonIgnore
    public boolean unplaced() {
      return actor.isEmpty() && PRONOUNS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
  }
}
