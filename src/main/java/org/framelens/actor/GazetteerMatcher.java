package org.framelens.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 4 of the actor layer: the states and organisations the gazetteer knows, found in a
 * phrase or in the sentences before a token. Plain lookups over the parsed text, without
 * per-document state. Stateless and thread-safe.
 */
final class GazetteerMatcher {

  /** A known entity named by tokens {@code [start, end)}. */
  record Match(Gazetteer.Entity entity, int start, int end, String text) {}

  private final Gazetteer gazetteer;

  GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entity a phrase is headed by: "Tehran" and "the Iranian capital Tehran" yes, "Tehran Times" no. */
  Optional<Match> headedBy(ParsedDocument doc, int s, int e) {
    for (int from = Math.max(s, e - Gazetteer.MAX_ALIAS_WORDS); from < e; from++) {
      if (!Character.isUpperCase(doc.word(from).charAt(0))) {
        continue;
      }
      String text = words(doc, from, e);
      Optional<Gazetteer.Entity> entity = gazetteer.entity(text);
      if (entity.isPresent()) {
        return Optional.of(new Match(entity.get(), from, e, text));
      }
    }
    return Optional.empty();
  }

  /** The state or organisation a phrase names as its side: "the Iranian foreign ministry" is Iran's. */
  Optional<String> affiliationWithin(ParsedDocument doc, int s, int e) {
    for (int i = s; i < e; i++) {
      Optional<String> state = gazetteer.stateOfAdjective(doc.word(i));
      if (state.isPresent()) {
        return state;
      }
      if (doc.tag(i).startsWith("NNP")) {
        Optional<Gazetteer.Entity> entity = gazetteer.entity(doc.word(i));
        if (entity.isPresent()) {
          return Optional.of(entity.get().id());
        }
      }
    }
    return Optional.empty();
  }

  /** The last {@code count} states named within three sentences before a token, oldest first; fewer is none. */
  List<Match> statesBefore(ParsedDocument doc, int before, int count) {
    List<Match> found = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int floor = doc.sentenceStart(Math.max(0, doc.sentenceOf(before) - 3));
    for (int i = before - 1; i >= floor && found.size() < count; i--) {
      if (!doc.tag(i).startsWith("NNP")) {
        continue;
      }
      Optional<Gazetteer.Entity> e = gazetteer.entity(doc.word(i));
      if (e.isPresent() && e.get().type() == Actor.Type.STATE && !ids.contains(e.get().id())) {
        ids.add(e.get().id());
        found.add(0, new Match(e.get(), i, i + 1, doc.word(i)));
      }
    }
    return found.size() == count ? found : List.of();
  }

  static String words(ParsedDocument doc, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(doc.word(i));
    }
    return b.toString();
  }
}
