package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.actor.Actor;
import org.framelens.actor.ActorRegistry;
import org.framelens.actor.PersonName;

/**
 * Decides which per-document actor ids are one actor of the corpus. Persons meet on first name,
 * surname and suffix (middle names and initials, case and accents set aside) unless two different
 * middle initials show two people ("George W. Bush", "George H.W. Bush"); a surname alone joins the
 * full name that owns it in the corpus, when one does by far; the registry's names and aliases pull
 * their records together. Everything is decided from counts in sorted order, so the result is the
 * same for any order of documents.
 */
final class IdentityResolver {

  /** A surname alone goes to a full name that holds at least this share of the documents of all full names with it. */
  static final double SURNAME_SHARE = 0.8;
  /** The winning affiliation needs at least this share of the documents that gave one. */
  static final double AFFILIATION_SHARE = 0.5;
  /**
   * ... and at least this share of all the actor's documents: one stray "Irish-born" among two
   * hundred articles on a senator is noise, not his side.
   */
  static final double AFFILIATION_DOCUMENTS = 0.1;

  private IdentityResolver() {}

  static CorpusIdentity resolve(List<ActorRecord> records, ActorRegistry registry) {
    Map<String, ActorRecord> byId = new TreeMap<>();
    records.forEach(r -> byId.put(r.id, r));
    UnionFind groups = new UnionFind();
    Map<String, ActorRegistry.Entry> entryOf = new HashMap<>();

    // registry names and aliases
    for (ActorRecord r : byId.values()) {
      groups.add(r.id);
      Optional<ActorRegistry.Entry> e = registry.find(r.id);
      for (String name : r.names.keySet()) {
        e = e.or(() -> registry.find(name));
      }
      e.ifPresent(entry -> {
        entryOf.put("registry:" + entry.id(), entry);
        groups.union("registry:" + entry.id(), r.id);
      });
    }

    // persons by first name, surname and suffix; middle initials split only when they disagree
    Map<String, List<ActorRecord>> byKey = new TreeMap<>();
    List<ActorRecord> surnames = new ArrayList<>();
    Map<String, PersonName> parsed = new HashMap<>();
    for (ActorRecord r : byId.values()) {
      if (!ActorRecord.best(r.types).equals(Actor.Type.PERSON.json())) {
        continue;
      }
      PersonName n = PersonName.parse(ActorRecord.best(r.names));
      parsed.put(r.id, n);
      if (n.last().isEmpty()) {
        continue;
      }
      if (n.surnameOnly()) {
        surnames.add(r);
      } else {
        byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<ActorRecord> same : byKey.values()) {
      joinByMiddle(same, parsed, groups);
    }

    // a surname alone joins the full name that owns it, if one does by far
    Map<String, Map<String, Integer>> documentsBySurname = new TreeMap<>();
    for (List<ActorRecord> same : byKey.values()) {
      for (ActorRecord r : same) {
        String root = groups.find(r.id);
        documentsBySurname.computeIfAbsent(parsed.get(r.id).surnameCore(), k -> new TreeMap<>())
            .merge(root, r.documents, Integer::sum);
      }
    }
    for (ActorRecord r : surnames) {
      Map<String, Integer> candidates = documentsBySurname.getOrDefault(parsed.get(r.id).surnameCore(), Map.of());
      int total = candidates.values().stream().mapToInt(Integer::intValue).sum();
      candidates.entrySet().stream()
          .filter(c -> c.getValue() >= SURNAME_SHARE * total)
          .findFirst()
          .ifPresent(c -> groups.union(c.getKey(), r.id));
    }
    return build(byId, groups, entryOf);
  }

  private static void joinByMiddle(List<ActorRecord> same, Map<String, PersonName> parsed, UnionFind groups) {
    Map<String, Integer> support = new TreeMap<>();
    for (ActorRecord r : same) {
      support.merge(parsed.get(r.id).middleInitials(), r.documents, Integer::sum);
    }
    Set<String> initials = new TreeSet<>(support.keySet());
    initials.remove("");
    String main = initials.isEmpty() ? "" : initials.stream()
        .max((a, b) -> support.get(a).equals(support.get(b)) ? b.compareTo(a) : support.get(a) - support.get(b))
        .orElseThrow();
    Map<String, String> firstOf = new HashMap<>();
    for (ActorRecord r : same) {
      String m = parsed.get(r.id).middleInitials();
      String bucket = m.isEmpty() ? main : m;
      String first = firstOf.putIfAbsent(bucket, r.id);
      if (first != null) {
        groups.union(first, r.id);
      }
    }
  }

  private static CorpusIdentity build(Map<String, ActorRecord> byId, UnionFind groups,
      Map<String, ActorRegistry.Entry> entryOf) {
    Map<String, List<ActorRecord>> members = new TreeMap<>();
    Map<String, ActorRegistry.Entry> entryOfRoot = new HashMap<>();
    for (ActorRecord r : byId.values()) {
      members.computeIfAbsent(groups.find(r.id), k -> new ArrayList<>()).add(r);
    }
    entryOf.forEach((node, entry) -> entryOfRoot.put(groups.find(node), entry));
    // the better-known group gets a contested id; ties go by root, itself the smallest id of its group
    List<String> roots = new ArrayList<>(members.keySet());
    roots.sort((a, b) -> {
      boolean ra = entryOfRoot.containsKey(a);
      if (ra != entryOfRoot.containsKey(b)) {
        return ra ? -1 : 1; // the registry's ids come first: they are the analyst's
      }
      int da = members.get(a).stream().mapToInt(r -> r.documents).sum();
      int db = members.get(b).stream().mapToInt(r -> r.documents).sum();
      return da != db ? db - da : a.compareTo(b);
    });
    Map<String, String> canonicalOf = new HashMap<>();
    Map<String, CanonicalActor> actors = new TreeMap<>();
    Set<String> taken = new HashSet<>();
    for (String root : roots) {
      CanonicalActor a = canonical(members.get(root), entryOfRoot.get(root), byId, taken);
      taken.add(a.id());
      actors.put(a.id(), a);
      for (ActorRecord r : members.get(root)) {
        canonicalOf.put(r.id, a.id());
      }
    }
    return new CorpusIdentity(canonicalOf, actors);
  }

  private static CanonicalActor canonical(List<ActorRecord> group, ActorRegistry.Entry entry,
      Map<String, ActorRecord> byId, Set<String> taken) {
    ActorRecord all = new ActorRecord("");
    ActorRecord full = new ActorRecord(""); // the members named by more than a surname
    for (ActorRecord r : group) {
      all.merge(r);
      if (PersonName.parse(ActorRecord.best(r.names)).first().length() > 0) {
        full.merge(r);
      }
    }
    Set<String> aliases = new TreeSet<>(all.names.keySet());
    aliases.addAll(all.aliases.keySet());
    if (entry != null) {
      aliases.addAll(entry.aliases());
      aliases.remove(entry.name());
      return new CanonicalActor(entry.id(), entry.name(), entry.type(), entry.role(), entry.affiliation(), 0,
          List.copyOf(aliases), entry.wikidata());
    }
    Actor.Type type = Actor.Type.valueOf(ActorRecord.best(all.types).toUpperCase(java.util.Locale.ROOT));
    String name = ActorRecord.best(full.names.isEmpty() ? all.names : full.names);
    aliases.remove(name);
    String id;
    if (type == Actor.Type.PERSON) {
      id = slug(name);
    } else {
      // a gazetteer id ("iran") stays what affiliations point at: the best-documented member's id
      id = group.stream().max((a, b) -> a.documents != b.documents ? a.documents - b.documents : b.id.compareTo(a.id))
          .orElseThrow().id;
    }
    String unique = id;
    for (int n = 2; taken.contains(unique) || byId.containsKey(unique) && !inGroup(group, unique); n++) {
      unique = id + "-" + n;
    }
    Optional<String> role = Optional.ofNullable(ActorRecord.best(all.roles));
    String affiliation = ActorRecord.best(all.affiliations);
    int support = affiliation == null ? 0 : all.affiliations.get(affiliation);
    int given = all.affiliations.values().stream().mapToInt(Integer::intValue).sum();
    boolean clear = affiliation != null && support >= AFFILIATION_SHARE * given
        && support >= AFFILIATION_DOCUMENTS * all.documents;
    return new CanonicalActor(unique, name, type, role, clear ? Optional.of(affiliation) : Optional.empty(),
        clear ? support : 0, List.copyOf(aliases), Optional.empty());
  }

  private static boolean inGroup(List<ActorRecord> group, String id) {
    return group.stream().anyMatch(r -> r.id.equals(id));
  }

  static String slug(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "actor" : slug;
  }

  /** Disjoint sets over string nodes; the root is always the smallest member, so it does not depend on order. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String node) {
      parent.putIfAbsent(node, node);
    }

    String find(String node) {
      add(node);
      String root = node;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(node, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
