package org.framelens.stance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.framelens.Mention;

/** Where an actor stands toward a target, with the cue and the evidence it was read from. */
public record Stance(String actor, Target target, Polarity polarity, Mention cue, Mention evidence,
    Source source) {

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

  /** What the stance is toward; {@code actor} and {@code theme} are ids where the target is one. */
  public record Target(String text, int start, int end, Optional<String> actor, Optional<String> theme) {
    public Target {
      actor = actor == null ? Optional.empty() : actor;
      theme = theme == null ? Optional.empty() : theme;
    }
  }
}
