package org.framelens.lexicon;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative long keys to int values, built once and then only read.
 * Trie edges are keyed {@code (node, label)} packed into one long, so a step costs one probe and no
 * boxing whatever the size of the lexicon.
 */
final class LongIntMap {

  private static final long FREE = -1L;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap() {
    keys = new long[16];
    Arrays.fill(keys, FREE);
    values = new int[16];
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    long[] k = keys;
    int mask = k.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long at = k[i];
      if (at == key) {
        return values[i];
      }
      if (at == FREE) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  void put(long key, int value) {
    if (key < 0) {
      throw new IllegalArgumentException("negative key");
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != FREE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == FREE) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    values = new int[oldValues.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 32));
  }
}
