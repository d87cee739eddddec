package org.framelens.lexicon;

/**
 * What a token does to a negation scope. A scope opens at a negator and closes at a clause
 * boundary: , ; : . ! ? dashes or brackets, or a conjunction.
 */
final class Negation {

  enum ClauseRole { NEGATOR, BOUNDARY, OTHER }

  private Negation() {}

  /**
   * Whether a negator and the word after it add or affirm rather than deny: "not only", "not just",
   * "no doubt", "no question" ("not only failed to act" still judges; "there is no doubt it is a
   * disgrace" too).
   */
  static boolean affirms(String negatorLemma, String next) {
    String w = next.toLowerCase(java.util.Locale.ROOT);
    return switch (negatorLemma) {
      case "not" -> w.equals("only") || w.equals("just") || w.equals("merely") || w.equals("simply");
      case "no" -> w.equals("doubt") || w.equals("question") || w.equals("wonder");
      default -> false;
    };
  }

  /**
   * The role of a token, read from its lemma. "nor" both ends the previous clause and negates the
   * next, so it counts as a negator.
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
}
