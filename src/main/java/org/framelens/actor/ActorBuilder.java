package org.framelens.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;

/** One actor of a document while it is being read; the steps fill it in, {@link #build} freezes it. Not thread-safe. */
final class ActorBuilder {
  final String id;
  String name;
  final Actor.Type type;
  String role = "";
  String affiliation = "";
  final Set<String> aliases = new LinkedHashSet<>();
  char gender = '-';
  boolean referenced;
  /** A mention that names no one (a pronoun with no antecedent, "the campaign"): never listed. */
  boolean unresolved;
  Optional<Mention> evidence = Optional.empty();
  int firstToken;

ActorBuilder(String id, String name, Actor.Type type, int firstToken) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.firstToken = firstToken;
  }

  Actor build() {
    List<String> others = new ArrayList<>();
    for (String a : aliases) {
      if (!a.equals(name)) {
        others.add(a);
      }
    }
    return new Actor(id, name, type, role.isEmpty() ? Optional.empty() : Optional.of(role),
        affiliation.isEmpty() ? Optional.empty() : Optional.of(affiliation), others,
        affiliation.isEmpty() ? Optional.empty() : evidence);
  }
}
