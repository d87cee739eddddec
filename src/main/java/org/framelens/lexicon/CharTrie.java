package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Glob stems in a character trie, read forwards for {@code stem*} and backwards for {@code *stem}.
 * Each stem belongs to one of two sides (what the token string is: its lemma, or its word), so one
 * walk serves both when the lemma and the lower-cased word are the same string. Walking a token
 * visits at most its length in nodes, however many globs there are.
 */
final class CharTrie {

  static final int LEMMA_SIDE = 0;
  static final int WORD_SIDE = 1;

  private final LongIntMap edges = new LongIntMap();
  private final List<int[][]> terminals = new ArrayList<>();
  private final boolean reversed;
  // children of the root for ASCII, read directly: every token probes the root
  private final int[] rootAscii = new int[128];

  CharTrie(boolean reversed) {
    this.reversed = reversed;
    terminals.add(null);
    Arrays.fill(rootAscii, -1);
  }

  boolean isEmpty() {
    return edges.size() == 0;
  }

  void add(String stem, int side, int symbol) {
    int node = 0;
    int n = stem.length();
    for (int i = 0; i < n; i++) {
      char c = stem.charAt(reversed ? n - 1 - i : i);
      long key = ((long) node << 16) | c;
      int next = edges.get(key);
      if (next < 0) {
        next = terminals.size();
        terminals.add(null);
        edges.put(key, next);
        if (node == 0 && c < 128) {
          rootAscii[c] = next;
        }
      }
      node = next;
    }
    int[][] t = terminals.get(node);
    if (t == null) {
      t = new int[][] {new int[0], new int[0]};
      terminals.set(node, t);
    }
    if (Arrays.stream(t[side]).noneMatch(s -> s == symbol)) {
      t[side] = Arrays.copyOf(t[side], t[side].length + 1);
      t[side][t[side].length - 1] = symbol;
    }
  }

  /** Adds to {@code out} the symbols, on the sides asked for, of every glob whose stem starts (or ends) {@code s}. */
  void walk(String s, boolean lemmaSide, boolean wordSide, IntBuffer out) {
    int node = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(reversed ? n - 1 - i : i);
      node = node == 0 && c < 128 ? rootAscii[c] : edges.get(((long) node << 16) | c);
      if (node < 0) {
        return;
      }
      int[][] t = terminals.get(node);
      if (t != null) {
        if (lemmaSide) {
          out.addAll(t[LEMMA_SIDE]);
        }
        if (wordSide) {
          out.addAll(t[WORD_SIDE]);
        }
      }
    }
  }
}
