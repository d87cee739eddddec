package org.framelens.aggregate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.framelens.actor.Actor;

/**
 * What documents say about each actor id (name, type, role, affiliation, aliases), merged so that
 * the document first in id order wins each field and later ones fill what it left empty; the
 * outcome does not depend on the order documents arrive in.
 *
 * <p>This is the corpus-identity seam: canonical actors across documents (one person under two
 * ids) come from {@code ActorRecords}/{@code CorpusIdentity} where those are present.
 */
final class ActorViews implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int ALIASES = 20;

  /** One field's value and the document it was read from; the smaller document wins. */
  record Seen(String document, String value) implements Serializable, Comparable<Seen> {
    @Override
    public int compareTo(Seen o) {
      int c = document.compareTo(o.document);
      return c != 0 ? c : value.compareTo(o.value);
    }

    static Seen min(Seen a, Seen b) {
      return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
  }

  static final class View implements Serializable {
    private static final long serialVersionUID = 1L;
    Seen name;
    Seen type;
    Seen role;
    Seen affiliation;
    final Sample<String> aliases = new Sample<>(ALIASES);

    void merge(View o) {
      name = Seen.min(name, o.name);
      type = Seen.min(type, o.type);
      role = Seen.min(role, o.role);
      affiliation = Seen.min(affiliation, o.affiliation);
      aliases.merge(o.aliases);
    }

    Actor actor(String id) {
      Actor.Type t = type == null ? Actor.Type.UNNAMED : Actor.Type.valueOf(type.value());
      return new Actor(id, name == null ? id : name.value(), t, Optional.ofNullable(role).map(Seen::value),
          Optional.ofNullable(affiliation).map(Seen::value), aliases.elements());
    }
  }

  private final Map<String, View> views = new HashMap<>();

  void add(String document, Actor a) {
    View v = new View();
    v.name = a.name().isBlank() ? null : new Seen(document, a.name());
    v.type = a.type() == Actor.Type.UNNAMED ? null : new Seen(document, a.type().name());
    v.role = a.role().map(r -> new Seen(document, r)).orElse(null);
    v.affiliation = a.affiliation().map(r -> new Seen(document, r)).orElse(null);
    a.aliases().forEach(v.aliases::offer);
    views.computeIfAbsent(a.id(), k -> new View()).merge(v);
  }

  /** An id met only as a speaker, credited actor or stance holder: known by its id, or the name given. */
  void mention(String document, String id, String name) {
    View v = new View();
    v.name = name == null || name.isBlank() ? null : new Seen("\uffff" + document, name);
    views.computeIfAbsent(id, k -> new View()).merge(v);
  }

  void merge(ActorViews other) {
    other.views.forEach((id, v) -> views.computeIfAbsent(id, k -> new View()).merge(v));
  }

  Map<String, Actor> actors() {
    Map<String, Actor> out = new HashMap<>();
    views.forEach((id, v) -> out.put(id, v.actor(id)));
    return out;
  }
}
