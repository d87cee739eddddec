package org.framelens.aggregate;

import java.nio.charset.StandardCharsets;

/**
 * A stable 64-bit FNV-1a hash of a document id and an offset: the order evidence is sampled in.
 * Ranking by hash rather than by id spreads the sample over the corpus instead of its first files,
 * and the same on every JVM.
 */
final class Rank {

  private Rank() {}

  static long of(String document, int offset) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (document + '\u0000' + offset).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Weights summed as integers in millionths, so the sum cannot depend on the order of addition. */
  static long micros(double weight) {
    return Math.round(weight * 1_000_000.0);
  }
}
