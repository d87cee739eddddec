package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles entries into the tables {@link ThemeMatcher} reads: word symbols (hash maps and glob
 * tries) and a trie of phrases over symbols. A near entry's term is a path like any other, but its
 * end node lists it apart ({@code nearAccepts}); each of its near terms is a path from a root of
 * its own, whose end nodes are marked {@code nearFinal}.
 */
final class MatcherBuilder {

  final Lexicon lexicon;
  final Map<String, IntBuffer[]> folded = new HashMap<>();
  final CharTrie foldedPrefixes = new CharTrie(false);
  final CharTrie foldedSuffixes = new CharTrie(true);
  final Map<String, IntBuffer> sensitive = new HashMap<>();
  final CharTrie sensitivePrefixes = new CharTrie(false);
  final CharTrie sensitiveSuffixes = new CharTrie(true);
  final Map<String, Integer> symbolIds = new HashMap<>();
  final LongIntMap edges = new LongIntMap();
  final List<IntBuffer> accepts = new ArrayList<>(Collections.singletonList(null));
  final List<IntBuffer> nearAccepts = new ArrayList<>(Collections.singletonList(null));
  boolean[] hasChildren = new boolean[16];
  boolean[] nearFinal = new boolean[16];
  final List<String> entryTheme = new ArrayList<>();
  final List<Entry> entries = new ArrayList<>();
  final List<int[]> nearRoots = new ArrayList<>();

  MatcherBuilder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void add(String theme, Entry entry) {
    int id = entries.size();
    entries.add(entry);
    entryTheme.add(theme);
    boolean near = entry.near().isPresent();
    for (List<String> words : EntryForms.tokenings(entry.words())) {
      int end = path(0, words, entry);
      list(near ? nearAccepts : accepts, end).add(id);
    }
    int[] roots = new int[0];
    if (near) {
      List<String> terms = entry.near().get().terms();
      roots = new int[terms.size()];
      for (int t = 0; t < terms.size(); t++) {
        roots[t] = newNode();
        for (List<String> words : EntryForms.tokenings(List.of(terms.get(t).split(" ")))) {
          nearFinal[path(roots[t], words, entry)] = true;
        }
      }
    }
    nearRoots.add(roots);
  }

  private int newNode() {
    int node = accepts.size();
    accepts.add(null);
    nearAccepts.add(null);
    if (node >= hasChildren.length) {
      hasChildren = Arrays.copyOf(hasChildren, node * 2 + 2);
      nearFinal = Arrays.copyOf(nearFinal, node * 2 + 2);
    }
    return node;
  }

  private static IntBuffer list(List<IntBuffer> byNode, int node) {
    IntBuffer a = byNode.get(node);
    if (a == null) {
      a = new IntBuffer();
      byNode.set(node, a);
    }
    return a;
  }

  /** Adds the words as a path from {@code node}; returns the node where the path ends. */
  private int path(int node, List<String> words, Entry entry) {
    for (String word : words) {
      int symbol = symbol(word, entry);
      long key = ((long) node << 32) | symbol;
      int next = edges.get(key);
      if (next < 0) {
        next = newNode();
        edges.put(key, next);
        hasChildren[node] = true;
      }
      node = next;
    }
    return node;
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
      for (String guess : EntryForms.lemmaGuesses(stem)) {
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
