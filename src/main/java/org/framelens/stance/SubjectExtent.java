package org.framelens.stance;

import java.util.Locale;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * How far a holder's phrase runs where the chunker cuts it short or long: a group with its named
 * members ("countries like Chile"), a quantity with its place ("many in the party"), and the phrase
 * a relative clause is about past a reduced passive's agent ("the report compiled by the agency,
 * which"). Stateless.
 */
final class SubjectExtent {

  /** Words that bring in the named members of a group: "countries like Chile", "donors including Japan". */
  private static final Set<String> EXAMPLE_LINKS = Set.of("like", "including");
  /** Pronouns of quantity that a place narrows: "many in the party", "not everyone in Japan". */
  private static final Set<String> QUANTIFIER_PRONOUNS = Set.of("everyone", "everybody", "many", "some", "most",
      "few", "nobody", "none", "all", "those", "others", "anyone");

  /** Verbs of going or gathering whose purpose a "to" infinitive after their places gives. */
  private static final Set<String> GOING = Set.of("rally", "march", "gather", "demonstrate", "protest", "assemble",
      "converge", "mass", "travel", "fly", "come", "go", "arrive", "meet", "return", "head", "take", "turn",
      "walk", "stream", "pour", "flock", "descend");

  private SubjectExtent() {}

  /**
   * "Other countries like Chile have balked": the members a group names hold with it, so the
   * subject runs to the end of its examples (only where the verb follows them).
   */
  static Range withExamples(ParsedDocument doc, Range subject, int verb) {
    int k = subject.end();
    int from;
    if (k + 1 < verb && EXAMPLE_LINKS.contains(lower(doc, k))) {
      from = k + 1;
    } else if (k + 2 < verb && lower(doc, k).equals("such") && lower(doc, k + 1).equals("as")) {
      from = k + 2;
    } else {
      return subject;
    }
    Range examples = Phrases.nounPhraseStartingAt(doc, from, verb);
    int end = examples == null ? -1 : examples.end();
    while (end > 0 && end + 1 < verb && (lower(doc, end).equals("and") || doc.word(end).equals(","))) {
      Range next = Phrases.nounPhraseStartingAt(doc, end + 1, verb);
      if (next == null) {
        break;
      }
      end = next.end();
    }
    int v = end;
    while (v >= 0 && v < verb && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("MD") || Subjects.AUXILIARY.contains(doc.lemma(v)))) {
      v++;
    }
    return end > 0 && v == verb && doc.tag(subject.end() - 1).startsWith("NN") ? new Range(subject.start(), end) : subject;
  }

  /** "many in the party oppose": the place names who the pronoun counts. */
  static Range quantifierIn(ParsedDocument doc, Range subject, int verb, int start) {
    int in = subject.start() - 1;
    if (in - 1 >= start && (lower(doc, in).equals("in") || lower(doc, in).equals("within"))
        && QUANTIFIER_PRONOUNS.contains(lower(doc, in - 1))) {
      return new Range(in - 1, subject.end()); // the chunker took the place alone
    }
    if (subject.length() != 1 || !QUANTIFIER_PRONOUNS.contains(lower(doc, subject.start()))) {
      return subject;
    }
    int k = subject.end();
    if (k + 1 >= verb || !(lower(doc, k).equals("in") || lower(doc, k).equals("within"))) {
      return subject;
    }
    Range place = Phrases.nounPhraseStartingAt(doc, k + 1, verb);
    return place == null ? subject : new Range(subject.start(), place.end());
  }

  /**
   * "the report compiled by the agency, which accuses": the agent of a reduced passive is not
   * what the relative clause after it is about; the phrase before the participle is.
   */
  static Range pastAgent(ParsedDocument doc, Range antecedent, int floor) {
    // without a comma the clause is the agent's: "the raids staged by groups that are determined to"
    if (antecedent == null || antecedent.end() >= doc.size() || !doc.word(antecedent.end()).equals(",") || antecedent.start() - 2 < floor || !doc.lemma(antecedent.start() - 1).equals("by")
        || !doc.tag(antecedent.start() - 2).equals("VBN")) {
      return antecedent;
    }
    Range head = Phrases.nounPhraseEndingAt(doc, antecedent.start() - 3, floor);
    return head == null ? antecedent : head;
  }

  /**
   * "The Bank of England said", "the Ministry of Foreign Affairs urged": the chunker walks back
   * over "of" as over "a spokesman for the ministry", but between two capitalised words "of" is
   * inside one name, and the holder is the whole name (only where the verb follows it). A person
   * "of" a place stays the person: "Ada Obi of Kenya said" is held by Ada Obi.
   */
  static Range wholeName(ParsedDocument doc, Range subject, int verb) {
    int end = subject.end();
    if (end < verb && doc.ner(end - 1).equals("PERSON")) {
      return subject;
    }
    while (end + 1 < verb && lower(doc, end).equals("of") && doc.tag(end - 1).startsWith("NNP")
        && doc.tag(end + 1).startsWith("NNP")) {
      Range rest = Phrases.nounPhraseStartingAt(doc, end + 1, verb);
      if (rest == null) {
        break;
      }
      end = rest.end();
      while (end - 1 > rest.start() && Phrases.isDay(doc.word(end - 1))) {
        end--; // "the Bank of Norland Tuesday said"
      }
    }
    if (end == subject.end()) {
      return subject;
    }
    int v = end;
    while (v < verb && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("MD") || Subjects.AUXILIARY.contains(doc.lemma(v))
        || Phrases.isDay(doc.word(v)))) {
      v++;
    }
    return v == verb ? new Range(subject.start(), end) : subject;
  }

  /**
   * "Farmers rallied in the capital on Sunday to demand": after a verb of going or gathering and
   * its places and times, the "to" infinitive is the purpose of those who went. Only through
   * prepositional phrases: "urged the farmers to" has an object, whose act it is. The verb, else -1.
   */
  static int purposeOf(ParsedDocument doc, int last, int floor) {
    int k = last;
    while (k > floor && doc.tag(k).startsWith("RB")) {
      k--;
    }
    for (int hop = 0; hop < 3; hop++) {
      Range np = Phrases.nounPhraseEndingAt(doc, k, floor);
      int in = np == null ? -1 : np.start() - 1;
      if (in - 1 < floor || !(doc.tag(in).equals("IN") || doc.tag(in).equals("TO"))) {
        return -1;
      }
      k = in - 1;
      while (k > floor && doc.tag(k).startsWith("RB")) {
        k--;
      }
      if (doc.tag(k).startsWith("VB")) {
        return GOING.contains(doc.lemma(k)) ? k : -1;
      }
    }
    return -1;
  }

  private static String lower(ParsedDocument doc, int i) {
    return doc.word(i).toLowerCase(Locale.ROOT);
  }
}
