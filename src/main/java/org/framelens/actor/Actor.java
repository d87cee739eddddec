package org.framelens.actor;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One canonical actor of a document: a person, an organisation, a state or an unnamed source.
 * Every way the text refers to it (full name, surname, title, pronoun antecedent) resolves here.
 */
public record Actor(String id, String name, Type type, Optional<String> role,
    Optional<String> affiliation, List<String> aliases) {

  public enum Type {
    PERSON, ORGANIZATION, STATE, UNNAMED;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Actor {
    role = role == null ? Optional.empty() : role;
    affiliation = affiliation == null ? Optional.empty() : affiliation;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
