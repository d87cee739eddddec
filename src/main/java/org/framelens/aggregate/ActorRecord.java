package org.framelens.aggregate;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the corpus knows about one per-document actor id: the names it was written under, its
 * types, roles and affiliations, each with the number of documents that gave it, and how many
 * documents and quotes it has. Sums only, so records merge in any order to the same result.
 */
public final class ActorRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  final String id;
  final TreeMap<String, Integer> names = new TreeMap<>();
  final TreeMap<String, Integer> aliases = new TreeMap<>();
  final TreeMap<String, Integer> types = new TreeMap<>();
  final TreeMap<String, Integer> roles = new TreeMap<>();
  final TreeMap<String, Integer> affiliations = new TreeMap<>();
  int documents;
  int quotes;

  ActorRecord(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public Map<String, Integer> names() {
    return java.util.Collections.unmodifiableMap(names);
  }

  public Map<String, Integer> affiliations() {
    return java.util.Collections.unmodifiableMap(affiliations);
  }

  public int documents() {
    return documents;
  }

  public int quotes() {
    return quotes;
  }

  void merge(ActorRecord other) {
    add(names, other.names);
    add(aliases, other.aliases);
    add(types, other.types);
    add(roles, other.roles);
    add(affiliations, other.affiliations);
    documents += other.documents;
    quotes += other.quotes;
  }

  private static void add(TreeMap<String, Integer> into, Map<String, Integer> from) {
    from.forEach((k, v) -> into.merge(k, v, Integer::sum));
  }

  /** The most frequent key; ties go to the longer, then the alphabetically first, so order never matters. */
  static String best(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best)) && e.getKey().length() > best.length()) {
        best = e.getKey();
      }
    }
    return best;
  }
}
