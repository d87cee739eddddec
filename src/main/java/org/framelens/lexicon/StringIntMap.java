package org.framelens.lexicon;

import java.util.Arrays;

/**
 * Open-addressing map from strings to non-negative ints, built once and then only read. Probes
 * compare cached hash codes in a dense int array before touching a key, so a miss (the usual case
 * for a token) costs about one cache line even when the map holds a 100,000-entry lexicon.
 */
final class StringIntMap {

  private String[] keys = new String[16];
  private int[] hashes = new int[16]; // 0 marks a free slot; a zero hash is stored as 1
  private int[] values = new int[16];
  private int size;

  /** The value for {@code key}, or -1. */
  int get(String key) {
    int h = stored(key.hashCode());
    int[] hs = hashes;
    int mask = hs.length - 1;
    int i = spread(h) & mask;
    while (true) {
      int at = hs[i];
      if (at == 0) {
        return -1;
      }
      if (at == h && keys[i].equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  void put(String key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int h = stored(key.hashCode());
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    while (hashes[i] != 0 && !(hashes[i] == h && keys[i].equals(key))) {
      i = (i + 1) & mask;
    }
    if (hashes[i] == 0) {
      size++;
    }
    hashes[i] = h;
    keys[i] = key;
    values[i] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int stored(int hash) {
    return hash == 0 ? 1 : hash;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  @Override
  public String toString() {
    return "StringIntMap" + Arrays.toString(Arrays.copyOf(keys, Math.min(8, keys.length)));
  }
}
