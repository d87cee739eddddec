package org.framelens.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * One lexicon entry: a word or phrase (words separated by single spaces), each word optionally a
 * glob with a leading or trailing {@code *}, and optionally a {@link Near} condition.
 *
 * <p>{@link Match#LEMMA} compares each word with the token's lower-cased lemma or lower-cased
 * surface word; {@link Match#EXACT} with the lower-cased surface word only. {@code caseSensitive}
 * compares with the surface word exactly as written (lemmatisation does not apply then). The near
 * terms are compared the same way as the term.
 */
public record Entry(String term, Match match, boolean caseSensitive, double weight, Optional<Near> near) {

  public enum Match { LEMMA, EXACT }

  /** Window when {@code near} is given without one: quanteda's default for kwic. */
  public static final int DEFAULT_WINDOW = 5;
  /** A wider window stops being a paraphrase pattern and becomes co-occurrence in a sentence. */
  public static final int MAX_WINDOW = 15;

  /**
   * The entry matches only when one of {@code terms} lies entirely within {@code before} tokens
   * before the term or {@code after} tokens after it, in the same sentence (quanteda's
   * {@code window = c(before, after)}). {@code dictate} near {@code term} with window (0, 4)
   * matches "dictate their terms" and "dictate the terms of", not "terms dictated".
   */
  public record Near(List<String> terms, int before, int after) {

    public Near {
      if (terms == null || terms.isEmpty()) {
        throw new IllegalArgumentException("near needs at least one term");
      }
      terms = terms.stream().map(t -> String.join(" ", t.trim().split("\\s+"))).toList();
      for (String t : terms) {
        problemWith(t).ifPresent(p -> {
          throw new IllegalArgumentException("near " + p);
        });
      }
      if (before < 0 || after < 0 || before + after == 0 || before > MAX_WINDOW || after > MAX_WINDOW) {
        throw new IllegalArgumentException(windowProblem(before, after));
      }
    }

    static String windowProblem(int before, int after) {
      return "window must be 0.." + MAX_WINDOW + " tokens each side and not 0 on both, got [" + before + ", " + after + "]";
    }

    static boolean validWindow(int before, int after) {
      return before >= 0 && after >= 0 && before + after > 0 && before <= MAX_WINDOW && after <= MAX_WINDOW;
    }
  }

  public Entry {
    if (term == null || match == null || near == null) {
      throw new IllegalArgumentException("entry term, match and near are required");
    }
    term = String.join(" ", term.trim().split("\\s+"));
    problemWith(term).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    if (!validWeight(weight)) {
      throw new IllegalArgumentException("weight must be a finite number > 0, got " + weight);
    }
  }

  /** An entry without a near condition. */
  public Entry(String term, Match match, boolean caseSensitive, double weight) {
    this(term, match, caseSensitive, weight, Optional.empty());
  }

  /** A lemma-matched, case-insensitive entry of weight 1. */
  public static Entry of(String term) {
    return new Entry(term, Match.LEMMA, false, 1.0);
  }

  public List<String> words() {
    return List.of(term.split(" "));
  }

  /**
   * How hits and tools name the entry: the term, followed for a near entry by
   * {@code NEAR/before,after alternative|alternative} ({@code dictate NEAR/0,4 term|condition}).
   */
  public String label() {
    return near.map(n -> term + " NEAR/" + n.before() + "," + n.after() + " " + String.join("|", n.terms()))
        .orElse(term);
  }

  static boolean validWeight(double weight) {
    return Double.isFinite(weight) && weight > 0;
  }

  /** Why a term cannot be compiled, if it cannot. */
  static Optional<String> problemWith(String term) {
    String normalised = term.trim();
    if (normalised.isEmpty()) {
      return Optional.of("empty term");
    }
    for (String word : normalised.split("\\s+")) {
      if (word.equals("*")) {
        return Optional.of("'" + term + "': a bare * would match every token");
      }
      if (word.indexOf('?') >= 0) {
        return Optional.of("'" + term + "': ? wildcards are not supported, use a leading or trailing *");
      }
      int star = word.indexOf('*', 1);
      boolean inner = star >= 0 && star != word.length() - 1;
      boolean both = word.startsWith("*") && word.endsWith("*");
      if (inner || both) {
        return Optional.of("'" + term + "': * is supported only at the start or the end of a word");
      }
    }
    return Optional.empty();
  }
}
