package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * The noun phrase a target starts with, read where the tagger's phrase falls short: across quote
 * marks ('the "routine" detention'), an adverb before an adjective ("the purely voluntary code"),
 * words between an article and its noun ("the failed attempt", "a just peace") and coordinated
 * adjectives ("free and fair elections"). Stateless.
 */
final class NounPhrases {

  private NounPhrases() {}

  /**
   * The noun phrase at {@code k} read across quote marks inside it ('the "routine" detention of reporters',
   * 'its "nuclear option"'), where the tagger's phrase stops at the first of them; {@code np}
   * itself otherwise.
   */
  static Range acrossQuoteMarks(ParsedDocument doc, int k, Range np, int sentenceEnd) {
    int j = np == null ? k : np.end();
    while (np == null && j < sentenceEnd && IN_PHRASE.matcher(doc.tag(j)).matches()) {
      j++; // "the" before a quote mark is no phrase of its own
    }
    if (j == k || j >= sentenceEnd || !Targets.isQuoteMark(doc, j)) {
      return np;
    }
    j = k;
    int lastNoun = -1;
    boolean opened = false;
    while (j < sentenceEnd) {
      // a closing mark only after an opening one inside the phrase: in `would "not accept the new
      // quotas" this year` the quote ends with the phrase, which does not run on into "this year"
      boolean crossable = doc.tag(j).equals("``") || doc.tag(j).equals("''") && opened;
      if (Targets.isQuoteMark(doc, j) && crossable && j > k && j + 1 < sentenceEnd && IN_PHRASE.matcher(doc.tag(j + 1)).matches()) {
        opened = doc.tag(j).equals("``");
        j++;
        continue;
      }
      if (!IN_PHRASE.matcher(doc.tag(j)).matches()) {
        break;
      }
      if (doc.tag(j).startsWith("NN") || doc.tag(j).equals("CD")) {
        lastNoun = j;
      }
      j++;
    }
    return lastNoun < 0 ? np : new Range(k, lastNoun + 1);
  }

  /**
   * The noun phrase at {@code k} where an adverb inside it modifies an adjective or participle
   * ("the purely voluntary nature of the code", "a newly elected mayor"), where the tagger's phrase
   * stops at the adverb; null when none starts there.
   */
  static Range acrossAdverb(ParsedDocument doc, int k, int sentenceEnd) {
    int j = k;
    while (j < sentenceEnd && (doc.tag(j).equals("DT") || doc.tag(j).equals("PRP$") || doc.tag(j).startsWith("JJ"))) {
      j++;
    }
    if (j + 2 >= sentenceEnd || !doc.tag(j).equals("RB") || !(doc.tag(j + 1).startsWith("JJ") || doc.tag(j + 1).equals("VBN"))
        || NOT_IN_PHRASE.contains(doc.lemma(j))) {
      return null;
    }
    int m = doc.tag(j + 1).equals("VBN") ? j + 2 : j + 1;
    Range rest = Phrases.nounPhraseStartingAt(doc, m, sentenceEnd);
    return rest == null || doc.tag(rest.start()).equals("PRP") ? null : new Range(k, rest.end());
  }

  /** The noun phrase at {@code k}, read across an adverb inside it; null if none. */
  static Range phrase(ParsedDocument doc, int k, int sentenceEnd) {
    if (k + 1 < sentenceEnd && doc.tag(k).equals("VBN") && doc.tag(k + 1).matches("NN.*|JJ.*")) {
      Range rest = phrase(doc, k + 1, sentenceEnd); // "for trying suspected rebels", "jailed reporters"
      return rest == null || doc.tag(rest.start()).equals("PRP") ? null : new Range(k, rest.end());
    }
    Range np = coordinatedAdjectives(doc, k, sentenceEnd);
    if (np == null) {
      np = Phrases.nounPhraseStartingAt(doc, k, sentenceEnd);
    }
    if (np == null) {
      np = afterArticle(doc, k, sentenceEnd);
    }
    return acrossQuoteMarks(doc, k, np != null ? np : acrossAdverb(doc, k, sentenceEnd), sentenceEnd);
  }

  /**
   * "sought a just peace", "seeks a mimic resolution": between an article and a noun no adverb or
   * bare verb can stand, so a word the tagger read as one there is the phrase's adjective; null
   * when no such phrase starts at {@code k}.
   */
  private static Range afterArticle(ParsedDocument doc, int k, int sentenceEnd) {
    if (k + 2 >= sentenceEnd || !Set.of("a", "an", "the").contains(doc.lemma(k)) || doc.lemma(k + 1).equals("not")) {
      return null;
    }
    int j = k + 1;
    if (Set.of("VB", "VBP").contains(doc.tag(j))) {
      j++; // "a mimic resolution": a bare verb only right after the article
    }
    // "the failed attempt", "the main polluting firms", "a more realistic attitude", "rapid and decisive action"
    while (j < sentenceEnd && j < k + 6 && (MODIFIER.matcher(doc.tag(j)).matches()
        || Targets.isAndOr(doc, j) && j > k + 1 && doc.tag(j - 1).startsWith("JJ") && j + 1 < sentenceEnd && doc.tag(j + 1).startsWith("JJ"))) {
      j++;
    }
    if (j == k + 1) {
      return null;
    }
    Range rest = Phrases.nounPhraseStartingAt(doc, j, sentenceEnd);
    return rest == null || !doc.tag(rest.start()).startsWith("NN") || rest.start() != j ? null : new Range(k, rest.end());
  }

  /** Words that can stand between an article and its noun: adjectives, participles, adverbs of degree. */
  private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile("JJ.*|RB|RBR|RBS|VBG|VBN");

  /** "rapid and decisive action", "free and fair elections": adjectives coordinated before their noun; null otherwise. */
  private static Range coordinatedAdjectives(ParsedDocument doc, int k, int sentenceEnd) {
    int j = k;
    boolean joined = false;
    while (j + 2 < sentenceEnd && doc.tag(j).startsWith("JJ") && (Targets.isAndOr(doc, j + 1) || doc.word(j + 1).equals(","))
        && doc.tag(j + 2).startsWith("JJ")) {
      j += 2;
      joined = true;
    }
    if (!joined) {
      return null;
    }
    Range rest = Phrases.nounPhraseStartingAt(doc, j, sentenceEnd);
    return rest == null || rest.start() != j || doc.tag(rest.start()).equals("PRP") ? null : new Range(k, rest.end());
  }

  /** Adverbs that do not sit inside a noun phrase: "not", "also", "only" modify the clause. */
  private static final Set<String> NOT_IN_PHRASE = Set.of("not", "also", "only", "even", "just", "too", "so", "as");

  /** Tags inside a noun phrase (as {@code Phrases} reads them). */
  private static final java.util.regex.Pattern IN_PHRASE = java.util.regex.Pattern.compile(
      "NN.*|JJ.*|DT|PRP\\$|POS|CD|HYPH|PDT");
}
