package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.nlp.ParsedDocument;

/**
 * A lexicon compiled for matching: immutable and safe to share between threads.
 *
 * <p>Each entry word becomes a symbol; a token is resolved once to the few symbols it satisfies
 * (hash look-ups of its lemma, lower-cased and surface word, plus glob tries walked over its
 * characters), and phrases are a trie over symbols. The work per token therefore does not grow
 * with the number of entries.
 *
 * <p>Matching is leftmost-longest inside each sentence: where entries overlap, the one covering the
 * most tokens wins and matching resumes after it. A hit names the most specific theme: if an entry
 * appears in a theme and in one of its ancestors, only the descendant is reported (aggregators
 * credit ancestors through {@link Lexicon#ancestors(String)}). A hit is {@code negated} when a
 * negator ({@code not, n't, no, never, without, neither, nor, none, nothing, nobody, nowhere, cannot}, read from the lemma)
 * precedes it in the same clause; a clause ends at , ; : . ! ? dashes or brackets, or at a
 * conjunction ({@code and, or, but, yet, while, whereas, although, though, however, because}).
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

  private ThemeMatcher(Builder b) {
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
    this.entryTheme = b.entryTheme.toArray(String[]::new);
    this.entries = b.entries.toArray(Entry[]::new);
    int nodes = b.accepts.size();
    this.accepts = new int[nodes][];
    this.hasChildren = b.hasChildren.clone();
    for (int node = 0; node < nodes; node++) {
      IntBuffer a = b.accepts.get(node);
      accepts[node] = a == null ? null : mostSpecific(Arrays.copyOf(a.data, a.size));
    }
  }

  /** Compiles every entry of every theme of {@code lexicon}. */
  public static ThemeMatcher compile(Lexicon lexicon) {
    Builder b = new Builder(lexicon);
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
    private int[] symbolStart = new int[64];
    private boolean[] negated = new boolean[64];
    private int base;
    private int sentenceStart;
    private int sentenceEnd;
    private boolean negationDone;
    private int best;

    Run(ParsedDocument doc) {
      this.doc = doc;
    }

    void sentence(int sentenceStart, int lo, int hi, List<ThemeHit> hits) {
      int n = hi - lo;
      if (symbolStart.length < n + 1) {
        symbolStart = new int[n + 1];
        negated = new boolean[n];
      }
      base = lo;
      symbols.clear();
      boolean any = false;
      for (int i = lo; i < hi; i++) {
        symbolStart[i - lo] = symbols.size;
        resolve(i);
        any |= symbols.size > symbolStart[i - lo];
      }
      symbolStart[n] = symbols.size;
      if (!any) {
        return;
      }
      negationDone = false;
      this.sentenceStart = sentenceStart;
      this.sentenceEnd = hi;
      int i = lo;
      while (i < hi) {
        best = 0;
        bestNodes.clear();
        if (symbolStart[i - lo + 1] > symbolStart[i - lo]) {
          explore(0, i, i, hi);
        }
        if (best == 0) {
          i++;
          continue;
        }
        emit(i, i + best, hits);
        i += best;
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
      int from = symbolStart[token - base];
      int to = symbolStart[token - base + 1];
      for (int k = from; k < to; k++) {
        int child = edges.get(((long) node << 32) | symbols.data[k]);
        if (child < 0) {
          continue;
        }
        int length = token + 1 - start;
        if (accepts[child] != null) {
          if (length > best) {
            best = length;
            bestNodes.clear();
          }
          if (length == best) {
            bestNodes.add(child);
          }
        }
        if (token + 1 < hi && hasChildren[child]) {
          explore(child, token + 1, start, hi);
        }
      }
    }

    private void emit(int start, int end, List<ThemeHit> hits) {
      int[] chosen;
      if (bestNodes.size == 1) {
        chosen = accepts[bestNodes.data[0]];
      } else {
        IntBuffer all = new IntBuffer();
        for (int k = 0; k < bestNodes.size; k++) {
          all.addAll(accepts[bestNodes.data[k]]);
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
      for (int e : chosen) {
        hits.add(new ThemeHit(entryTheme[e], entries[e].term(), startChar, endChar, entries[e].weight(), neg));
      }
    }

    private void negation(int sentenceStart, int lo, int hi) {
      boolean scope = false;
      for (int j = sentenceStart; j < hi; j++) {
        if (j >= lo) {
          negated[j - lo] = scope;
        }
        switch (clauseRole(doc.word(j), doc.lemma(j), doc.tag(j))) {
          case NEGATOR -> scope = true;
          case BOUNDARY -> scope = false;
          default -> { }
        }
      }
    }
  }

  enum ClauseRole { NEGATOR, BOUNDARY, OTHER }

  /**
   * What a token does to a negation scope, read from its lemma. "nor" both ends the previous
   * clause and negates the next, so it counts as a negator.
   */
  static ClauseRole clauseRole(String word, String lemma, String tag) {
    switch (lemma) {
      case "not", "n't", "no", "never", "without", "neither", "nor", "none", "nothing", "nobody",
          "nowhere", "cannot":
        return ClauseRole.NEGATOR;
      case "and", "or", "but", "yet", "while", "whereas", "although", "though", "however", "because":
        return ClauseRole.BOUNDARY;
      default:
        break;
    }
    if (tag.equals("CC")) {
      return ClauseRole.BOUNDARY;
    }
    int n = word.length();
    if (n == 0 || n > 3 || Character.isLetterOrDigit(word.charAt(0)) || word.equals("-")) {
      // a lone hyphen is CoreNLP's split of a compound ("anti - Western"), not a clause break
      return ClauseRole.OTHER;
    }
    for (int k = 0; k < n; k++) {
      if (",;:.!?…–—-()[]".indexOf(word.charAt(k)) < 0) {
        return ClauseRole.OTHER;
      }
    }
    return ClauseRole.BOUNDARY;
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

  /** Inflected forms an entry word may have been written in, mapped back to likely lemmas. */
  static List<String> lemmaGuesses(String w) {
    List<String> out = new ArrayList<>();
    if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
      return out;
    }
    int n = w.length();
    if (w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (w.endsWith("ses")) {
      out.add(w.substring(0, n - 2) + "is");
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
      out.add(w.substring(0, n - 2));
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ied")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (w.endsWith("ed") && n >= 5) {
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ing") && n >= 6) {
      out.add(w.substring(0, n - 3));
      out.add(w.substring(0, n - 3) + "e");
    }
    return out;
  }

  private static final class Builder {
    final Lexicon lexicon;
    final Map<String, IntBuffer[]> folded = new HashMap<>();
    final CharTrie foldedPrefixes = new CharTrie(false);
    final CharTrie foldedSuffixes = new CharTrie(true);
    final Map<String, IntBuffer> sensitive = new HashMap<>();
    final CharTrie sensitivePrefixes = new CharTrie(false);
    final CharTrie sensitiveSuffixes = new CharTrie(true);
    final Map<String, Integer> symbolIds = new HashMap<>();
    final LongIntMap edges = new LongIntMap();
    final List<IntBuffer> accepts = new ArrayList<>(java.util.Collections.singletonList(null));
    boolean[] hasChildren = new boolean[16];
    final List<String> entryTheme = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    Builder(Lexicon lexicon) {
      this.lexicon = lexicon;
    }

    void add(String theme, Entry entry) {
      int id = entries.size();
      entries.add(entry);
      entryTheme.add(theme);
      for (List<String> words : tokenings(entry.words())) {
        addPath(id, words, entry);
      }
    }

    /**
     * CoreNLP 4 splits hyphenated compounds ("anti-Western" is anti, -, Western) while other
     * tokenisers keep them whole, so an entry word with inner hyphens compiles to both paths.
     */
    static List<List<String>> tokenings(List<String> words) {
      List<List<String>> out = new ArrayList<>(List.of(List.of()));
      for (String word : words) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(List.of(word));
        if (word.indexOf('-') > 0 && word.indexOf('*') < 0 && !word.endsWith("-") && !word.contains("--")) {
          List<String> split = new ArrayList<>();
          for (String part : word.split("-")) {
            if (!split.isEmpty()) {
              split.add("-");
            }
            split.add(part);
          }
          variants.add(split);
        }
        List<List<String>> next = new ArrayList<>();
        for (List<String> prefix : out) {
          for (List<String> v : variants) {
            List<String> joined = new ArrayList<>(prefix);
            joined.addAll(v);
            next.add(joined);
          }
        }
        out = next;
      }
      return out;
    }

    private void addPath(int id, List<String> words, Entry entry) {
      int node = 0;
      for (String word : words) {
        int symbol = symbol(word, entry);
        long key = ((long) node << 32) | symbol;
        int next = edges.get(key);
        if (next < 0) {
          next = accepts.size();
          accepts.add(null);
          edges.put(key, next);
          if (node >= hasChildren.length || next >= hasChildren.length) {
            hasChildren = Arrays.copyOf(hasChildren, Math.max(next, node) * 2 + 2);
          }
          hasChildren[node] = true;
        }
        node = next;
      }
      IntBuffer a = accepts.get(node);
      if (a == null) {
        a = new IntBuffer();
        accepts.set(node, a);
      }
      a.add(id);
    }

    private int symbol(String word, Entry entry) {
      boolean caseSensitive = entry.caseSensitive();
      boolean lemma = !caseSensitive && entry.match() == Entry.Match.LEMMA;
      String text = caseSensitive ? word : word.toLowerCase(Locale.ROOT);
      String key = (caseSensitive ? "S" : lemma ? "L" : "X") + "\u0000" + text;
      Integer known = symbolIds.get(key);
      if (known != null) {
        return known;
      }
      int symbol = symbolIds.size();
      symbolIds.put(key, symbol);
      boolean prefix = text.length() > 1 && text.endsWith("*");
      boolean suffix = !prefix && text.length() > 1 && text.startsWith("*");
      String stem = prefix ? text.substring(0, text.length() - 1) : suffix ? text.substring(1) : text;
      if (caseSensitive) {
        if (prefix) {
          sensitivePrefixes.add(stem, CharTrie.WORD_SIDE, symbol);
        } else if (suffix) {
          sensitiveSuffixes.add(stem, CharTrie.WORD_SIDE, symbol);
        } else {
          add(sensitive.computeIfAbsent(stem, k -> new IntBuffer()), symbol);
        }
        return symbol;
      }
      List<Integer> sides = lemma ? List.of(CharTrie.LEMMA_SIDE, CharTrie.WORD_SIDE) : List.of(CharTrie.WORD_SIDE);
      for (int side : sides) {
        if (prefix) {
          foldedPrefixes.add(stem, side, symbol);
        } else if (suffix) {
          foldedSuffixes.add(stem, side, symbol);
        } else {
          add(foldedSide(stem, side), symbol);
        }
      }
      if (lemma && !prefix && !suffix) {
        for (String guess : lemmaGuesses(stem)) {
          add(foldedSide(guess, CharTrie.LEMMA_SIDE), symbol);
        }
      }
      return symbol;
    }

    private IntBuffer foldedSide(String key, int side) {
      return folded.computeIfAbsent(key, k -> new IntBuffer[] {new IntBuffer(), new IntBuffer()})[side];
    }

    private static void add(IntBuffer b, int symbol) {
      for (int k = 0; k < b.size; k++) {
        if (b.data[k] == symbol) {
          return;
        }
      }
      b.add(symbol);
    }
  }
}
