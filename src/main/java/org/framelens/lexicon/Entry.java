package org.framelens.lexicon;

import java.util.List;

/**
 * One lexicon entry: a word or phrase (words separated by single spaces), each word optionally a
 * glob with a leading or trailing {@code *}.
 *
 * <p>{@link Match#LEMMA} compares each word with the token's lower-cased lemma or lower-cased
 * surface word; {@link Match#EXACT} with the lower-cased surface word only. {@code caseSensitive}
 * compares with the surface word exactly as written (lemmatisation does not apply then).
 */
public record Entry(String term, Match match, boolean caseSensitive, double weight) {

  public enum Match { LEMMA, EXACT }

  public Entry {
    if (term == null || match == null) {
      throw new IllegalArgumentException("entry term and match are required");
    }
    term = String.join(" ", term.trim().split("\\s+"));
    problemWith(term).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    if (!validWeight(weight)) {
      throw new IllegalArgumentException("weight must be a finite number > 0, got " + weight);
    }
  }

  /** A lemma-matched, case-insensitive entry of weight 1. */
  public static Entry of(String term) {
    return new Entry(term, Match.LEMMA, false, 1.0);
  }

  public List<String> words() {
    return List.of(term.split(" "));
  }

  static boolean validWeight(double weight) {
    return Double.isFinite(weight) && weight > 0;
  }

  /** Why a term cannot be compiled, if it cannot. */
  static java.util.Optional<String> problemWith(String term) {
    String normalised = term.trim();
    if (normalised.isEmpty()) {
      return java.util.Optional.of("empty term");
    }
    for (String word : normalised.split("\\s+")) {
      if (word.equals("*")) {
        return java.util.Optional.of("'" + term + "': a bare * would match every token");
      }
      if (word.indexOf('?') >= 0) {
        return java.util.Optional.of("'" + term + "': ? wildcards are not supported, use a leading or trailing *");
      }
      int star = word.indexOf('*', 1);
      boolean inner = star >= 0 && star != word.length() - 1;
      boolean both = word.startsWith("*") && word.endsWith("*");
      if (inner || both) {
        return java.util.Optional.of("'" + term + "': * is supported only at the start or the end of a word");
      }
    }
    return java.util.Optional.empty();
  }
}
