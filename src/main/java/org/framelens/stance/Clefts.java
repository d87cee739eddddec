package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;

/**
 * Pseudo-clefts, where what a cue is about stands after a copula: "What the union wants is a fair
 * wage", "All the mayor asked was a hearing", "The last thing the port needs is a strike". The
 * clause before the copula only names the wish; the phrase after it is its object. Stateless.
 */
final class Clefts {

  private Clefts() {}

  /**
   * The reading of a pseudo-cleft: where the cue's subject starts (after "what", "all", "thing"),
   * where the wanted thing starts, and whether the cleft denies it.
   */
  record Cleft(int subject, int from, boolean denied) {}

  /** Words that make "the ... thing" a denial: the last (or least) thing anyone wants is not wanted. */
  private static final Set<String> DENYING = Set.of("last", "least");
  /** Words that make "the ... thing" an affirmation: the only or first thing asked for is wanted. */
  private static final Set<String> AFFIRMING = Set.of("only", "first", "one", "main", "real");
  /** Verbs that only carry the cue's tense: "what the union has long wanted". */
  private static final Set<String> AUXILIARIES = Set.of("have", "do", "be");
  /** How far back from the cue the cleft's opening word may stand ("what the new city council wants"). */
  private static final int REACH = 7;

  /**
   * The pseudo-cleft whose cue is at {@code cue}, its copula at {@code from} (right after the cue),
   * or null when the cue stands in no pseudo-cleft.
   */
  static Cleft of(ParsedDocument doc, int cue, int from, int sentenceEnd) {
    if (from + 1 >= sentenceEnd || !doc.lemma(from).equals("be") || !doc.tag(from).startsWith("VB")
        || !doc.tag(cue).startsWith("VB")) {
      return null;
    }
    int start = doc.sentenceStart(doc.sentenceOf(cue));
    for (int k = cue - 1; k >= start && k >= cue - REACH; k--) {
      String tag = doc.tag(k);
      if (tag.startsWith("VB") && !AUXILIARIES.contains(doc.lemma(k)) || doc.word(k).equals(",")) {
        return null; // another clause between the opening word and the cue
      }
      if (k == cue - 1 && !(tag.startsWith("NN") || tag.equals("PRP") || tag.equals("MD") || tag.startsWith("RB")
          || tag.startsWith("VB") && AUXILIARIES.contains(doc.lemma(k)))) {
        return null; // the cue's own subject (or an auxiliary of it) stands right before it
      }
      if (doc.lemma(k).equals("what") && tag.equals("WP")) {
        return new Cleft(k + 1, from + 1, false);
      }
      if (doc.lemma(k).equals("all") && (k == start || !doc.tag(k - 1).equals("DT"))) {
        return new Cleft(k + 1, from + 1, false); // "all the union asked was a hearing"
      }
      if (doc.lemma(k).equals("thing") && k >= start + 2 && doc.lemma(k - 2).equals("the")) {
        String kind = doc.lemma(k - 1);
        if (DENYING.contains(kind)) {
          return new Cleft(k + 1, from + 1, true);
        }
        return AFFIRMING.contains(kind) ? new Cleft(k + 1, from + 1, false) : null;
      }
    }
    return null;
  }
}
