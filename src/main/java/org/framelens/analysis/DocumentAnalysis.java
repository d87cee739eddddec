package org.framelens.analysis;

import java.util.List;
import java.util.Map;
import org.framelens.actor.Actor;
import org.framelens.quote.Quote;
import org.framelens.stance.Stance;

/**
 * Everything framelens reads from one document; one line of the {@code analyze} JSONL output.
 * {@code metadata} carries the input's other fields (a JSONL "date", "source", ...) unchanged.
 */
public record DocumentAnalysis(String id, Map<String, Object> metadata, int tokens, List<Quote> quotes,
    List<Actor> actors, List<CreditedHit> themes, List<Stance> stances) {

  public DocumentAnalysis {
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    actors = actors == null ? List.of() : List.copyOf(actors);
    themes = themes == null ? List.of() : List.copyOf(themes);
    stances = stances == null ? List.of() : List.copyOf(stances);
  }
}
