package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The globs of one probe (lemma, lower-cased word or word as written): a character trie over glob
 * stems, read forwards for {@code stem*} and backwards for {@code *stem}. Walking a token visits at
 * most its length in nodes, however many globs there are.
 */
final class CharTrie {

  private final LongIntMap edges = new LongIntMap();
  private final List<int[]> terminals = new ArrayList<>(List.of(new int[0]));
  private final boolean reversed;

  CharTrie(boolean reversed) {
    this.reversed = reversed;
  }

  boolean isEmpty() {
    return edges.size() == 0;
  }

  void add(String stem, int symbol) {
    int node = 0;
    int n = stem.length();
    for (int i = 0; i < n; i++) {
      char c = stem.charAt(reversed ? n - 1 - i : i);
      long key = ((long) node << 16) | c;
      int next = edges.get(key);
      if (next < 0) {
        next = terminals.size();
        terminals.add(new int[0]);
        edges.put(key, next);
      }
      node = next;
    }
    int[] old = terminals.get(node);
    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
    grown[old.length] = symbol;
    terminals.set(node, grown);
  }

  /** Adds to {@code out} the symbol of every glob whose stem starts (or ends) {@code s}. */
  void walk(String s, IntBuffer out) {
    int node = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(reversed ? n - 1 - i : i);
      node = edges.get(((long) node << 16) | c);
      if (node < 0) {
        return;
      }
      int[] t = terminals.get(node);
      for (int sym : t) {
        out.add(sym);
      }
    }
  }
}
