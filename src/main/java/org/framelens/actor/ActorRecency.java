package org.framelens.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who was mentioned last before a token: the actors a title ("the minister") or a group ("both
 * ministers") may stand for, latest first. Reads the document's actor map and person mentions as
 * they are; not thread-safe, one per document.
 */
final class ActorRecency {

  private final Map<String, ActorBuilder> actors;
  private final List<PronounResolver.PersonMention> personMentions;

  ActorRecency(Map<String, ActorBuilder> actors, List<PronounResolver.PersonMention> personMentions) {
    this.actors = actors;
    this.personMentions = personMentions;
  }

  /**
   * The persons last mentioned before a token whose role contains {@code roleWord} and whose
   * affiliation is {@code affiliation} (either empty for any); {@code count} of them, and for a
   * group of two or more, none unless at least two fit.
   */
  List<String> personsWithRole(String roleWord, String affiliation, int before, int count) {
    List<String> found = new ArrayList<>();
    for (ActorBuilder b : recentFirst(before)) {
      if (b.type != Actor.Type.PERSON) {
        continue;
      }
      boolean roleOk = roleWord.isEmpty() || b.role.toLowerCase(Locale.ROOT).contains(roleWord);
      boolean affOk = affiliation.isEmpty() || affiliation.equals(b.affiliation);
      if (roleOk && affOk) {
        found.add(b.id);
        if (count > 0 && found.size() == count) {
          break;
        }
      }
    }
    if (count > 1 && found.size() < 2) {
      return List.of();
    }
    return found;
  }

  /** Persons (and organisations) by their most recent mention before a token, latest first. */
  List<ActorBuilder> recentFirst(int before) {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (PronounResolver.PersonMention m : personMentions) {
      if (m.start() < before) {
        last.put(m.actor(), m.start());
      }
    }
    for (ActorBuilder b : actors.values()) {
      if (b.type != Actor.Type.PERSON && b.firstToken < before) {
        last.merge(b.id, b.firstToken, Math::max);
      }
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(last.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<ActorBuilder> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : entries) {
      out.add(actors.get(e.getKey()));
    }
    return out;
  }
}
