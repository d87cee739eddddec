package org.framelens.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.framelens.actor.Actor;
import org.framelens.actor.ActorRegistry;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;

/**
 * The small per-actor records a corpus identity is decided from, folded document by document: a
 * monoid ({@link #empty()}, {@link #add}, {@link #merge}) whose result does not depend on the
 * order or grouping of documents, so it runs as a streaming fold on one machine or as a Spark
 * aggregation. Memory grows with the number of distinct actor ids, not documents. Not
 * thread-safe: one per fold, merged at the end.
 */
public final class ActorRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TreeMap<String, ActorRecord> byId = new TreeMap<>();

  private ActorRecords() {}

  public static ActorRecords empty() {
    return new ActorRecords();
  }

  /** Adds one document's actors and counts their quotes; returns this. */
  public ActorRecords add(DocumentAnalysis analysis) {
    Set<String> listed = new HashSet<>();
    for (Actor a : analysis.actors()) {
      if (!listed.add(a.id())) {
        continue;
      }
      ActorRecord r = record(a.id());
      r.names.merge(a.name(), 1, Integer::sum);
      for (String alias : a.aliases()) {
        r.aliases.merge(alias, 1, Integer::sum);
      }
      r.types.merge(a.type().json(), 1, Integer::sum);
      a.role().ifPresent(role -> r.roles.merge(role, 1, Integer::sum));
      a.affiliation().ifPresent(aff -> r.affiliations.merge(aff, 1, Integer::sum));
      r.documents++;
    }
    for (Quote q : analysis.quotes()) {
      Set<String> once = new HashSet<>();
      for (Speaker s : q.speakers()) {
        s.actor().filter(listed::contains).filter(once::add).ifPresent(id -> byId.get(id).quotes++);
      }
    }
    return this;
  }

  /** Adds another fold's records; returns this. The other fold is left as it was. */
  public ActorRecords merge(ActorRecords other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot merge a fold with itself");
    }
    other.byId.forEach((id, r) -> record(id).merge(r));
    return this;
  }

  public Collection<ActorRecord> records() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  public int size() {
    return byId.size();
  }

  /** The corpus identity these records give, with the registry's entries winning over the text. */
  public CorpusIdentity resolve(ActorRegistry registry) {
    return IdentityResolver.resolve(new ArrayList<>(byId.values()), registry);
  }

  private ActorRecord record(String id) {
    return byId.computeIfAbsent(id, ActorRecord::new);
  }

  List<ActorRecord> sorted() {
    return new ArrayList<>(byId.values());
  }
}
