package org.framelens.nlp;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Noun-phrase chunks and subjects read off POS tags, without a parser: what attribution and stance
 * need in news prose ("Iran's defense minister", "Smith, a spokesman for the ministry, said",
 * "what Nasirzadeh termed", "..., advocating"). Token ranges are [start, end).
 */
public final class Phrases {

  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "will", "would", "also", "later",
      "then", "not", "n't", "again", "previously", "earlier", "repeatedly", "often", "once", "still", "further");
  private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'s", "’s", "'re", "’re", "'ve", "’ve",
      "'d", "’d", "'ll", "’ll", "n't", "n’t", "'m", "’m");
  private static final Set<String> PRONOMINAL_DETERMINERS = Set.of("some", "many", "both", "all", "another",
      "others", "several", "few", "most");
  private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whom");

  private Phrases() {}

  /** A token range [start, end). */
  public record Range(int start, int end) {
    public int length() {
      return end - start;
    }
  }

  public static boolean isNounish(String tag) {
    return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD");
  }

  private static boolean inNounPhrase(String tag) {
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("PRP$")
        || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH") || tag.equals("PDT");
  }

  /** The noun phrase whose last token is {@code last}, not reaching below {@code floor}; null if none. */
  public static Range nounPhraseEndingAt(ParsedDocument doc, int last, int floor) {
    if (last < floor || last >= doc.size()) {
      return null;
    }
    String tag = doc.tag(last);
    if (tag.equals("PRP")) {
      return new Range(last, last + 1);
    }
    if (!tag.startsWith("NN") && !tag.equals("CD")) {
      return null;
    }
    int start = last;
    while (start - 1 >= floor && inNounPhrase(doc.tag(start - 1))) {
      start--;
    }
    return new Range(start, last + 1);
  }

  /** The noun phrase starting at {@code first}, not reaching {@code ceiling}; null if none. */
  public static Range nounPhraseStartingAt(ParsedDocument doc, int first, int ceiling) {
    if (first >= ceiling || first >= doc.size()) {
      return null;
    }
    String tag = doc.tag(first);
    if (tag.equals("PRP")) {
      return new Range(first, first + 1);
    }
    if (!inNounPhrase(tag)) {
      return null;
    }
    int end = first;
    int lastNoun = -1;
    while (end < ceiling && inNounPhrase(doc.tag(end))) {
      if (isNounish(doc.tag(end))) {
        lastNoun = end;
      }
      end++;
    }
    return lastNoun < 0 ? null : new Range(first, lastNoun + 1);
  }

  /**
   * The subject of the verb at {@code verb}, looking no further left than {@code floor}: the noun
   * phrase before it (past adverbs and auxiliaries), the antecedent of a relative pronoun, the
   * head before an appositive or relative clause set off by commas, or, for a participle or a
   * coordinated verb, the subject of the verb before it. The returned range is the mention the
   * subject is read from; for a relative pronoun it is the pronoun itself (see {@link #antecedent}).
   */
  public static Range subjectOf(ParsedDocument doc, int verb, int floor) {
    return subjectOf(doc, verb, floor, i -> false, 0);
  }

  /** As {@link #subjectOf(ParsedDocument, int, int)}, passing over the tokens {@code ignored} marks (other quotes). */
  public static Range subjectOf(ParsedDocument doc, int verb, int floor, IntPredicate ignored) {
    return subjectOf(doc, verb, floor, ignored, 0);
  }

  private static boolean isFinite(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
  }

  private static boolean isClauseMark(String word) {
    return word.equals(",") || word.equals("—") || word.equals("–") || word.equals("--");
  }

  private static Range subjectOf(ParsedDocument doc, int verb, int floor, IntPredicate ignored, int depth) {
    int j = verb - 1;
    boolean auxiliary = false;
    while (j >= floor) {
      String tag = doc.tag(j);
      String word = doc.word(j);
      if (tag.equals("''") || tag.equals("``")) {
        j--;
      } else if (tag.startsWith("RB") || tag.equals("MD") || CONTRACTED_AUXILIARIES.contains(word)
          || AUXILIARIES.contains(doc.lemma(j)) && (tag.startsWith("VB") || tag.startsWith("RB"))) {
        auxiliary |= tag.startsWith("VB") || tag.equals("MD") || CONTRACTED_AUXILIARIES.contains(word);
        j--;
      } else {
        break;
      }
    }
    if (j < floor) {
      return null;
    }
    String tag = doc.tag(j);
    String lemma = doc.lemma(j);
    if (RELATIVES.contains(lemma) && (tag.startsWith("W") || tag.equals("IN") || tag.equals("DT"))) {
      return new Range(j, j + 1);
    }
    if (tag.equals("PRP") || tag.startsWith("NN") || tag.equals("CD")) {
      return nounPhraseEndingAt(doc, j, floor);
    }
    if (tag.equals("DT") && PRONOMINAL_DETERMINERS.contains(lemma)) {
      return new Range(j, j + 1); // "Some chanted", "Others said"
    }
    boolean participle = !auxiliary && (doc.tag(verb).equals("VBG") || doc.tag(verb).equals("VBN"));
    if (isClauseMark(doc.word(j)) && !participle) {
      // "Smith, a spokesman for the ministry, said" / "Smith, who joined last month, said" /
      // "Johnson, a salesman from Sumter, South Carolina, says": the person before the commas wins
      Range nearest = null;
      for (int k = j - 1; k >= Math.max(floor, j - 30); k--) {
        if (ignored.test(k)) {
          continue;
        }
        if (isClauseMark(doc.word(k))) {
          Range head = nounPhraseEndingAt(doc, k - 1, floor);
          if (head != null && (doc.ner(head.end() - 1).equals("PERSON") || doc.tag(head.end() - 1).equals("PRP"))) {
            return head;
          }
          if (nearest == null) {
            nearest = head != null ? head : nounPhraseStartingAt(doc, k + 1, j);
          }
        }
        if (isFinite(doc.tag(k)) && !(k > floor && RELATIVES.contains(doc.lemma(k - 1)))) {
          break; // a clause of its own, not an appositive
        }
      }
      if (nearest != null) {
        return nearest;
      }
    }
    if (depth < 2 && (participle && isClauseMark(doc.word(j)) || lemma.equals("and") || lemma.equals("but"))) {
      for (int k = j - 1; k >= floor; k--) {
        String t = doc.tag(k);
        if (!ignored.test(k) && (isFinite(t) || t.equals("VBN"))) {
          return subjectOf(doc, k, floor, ignored, depth + 1);
        }
      }
    }
    return null;
  }

  /** The noun phrase a relative pronoun at {@code pronoun} refers back to ("Hemming, who ..."). */
  public static Range antecedent(ParsedDocument doc, int pronoun, int floor) {
    int k = pronoun - 1;
    if (k >= floor && doc.tag(k).equals(",")) {
      k--;
    }
    return nounPhraseEndingAt(doc, k, floor);
  }

  /** The subject after an inverted cue: "said Smith", "said the minister". */
  public static Range subjectAfter(ParsedDocument doc, int verb, int ceiling) {
    return nounPhraseStartingAt(doc, verb + 1, ceiling);
  }
}
