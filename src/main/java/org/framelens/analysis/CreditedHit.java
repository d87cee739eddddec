package org.framelens.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.framelens.lexicon.ThemeHit;

/**
 * A theme hit with the voice it belongs to: a quote's speakers, the actor whose speech a sentence
 * reports, or the article's own voice (no actors).
 */
public record CreditedHit(ThemeHit hit, Voice voice, List<String> actors, int sentenceStart, int sentenceEnd) {

  public enum Voice {
    QUOTE, REPORTED, ARTICLE;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CreditedHit {
    actors = actors == null ? List.of() : List.copyOf(actors);
  }
}
