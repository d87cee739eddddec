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
  private static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "before", "as", "if",
      "though", "although", "because", "since", "once", "until", "whether", "where");
  private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whom");

  private Phrases() {}

  /** A token range [start, end). */
  public record Range(int start, int end) {
    public int length() {
      return end - start;
    }
  }

  public static boolean isNounish(String tag) {
    return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD") || tag.equals("ADD");
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
    if (!tag.startsWith("NN") && !tag.equals("CD") && !tag.equals("ADD")) {
      return null;
    }
    int start = last;
    while (start - 1 >= floor && inNounPhrase(doc.tag(start - 1)) && !isGroupDeterminer(doc, start)) {
      start--;
    }
    if (start - 1 >= floor && !isGroupDeterminer(doc, start) && isGroupDeterminer(doc, start - 1)) {
      start--; // "both nations": the tagger reads "both" as a conjunction
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
    if (tag.equals("PRP") || tag.startsWith("NN") || tag.equals("CD") || tag.equals("ADD")) {
      Range np = nounPhraseEndingAt(doc, j, floor);
      if (np == null || depth >= 3) {
        return np;
      }
      Range dated = doc.tag(verb).equals("VBG") ? null : withoutDate(doc, np);
      if (dated != null) {
        np = dated; // "Portugal Tuesday welcomed", "the ministry last week urged": wire style puts the day after the subject
      }
      // "A spokesman for the ministry said", "An aide speaking to local radio said", "People
      // close to the mayor said", "Okafor during a Monday briefing thanked": the subject is before
      // the prepositional phrase; a time expression is never the subject
      Range subject = np;
      while (subject != null && (isTemporal(doc, subject) || precededByPreposition(doc, subject, floor))) {
        int k = subject.start() - 1;
        if (k >= floor && isPreposition(doc, k)) {
          k--;
        }
        while (k >= floor && (doc.tag(k).equals("VBG") || doc.tag(k).equals("VBN") || doc.tag(k).startsWith("JJ")
            || doc.tag(k).startsWith("RB"))) {
          k--; // the head of a reduced relative: "speaking to", "familiar with", "close to"
        }
        if (k < floor || isClauseMark(doc.word(k)) || doc.tag(k).equals("``")) {
          subject = null;
          break;
        }
        if (isFinite(doc.tag(k)) || doc.tag(k).equals("VBN")) {
          // "Lund wrote in a letter to the board explaining": a participle of that verb
          return doc.tag(verb).equals("VBG") ? subjectOf(doc, k, floor, ignored, depth + 1) : null;
        }
        Range before = nounPhraseEndingAt(doc, k, floor);
        if (before == null) {
          Range further = subjectOf(doc, k + 1, floor, ignored, depth + 1);
          return further != null ? further : isTemporal(doc, np) ? null : np;
        }
        subject = before;
      }
      if (subject == null) {
        return isTemporal(doc, np) ? null : np;
      }
      return subject;
    }
    if (tag.equals("DT") && PRONOMINAL_DETERMINERS.contains(lemma)) {
      return new Range(j, j + 1); // "Some objected", "Others said"
    }
    boolean participle = !auxiliary && (doc.tag(verb).equals("VBG") || doc.tag(verb).equals("VBN"));
    if (isClauseMark(doc.word(j))) {
      Range beforeCommas = subjectBeforeCommas(doc, j, floor, ignored);
      if (beforeCommas != null) {
        return beforeCommas;
      }
    }
    if (depth < 3 && participle && isClauseMark(doc.word(j))) {
      // "Both ministers criticized ..., advocating": the participle shares the main clause's subject
      for (int k = floor; k < j; k++) {
        String t = doc.tag(k);
        if (!ignored.test(k) && (isFinite(t) || t.equals("VBN") && k > floor && AUXILIARIES.contains(doc.lemma(k - 1)))) {
          Range main = subjectOf(doc, k, floor, ignored, depth + 1);
          if (main != null) {
            return main;
          }
        }
      }
    }
    if (depth < 3 && (lemma.equals("and") || lemma.equals("but"))) {
      for (int k = j - 1; k >= floor; k--) {
        String t = doc.tag(k);
        if (!ignored.test(k) && (isFinite(t) || t.equals("VBN"))) {
          return subjectOf(doc, k, floor, ignored, depth + 1);
        }
      }
    }
    return null;
  }

  /**
   * "Smith, a spokesman for the ministry, said" / "Smith, who joined last month, said" / "Novak,
   * a baker from Dover, Delaware, says" / "Ortiz, when asked about the delay, responded":
   * the subject stands before a stretch set off by commas; a person there wins over a nearer noun.
   */
  private static Range subjectBeforeCommas(ParsedDocument doc, int mark, int floor, IntPredicate ignored) {
    Range nearest = null;
    boolean clauseSeen = false;
    for (int k = mark - 1; k >= Math.max(floor, mark - 40); k--) {
      if (ignored.test(k)) {
        continue;
      }
      if (isClauseMark(doc.word(k))) {
        Range head = nounPhraseEndingAt(doc, k - 1, floor);
        // a person before the commas wins even across relative clauses: "Ada Lind, who
        // moved here ..., opened a bakery and joined the council in 2019, said"
        if (head != null && (doc.ner(head.end() - 1).equals("PERSON") || doc.tag(head.end() - 1).equals("PRP"))) {
          return head;
        }
        // "The company's chief executive, Paul Reyes, said": the name set off by commas
        if (!clauseSeen && k + 1 < mark && isPersonName(doc, k + 1, mark)) {
          return new Range(k + 1, mark);
        }
        if (nearest == null && !clauseSeen) {
          nearest = head != null ? head : nounPhraseStartingAt(doc, k + 1, mark);
        }
      } else if (isFinite(doc.tag(k)) && !clauseSeen) {
        int p = k - 1;
        while (p >= floor && !isClauseMark(doc.word(p))) {
          p--;
        }
        boolean relative = k > floor && RELATIVES.contains(doc.lemma(k - 1));
        boolean parenthetical = relative || p >= floor && p + 1 < k
            && (SUBORDINATORS.contains(doc.lemma(p + 1)) || RELATIVES.contains(doc.lemma(p + 1)));
        if (!parenthetical) {
          clauseSeen = true; // a clause of its own: only a person before a comma can still be the subject
        } else {
          k = p + 1;
        }
      }
    }
    return nearest;
  }

  private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
      "day", "morning", "afternoon", "evening", "night", "weekend", "time", "point", "moment", "ago", "hour",
      "minute", "decade", "spring", "summer", "autumn", "fall", "winter", "earlier", "later", "interview",
      "statement", "speech", "rally", "event", "conference", "briefing", "email", "letter", "post", "tweet");

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight");

  /** A day word that wire style puts between a subject and its verb: "Lisbon Tuesday rejected", "promised Monday to". */
  public static boolean isDay(String word) {
    return DAYS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
  private static final Set<String> PERIODS = Set.of("week", "month", "year", "weekend");
  private static final Set<String> PERIOD_MODIFIERS = Set.of("last", "this", "next", "earlier", "late", "early");

  /**
   * A noun phrase that ends in a day ("Portugal Tuesday", "the minister last week") without it, or
   * null where nothing but the date is left or the phrase has no date at its end.
   */
  private static Range withoutDate(ParsedDocument doc, Range np) {
    int e = np.end();
    int last = e - 1;
    if (isDay(doc.lemma(last)) && !doc.ner(last).equals("PERSON")) {
      e = last;
    } else if (PERIODS.contains(doc.lemma(last)) && last - 1 > np.start()
        && PERIOD_MODIFIERS.contains(doc.lemma(last - 1).toLowerCase(java.util.Locale.ROOT))) {
      e = last - 1;
    } else {
      return null;
    }
    if (e <= np.start()) {
      return null;
    }
    String tag = doc.tag(e - 1);
    if (!(tag.startsWith("NN") || tag.equals("PRP")) || TEMPORAL.contains(doc.lemma(e - 1).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    return nounPhraseEndingAt(doc, e - 1, np.start());
  }

  private static boolean isTemporal(ParsedDocument doc, Range np) {
    int last = np.end() - 1;
    return TEMPORAL.contains(doc.lemma(last)) && !doc.ner(last).equals("PERSON")
        && !doc.tag(last).equals("PRP");
  }


  private static boolean isGroupDeterminer(ParsedDocument doc, int i) {
    String lemma = doc.lemma(i);
    return lemma.equals("both") || lemma.equals("all") && !doc.tag(i).startsWith("NN");
  }

  private static boolean isPreposition(ParsedDocument doc, int i) {
    return doc.tag(i).equals("IN") && !SUBORDINATORS.contains(doc.lemma(i)) && !doc.lemma(i).equals("that")
        || doc.tag(i).equals("TO");
  }

  private static boolean precededByPreposition(ParsedDocument doc, Range np, int floor) {
    return np.start() - 1 >= floor && isPreposition(doc, np.start() - 1);
  }

  private static boolean isPersonName(ParsedDocument doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!doc.ner(i).equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a subject is a relative pronoun ("who", "that", "which"), standing for its antecedent. */
  public static boolean isRelativePronoun(ParsedDocument doc, Range r) {
    return r.length() == 1 && RELATIVES.contains(doc.lemma(r.start()));
  }

  /** The noun phrase a relative pronoun at {@code pronoun} refers back to ("Reyes, who ..."). */
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
