package org.framelens.lexicon;

import java.util.Arrays;

/** A growable int array, owned by one call at a time. */
final class IntBuffer {

  int[] data = new int[16];
  int size;

  void add(int v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, size * 2);
    }
    data[size++] = v;
  }

  void addAll(int[] vs) {
    for (int v : vs) {
      add(v);
    }
  }

  /** Drops repeats of values added since {@code from}; the sets are tiny, so a scan is cheapest. */
  void dedupeFrom(int from) {
    int w = from;
    outer:
    for (int r = from; r < size; r++) {
      int v = data[r];
      for (int k = from; k < w; k++) {
        if (data[k] == v) {
          continue outer;
        }
      }
      data[w++] = v;
    }
    size = w;
  }

  int[] toArray() {
    return Arrays.copyOf(data, size);
  }

  void clear() {
    size = 0;
  }
}
