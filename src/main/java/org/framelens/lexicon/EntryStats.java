package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hits per entry and per theme over a corpus, folded one document at a time: which entries never
 * fire, and which fire so often that they may be too generic for the theme.
 */
public final class EntryStats {

  /** Counts for one entry or theme: hits, negated hits, documents with a hit. */
  public record Row(String theme, String entry, int hits, int negated, int documents, boolean suspicious, String why) {}

  /** An entry is suspicious when it is in at least this share of documents ... */
  static final double SUSPICIOUS_DOCUMENT_SHARE = 0.10;
  /** ... or gives at least this share of its theme's hits ... */
  static final double SUSPICIOUS_THEME_SHARE = 0.5;
  /** ... and has at least this many hits (a share of a handful means nothing). */
  static final int SUSPICIOUS_MIN_HITS = 10;

  private final Map<String, int[]> entries = new LinkedHashMap<>(); // theme\0entry -> hits, negated, documents
  private final Map<String, int[]> themes = new LinkedHashMap<>();
  private int documents;

  public EntryStats(Lexicon lexicon) {
    for (Theme t : lexicon.themes()) {
      themes.put(t.id(), new int[3]);
      for (Entry e : t.entries()) {
        entries.putIfAbsent(t.id() + "\u0000" + e.label(), new int[3]);
      }
    }
  }

  public void add(List<ThemeHit> hits) {
    documents++;
    Set<String> seenEntries = new HashSet<>();
    Set<String> seenThemes = new HashSet<>();
    for (ThemeHit h : hits) {
      String key = h.theme() + "\u0000" + h.entry();
      int[] e = entries.computeIfAbsent(key, k -> new int[3]);
      int[] t = themes.computeIfAbsent(h.theme(), k -> new int[3]);
      for (int[] c : List.of(e, t)) {
        c[0]++;
        c[1] += h.negated() ? 1 : 0;
      }
      if (seenEntries.add(key)) {
        e[2]++;
      }
      if (seenThemes.add(h.theme())) {
        t[2]++;
      }
    }
  }

  public int documents() {
    return documents;
  }

  /** Per theme, in lexicon order. */
  public List<Row> themes() {
    List<Row> out = new ArrayList<>();
    themes.forEach((id, c) -> out.add(new Row(id, "", c[0], c[1], c[2], false, "")));
    return out;
  }

  /** Per entry, in lexicon order, with the suspicious ones flagged and why. */
  public List<Row> entries() {
    List<Row> out = new ArrayList<>();
    entries.forEach((key, c) -> {
      String theme = key.substring(0, key.indexOf('\u0000'));
      String entry = key.substring(key.indexOf('\u0000') + 1);
      int themeHits = themes.get(theme)[0];
      String why = "";
      if (c[0] >= SUSPICIOUS_MIN_HITS && documents > 0 && c[2] >= SUSPICIOUS_DOCUMENT_SHARE * documents) {
        why = String.format(java.util.Locale.ROOT, "in %.0f%% of documents", 100.0 * c[2] / documents);
      } else if (c[0] >= SUSPICIOUS_MIN_HITS && c[0] >= SUSPICIOUS_THEME_SHARE * themeHits && themeHits > c[0]) {
        why = String.format(java.util.Locale.ROOT, "%.0f%% of the theme's hits", 100.0 * c[0] / themeHits);
      }
      out.add(new Row(theme, entry, c[0], c[1], c[2], !why.isEmpty(), why));
    });
    return out;
  }

  /** Entries of the lexicon that never fired. */
  public List<Row> unused() {
    return entries().stream().filter(r -> r.hits() == 0).toList();
  }
}
