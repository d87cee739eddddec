package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.nlp.ParsedDocument;

/**
 * A lexicon compiled for matching: immutable and safe to share between threads.
 *
 * <p>Each entry word becomes a symbol; a token is resolved once to the few symbols it satisfies
 * (hash look-ups of its lemma, lower-cased and surface word, plus glob tries walked over its
 * characters; for a proper-noun plural, which CoreNLP leaves unlemmatised, also its singular), and
 * phrases are a trie over symbols. The work per token therefore does not grow with the number of
 * entries. A possessive inside a phrase is skipped ("NATO's expansion" matches "nato expansion").
 *
 * <p>Matching is leftmost-longest inside each sentence: where entries overlap, the one covering the
 * most tokens wins and matching resumes after it. A near entry ({@link Entry.Near}) matches its term
 * only with a near term inside its window in the sentence, and its hit runs to the end of a near term
 * found after the term. A hit names the most specific theme: if an entry appears in a theme and in
 * one of its ancestors, only the descendant is reported (aggregators credit ancestors through
 * {@link Lexicon#ancestors(String)}). A hit is {@code negated} when a negator precedes it in the
 * same clause ({@link Negation}).
 */
public final class ThemeMatcher {

  private final Lexicon lexicon;
  // Case-insensitive words, keyed lower-cased: [0] symbols reached when the key is the token's
  // lemma, [1] when it is the token's lower-cased word. Lemma-mode words are on both sides (their
  // inflection guesses on the lemma side only), exact-mode words on the word side.
  private final StringIntMap folded;
  private final int[][] foldedLemmaSide;
  private final int[][] foldedWordSide;
  private final CharTrie foldedPrefixes;
  private final CharTrie foldedSuffixes;
  // case: sensitive words, keyed as written
  private final StringIntMap sensitive;
  private final int[][] sensitiveSymbols;
  private final CharTrie sensitivePrefixes;
  private final CharTrie sensitiveSuffixes;
  private final boolean probeSensitive;
  private final boolean hasFoldedPrefixes;
  private final boolean hasFoldedSuffixes;
  private final LongIntMap edges;
  private final int[][] accepts;
  private final boolean[] hasChildren;
  private final String[] entryTheme;
  private final Entry[] entries;
  // near entries: ids ending at a node, the node ends of near terms, and per entry its roots and window
  private final int[][] nearAccepts;
  private final boolean[] nearFinal;
  private final int[][] nearRoots;
  private final int[] nearBefore;
  private final int[] nearAfter;
  private final boolean[] startsEntry;

  private ThemeMatcher(MatcherBuilder b) {
    this.lexicon = b.lexicon;
    this.folded = new StringIntMap();
    this.foldedLemmaSide = new int[b.folded.size()][];
    this.foldedWordSide = new int[b.folded.size()][];
    int slot = 0;
    for (Map.Entry<String, IntBuffer[]> e : b.folded.entrySet()) {
      folded.put(e.getKey(), slot);
      foldedLemmaSide[slot] = e.getValue()[0].toArray();
      foldedWordSide[slot] = e.getValue()[1].toArray();
      slot++;
    }
    this.foldedPrefixes = b.foldedPrefixes;
    this.foldedSuffixes = b.foldedSuffixes;
    this.sensitive = new StringIntMap();
    this.sensitiveSymbols = new int[b.sensitive.size()][];
    slot = 0;
    for (Map.Entry<String, IntBuffer> e : b.sensitive.entrySet()) {
      sensitive.put(e.getKey(), slot);
      sensitiveSymbols[slot] = e.getValue().toArray();
      slot++;
    }
    this.sensitivePrefixes = b.sensitivePrefixes;
    this.sensitiveSuffixes = b.sensitiveSuffixes;
    this.hasFoldedPrefixes = !foldedPrefixes.isEmpty();
    this.hasFoldedSuffixes = !foldedSuffixes.isEmpty();
    this.probeSensitive = sensitive.size() > 0 || !sensitivePrefixes.isEmpty() || !sensitiveSuffixes.isEmpty();
    this.edges = b.edges;
    // words that occur only in near terms resolve to symbols too, but no entry starts with them
    this.startsEntry = new boolean[b.symbolIds.size()];
    for (int symbol = 0; symbol < startsEntry.length; symbol++) {
      startsEntry[symbol] = edges.get(symbol) >= 0;
    }
    this.entryTheme = b.entryTheme.toArray(String[]::new);
    this.entries = b.entries.toArray(Entry[]::new);
    int nodes = b.accepts.size();
    this.accepts = new int[nodes][];
    this.hasChildren = b.hasChildren.clone();
    this.nearAccepts = new int[nodes][];
    this.nearFinal = Arrays.copyOf(b.nearFinal, Math.max(nodes, b.nearFinal.length));
    for (int node = 0; node < nodes; node++) {
      IntBuffer a = b.accepts.get(node);
      accepts[node] = a == null ? null : mostSpecific(Arrays.copyOf(a.data, a.size));
      IntBuffer near = b.nearAccepts.get(node);
      nearAccepts[node] = near == null ? null : near.toArray();
    }
    this.nearRoots = b.nearRoots.toArray(int[][]::new);
    this.nearBefore = new int[entries.length];
    this.nearAfter = new int[entries.length];
    for (int e = 0; e < entries.length; e++) {
      int ee = e;
      entries[e].near().ifPresent(n -> {
        nearBefore[ee] = n.before();
        nearAfter[ee] = n.after();
      });
    }
  }

  /** Compiles every entry of every theme of {@code lexicon}. */
  public static ThemeMatcher compile(Lexicon lexicon) {
    MatcherBuilder b = new MatcherBuilder(lexicon);
    for (Theme theme : lexicon.themes()) {
      for (Entry entry : theme.entries()) {
        b.add(theme.id(), entry);
      }
    }
    return new ThemeMatcher(b);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Every hit in the document, in text order. */
  public List<ThemeHit> match(ParsedDocument doc) {
    return match(doc, 0, doc.size());
  }

  /** The hits that lie within tokens {@code [fromToken, toToken)}, in text order. */
  public List<ThemeHit> match(ParsedDocument doc, int fromToken, int toToken) {
    if (fromToken < 0 || toToken > doc.size() || fromToken > toToken) {
      throw new IndexOutOfBoundsException("token range [" + fromToken + ", " + toToken + ") of " + doc.size());
    }
    List<ThemeHit> hits = new ArrayList<>();
    if (fromToken == toToken) {
      return List.of();
    }
    Run run = new Run(doc);
    int firstSentence = doc.sentenceOf(fromToken);
    int lastSentence = doc.sentenceOf(toToken - 1);
    for (int s = firstSentence; s <= lastSentence; s++) {
      int lo = Math.max(fromToken, doc.sentenceStart(s));
      int hi = Math.min(toToken, doc.sentenceEnd(s));
      run.sentence(doc.sentenceStart(s), lo, hi, hits);
    }
    return java.util.Collections.unmodifiableList(hits);
  }

  /** The state of one {@code match} call. */
  private final class Run {
    private final ParsedDocument doc;
    private final IntBuffer symbols = new IntBuffer();
    private final IntBuffer bestNodes = new IntBuffer();
    private final IntBuffer bestTermEnds = new IntBuffer();
    // the stretch a near hit ran on over (its near term), and the themes that may not match in it again
    private int shadowEnd;
    private final List<String> shadowThemes = new ArrayList<>(2);
    private int[] symbolStart = new int[64];
    private boolean[] negated = new boolean[64];
    private boolean[] starts = new boolean[64];
    private int base;
    private int sentenceStart;
    private int sentenceEnd;
    private int hi;
    private boolean negationDone;
    private final String[] singulars = new String[3];
    private int best;

    Run(ParsedDocument doc) {
      this.doc = doc;
    }

    void sentence(int sentenceStart, int lo, int hi, List<ThemeHit> hits) {
      int n = hi - lo;
      if (symbolStart.length < n + 1) {
        symbolStart = new int[n + 1];
        negated = new boolean[n];
        starts = new boolean[n];
      }
      base = lo;
      this.hi = hi;
      symbols.clear();
      boolean any = false;
      for (int i = lo; i < hi; i++) {
        symbolStart[i - lo] = symbols.size;
        resolve(i);
        boolean start = false;
        for (int k = symbolStart[i - lo]; k < symbols.size && !start; k++) {
          start = startsEntry[symbols.data[k]];
        }
        starts[i - lo] = start;
        any |= start;
      }
      symbolStart[n] = symbols.size;
      if (!any) {
        return;
      }
      negationDone = false;
      shadowEnd = -1;
      shadowThemes.clear();
      this.sentenceStart = sentenceStart;
      this.sentenceEnd = hi;
      int i = lo;
      while (i < hi) {
        best = 0;
        bestNodes.clear();
        bestTermEnds.clear();
        if (starts[i - lo]) {
          explore(0, i, i, hi);
        }
        if (best == 0) {
          i++;
          continue;
        }
        i = emit(i, i + best, hits);
      }
    }

    private void resolve(int i) {
      int from = symbols.size;
      String lemma = doc.lemma(i);
      String word = doc.word(i);
      // most tokens are lower-case words that are their own lemma: skip lower-casing them
      String lower = lemma.equals(word) ? lemma : word.toLowerCase(Locale.ROOT);
      if (lower == lemma || lemma.equals(lower)) {
        folded(lemma, true, true);
        if (lower.charAt(lower.length() - 1) == 's' && doc.tag(i).startsWith("NNP")) {
          int k = EntryForms.singulars(lower, singulars);
          for (int g = 0; g < k; g++) {
            folded(singulars[g], true, false);
          }
        }
      } else {
        folded(lemma, true, false);
        folded(lower, false, true);
      }
      if (probeSensitive) {
        int lit = sensitive.get(word);
        if (lit >= 0) {
          symbols.addAll(sensitiveSymbols[lit]);
        }
        if (!sensitivePrefixes.isEmpty()) {
          sensitivePrefixes.walk(word, false, true, symbols);
        }
        if (!sensitiveSuffixes.isEmpty()) {
          sensitiveSuffixes.walk(word, false, true, symbols);
        }
      }
      if (symbols.size - from > 1) {
        symbols.dedupeFrom(from);
      }
    }

    private void folded(String s, boolean lemmaSide, boolean wordSide) {
      int lit = folded.get(s);
      if (lit >= 0) {
        if (lemmaSide) {
          symbols.addAll(foldedLemmaSide[lit]);
        }
        if (wordSide) {
          symbols.addAll(foldedWordSide[lit]);
        }
      }
      if (hasFoldedPrefixes) {
        foldedPrefixes.walk(s, lemmaSide, wordSide, symbols);
      }
      if (hasFoldedSuffixes) {
        foldedSuffixes.walk(s, lemmaSide, wordSide, symbols);
      }
    }

    private void explore(int node, int token, int start, int hi) {
      if (node != 0 && token + 1 < hi && possessive(token)) {
        // "NATO's expansion" matches the entry "nato expansion"
        explore(node, token + 1, start, hi);
      }
      int from = symbolStart[token - base];
      int to = symbolStart[token - base + 1];
      for (int k = from; k < to; k++) {
        int child = edges.get(((long) node << 32) | symbols.data[k]);
        if (child < 0) {
          continue;
        }
        if (accepts[child] != null) {
          consider(child << 1, token + 1, token + 1 - start);
        }
        if (nearAccepts[child] != null) {
          int end = nearEnd(child, start, token + 1, -1);
          if (end > 0) {
            consider(child << 1 | 1, token + 1, end - start);
          }
        }
        if (token + 1 < hi && hasChildren[child]) {
          explore(child, token + 1, start, hi);
        }
      }
    }

    private boolean possessive(int token) {
      String w = doc.word(token);
      return doc.tag(token).equals("POS") || w.equals("'s") || w.equals("\u2019s");
    }

    /**
     * Keeps a candidate match of {@code length} tokens if it is the longest so far: {@code key} is
     * the trie node shifted left once, plus 1 for its near entries; {@code termEnd} is where the
     * entry's own term ends.
     */
    private void consider(int key, int termEnd, int length) {
      if (length > best) {
        best = length;
        bestNodes.clear();
        bestTermEnds.clear();
      }
      if (length == best) {
        bestNodes.add(key);
        bestTermEnds.add(termEnd);
      }
    }

    /**
     * Where the longest match of the near entries ending at {@code node} ends, for the term at
     * tokens [start, termEnd): past a near term found after the term (the hit covers both), at the
     * term's end for one found before it, or -1 if none holds. With {@code only} >= 0, only that
     * entry is tried.
     */
    private int nearEnd(int node, int start, int termEnd, int only) {
      int best = -1;
      for (int e : nearAccepts[node]) {
        if (only < 0 || e == only) {
          best = Math.max(best, nearHolds(e, start, termEnd));
        }
      }
      return best;
    }

    /** The end of entry {@code e}'s match for the term at [start, end), or -1; see {@link #nearEnd}. */
    private int nearHolds(int e, int start, int end) {
      int rightTo = Math.min(hi, end + nearAfter[e]);
      for (int p = end; p < rightTo; p++) {
        for (int root : nearRoots[e]) {
          int q = phraseEnd(root, p, rightTo);
          if (q > 0) {
            return q;
          }
        }
      }
      int leftFrom = Math.max(base, start - nearBefore[e]);
      for (int p = leftFrom; p < start; p++) {
        for (int root : nearRoots[e]) {
          if (phraseEnd(root, p, start) > 0) {
            return end;
          }
        }
      }
      return -1;
    }

    /**
     * Where a near term's path from {@code node}, matched from {@code token}, ends within
     * {@code limit} (the shortest such match), or -1.
     */
    private int phraseEnd(int node, int token, int limit) {
      int from = symbolStart[token - base];
      int to = symbolStart[token - base + 1];
      int found = -1;
      for (int k = from; k < to; k++) {
        int child = edges.get(((long) node << 32) | symbols.data[k]);
        if (child < 0) {
          continue;
        }
        if (nearFinal[child]) {
          return token + 1;
        }
        if (token + 1 < limit && hasChildren[child]) {
          int q = phraseEnd(child, token + 1, limit);
          if (q > 0 && (found < 0 || q < found)) {
            found = q;
          }
        }
      }
      return found;
    }

    /**
     * Adds the hits of the best match at [start, end) and returns where matching resumes: after the
     * match, or after the term when a near entry's hit ran on over its near term. Other themes may
     * then still match inside that stretch ("military aid including weapons": security cooperation
     * and military technology), while the near hit's own themes may not, so that "imposed new
     * sanctions" counts once.
     */
    private int emit(int start, int end, List<ThemeHit> hits) {
      int[] chosen;
      int next = end;
      if (bestNodes.size == 1 && (bestNodes.data[0] & 1) == 0) {
        chosen = accepts[bestNodes.data[0] >> 1];
      } else {
        IntBuffer all = new IntBuffer();
        // plain entries first: on a tie within a theme the first is kept, and "nato expansion"
        // names the hit better than "nato" near "expansion"
        for (int k = 0; k < bestNodes.size; k++) {
          if ((bestNodes.data[k] & 1) == 0) {
            all.addAll(accepts[bestNodes.data[k] >> 1]);
          }
        }
        for (int k = 0; k < bestNodes.size; k++) {
          int node = bestNodes.data[k] >> 1;
          if ((bestNodes.data[k] & 1) == 0) {
            continue;
          }
          // of the near entries at this node, those whose match ends where the hit does
          for (int e : nearAccepts[node]) {
            if (nearEnd(node, start, bestTermEnds.data[k], e) == end) {
              all.add(e);
              next = Math.min(next, bestTermEnds.data[k]);
            }
          }
        }
        all.dedupeFrom(0);
        chosen = mostSpecific(Arrays.copyOf(all.data, all.size));
      }
      int startChar = doc.begin(start);
      int endChar = doc.end(end - 1);
      if (!negationDone) {
        negation(sentenceStart, base, sentenceEnd);
        negationDone = true;
      }
      boolean neg = negated[start - base];
      boolean shadowed = start < shadowEnd;
      for (int e : chosen) {
        if (shadowed && shadowThemes.contains(entryTheme[e])) {
          continue;
        }
        hits.add(new ThemeHit(entryTheme[e], entries[e].label(), startChar, endChar, entries[e].weight(), neg));
        if (next < end) {
          shadowThemes.add(entryTheme[e]);
        }
      }
      if (next < end) {
        shadowEnd = Math.max(shadowEnd, end);
      }
      return next;
    }

    private void negation(int sentenceStart, int lo, int hi) {
      boolean scope = false;
      for (int j = sentenceStart; j < hi; j++) {
        if (j >= lo) {
          negated[j - lo] = scope;
        }
        switch (Negation.clauseRole(doc.word(j), doc.lemma(j), doc.tag(j))) {
          case NEGATOR -> scope |= !(j + 1 < doc.size() && Negation.affirms(doc.lemma(j), doc.word(j + 1)));
          case BOUNDARY -> scope = false;
          default -> { }
        }
      }
    }
  }

  /**
   * Of entries matching the same tokens, keeps per theme the heaviest, and drops a theme when one
   * of its descendants is also matched: the hit belongs to the most specific theme.
   */
  private int[] mostSpecific(int[] candidates) {
    if (candidates.length == 1) {
      return candidates;
    }
    Map<String, Integer> byTheme = new java.util.LinkedHashMap<>();
    for (int e : candidates) {
      byTheme.merge(entryTheme[e], e, (a, b) -> entries[b].weight() > entries[a].weight() ? b : a);
    }
    List<String> covered = new ArrayList<>();
    for (String theme : byTheme.keySet()) {
      covered.addAll(lexicon.ancestors(theme));
    }
    return byTheme.entrySet().stream().filter(en -> !covered.contains(en.getKey()))
        .mapToInt(Map.Entry::getValue).toArray();
  }
}
