package org.framelens.aggregate;

import java.util.List;
import java.util.Optional;
import org.framelens.actor.Actor;

/**
 * One actor of a whole corpus: every per-document id of the same person, organisation or state
 * maps here. {@code affiliationSupport} is how many documents gave the affiliation that won (0
 * when it came from the registry or there is none); {@code aliases} are the other names it was
 * written under, sorted.
 */
public record CanonicalActor(String id, String name, Actor.Type type, Optional<String> role,
    Optional<String> affiliation, int affiliationSupport, List<String> aliases, Optional<String> wikidata) {

  public CanonicalActor {
    role = role == null ? Optional.empty() : role;
    affiliation = affiliation == null ? Optional.empty() : affiliation;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    wikidata = wikidata == null ? Optional.empty() : wikidata;
  }
}
