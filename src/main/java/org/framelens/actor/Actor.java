package org.framelens.actor;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.framelens.Mention;

/**
 * One canonical actor of a document: a person, an organisation, a state or an unnamed source.
 * Every way the text refers to it (full name, surname, title, pronoun antecedent) resolves here.
 * {@code affiliationEvidence} is the text the affiliation was read from ("Norwegian Finance
 * Minister"); it is empty when the affiliation came from the gazetteer, or there is none.
 */
public record Actor(String id, String name, Type type, Optional<String> role,
    Optional<String> affiliation, List<String> aliases, Optional<Mention> affiliationEvidence) {

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
    affiliationEvidence = affiliationEvidence == null || affiliation.isEmpty() ? Optional.empty() : affiliationEvidence;
  }

  /** An actor whose affiliation, if any, has no evidence span of its own. */
  public Actor(String id, String name, Type type, Optional<String> role, Optional<String> affiliation,
      List<String> aliases) {
    this(id, name, type, role, affiliation, aliases, Optional.empty());
  }
}
