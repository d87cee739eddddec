package org.framelens.aggregate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything counted for one actor id: documents, quotes, theme hits, stances per target, and the
 * same per period. Merging never shares state with the other side, so an aggregate can be merged
 * into several others.
 */
final class ActorStats implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int QUOTES = 10;
  static final int STANCES = 3;

  final Counted documents = new Counted();
  long quotes;
  final Sample<Evidence.QuoteSample> quoteSample = new Sample<>(QUOTES);
  final Map<String, ThemeStats> themes = new HashMap<>();
  final Map<String, CellStats> stances = new HashMap<>();
  final Map<TallyKey, TallyStats> tallies = new HashMap<>();

  static final class ThemeStats implements Serializable {
    private static final long serialVersionUID = 1L;
    long hits;
    long negated;
    long weightMicros;
    final Counted documents = new Counted();

    void merge(ThemeStats o) {
      hits += o.hits;
      negated += o.negated;
      weightMicros += o.weightMicros;
      documents.merge(o.documents);
    }
  }

  /** Stances toward one target key; {@code kind} says what the key is: actor, theme, concept or text. */
  static final class CellStats implements Serializable {
    private static final long serialVersionUID = 1L;
    String kind;
    long forCount;
    long against;
    final Counted documents = new Counted();
    final Sample<Evidence.StanceSample> evidence = new Sample<>(STANCES);

    CellStats(String kind) {
      this.kind = kind;
    }

    void merge(CellStats o) {
      kind = kind.compareTo(o.kind) <= 0 ? kind : o.kind;
      forCount += o.forCount;
      against += o.against;
      documents.merge(o.documents);
      evidence.merge(o.evidence);
    }
  }

  /** One row of the long table: a period bucket ({@link Dates#UNDATED} for none), kind, key and polarity. */
  record TallyKey(long bucket, String kind, String key, String polarity) implements Serializable {}

  /** Counts only, no sample of ids: there are many tallies, and the long table shows none. */
  static final class TallyStats implements Serializable {
    private static final long serialVersionUID = 1L;
    long count;
    long weightMicros;
    long documents;
    private transient String last;

    void merge(TallyStats o) {
      count += o.count;
      weightMicros += o.weightMicros;
      documents += o.documents;
    }
  }

  void tally(String document, long[] buckets, String kind, String key, String polarity, double weight) {
    for (long bucket : buckets) {
      TallyStats t = tallies.computeIfAbsent(new TallyKey(bucket, kind, key, polarity), k -> new TallyStats());
      t.count++;
      t.weightMicros += Rank.micros(weight);
      if (!document.equals(t.last)) {
        t.last = document;
        t.documents++;
      }
    }
  }

  void merge(ActorStats o) {
    merge(o, null);
  }

  /** Merges {@code o}, leaving out tallies in periods {@code dates} no longer shows (all kept when null). */
  void merge(ActorStats o, Dates dates) {
    documents.merge(o.documents);
    quotes += o.quotes;
    quoteSample.merge(o.quoteSample);
    o.themes.forEach((k, v) -> themes.computeIfAbsent(k, x -> new ThemeStats()).merge(v));
    o.stances.forEach((k, v) -> stances.computeIfAbsent(k, x -> new CellStats(v.kind)).merge(v));
    o.tallies.forEach((k, v) -> {
      if (dates == null || dates.keeps(k.bucket())) {
        tallies.computeIfAbsent(k, x -> new TallyStats()).merge(v);
      }
    });
  }
}
