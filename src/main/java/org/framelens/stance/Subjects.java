package org.framelens.stance;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * The subject of a stance verb where the shared chunker ({@link Phrases#subjectOf}, also used by
 * quote attribution) finds none or too little: a participle whose subject is the main clause's
 * ("Also pressing for calm, the mayor said", "the mayor spoke while praising the nurses"), a
 * quantity of people ("60 percent of those asked favour", "a majority of voters back"), the
 * subject of a gerund or an infinitive that is not the verb's ("thanked the donors for
 * supporting", "for the council to reject"), and who a subject names when it is a group
 * ("Kenyans", "the delegation", "those who"). Stateless.
 */
final class Subjects {

  /** Words that open an adverbial participle whose subject is the main clause's. */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("while", "by", "after", "before", "when");
  /** Heads that count people rather than name them: "60 percent of voters", "most of the delegates". */
  private static final Set<String> QUANTITIES = Set.of("percent", "per", "%", "majority", "minority", "half",
      "third", "quarter", "most", "many", "some", "number", "bulk", "share", "proportion", "plurality", "all",
      "none", "few", "several", "dozens", "hundreds", "thousands", "millions");
  /** Nouns for a body of people that the animate-noun list lacks: "the delegation demanded". */
  private static final Set<String> COLLECTIVES = Set.of("delegation", "team", "management", "public", "electorate",
      "community", "majority", "minority", "camp", "bloc", "panel", "board", "leadership", "opposition", "side",
      "population", "crowd", "staff", "jury", "audience", "lobby", "mission", "contingent", "circle", "body");
  /** Pronouns a relative clause can hang on: "those who", "many who". */
  private static final Set<String> PRONOMINAL_HEADS = Set.of("those", "many", "some", "all", "others", "few");

  /** Verbs of blame and praise whose object the gerund after "of" or "for" is said of: "accused X of backing". */
  private static final Set<String> ACCUSING = Set.of("accuse", "suspect", "blame", "criticize", "criticise",
      "condemn", "fault", "praise", "thank", "commend", "congratulate", "credit", "applaud", "hail", "laud",
      "rebuke", "attack", "slam", "denounce", "chide", "scold", "reproach");
  static final Set<String> AUXILIARY = Set.of("be", "have", "do");
  /** Verbs of a reporting aside between subject and verb: "The firm, she said, seeks". */
  private static final Set<String> ASIDE_VERBS = Set.of("say", "add", "note", "claim", "argue", "report", "believe",
      "write", "insist", "explain");
  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
  /** What may stand before a sentence's first noun phrase: a dateline's dash or colon. */
  private static final Set<String> DATELINE_MARKS = Set.of("-", "--", "—", "–", ":");

  private Subjects() {}

  /**
   * The subject of {@code verb}: the chunker's, else the main clause's for a participle; a
   * quantity is widened to what it counts ("60 percent" to "60 percent of those asked").
   */
  static Range of(ParsedDocument doc, int verb, int sentenceStart, IntPredicate ignored) {
    Range subject = Phrases.subjectOf(doc, verb, sentenceStart, ignored);
    Range trailing = SubjectAcross.trailingParticiple(doc, verb, sentenceStart, ignored, subject);
    subject = trailing != null ? trailing : subject;
    if (subject != null && subject.length() == 1 && REFLEXIVES.contains(lower(doc, subject.start()))
        && subject.start() - 1 >= sentenceStart) {
      subject = Phrases.nounPhraseEndingAt(doc, subject.start() - 1, sentenceStart); // "the state itself planned"
    }
    if (subject == null) {
      subject = SubjectAcross.beforeDashes(doc, verb, sentenceStart);
    }
    if (subject == null) {
      subject = pastAside(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = frontedParticiple(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = adverbialParticiple(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = countedPeople(doc, verb, sentenceStart);
    }
    if (subject == null) {
      subject = afterModal(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = beforeAside(doc, verb, sentenceStart);
    }
    if (subject == null) {
      subject = beforeParticiple(doc, verb, sentenceStart);
    }
    if (subject == null) {
      subject = SubjectAcross.sharedWithVerbBefore(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = SubjectAcross.acrossAside(doc, verb, sentenceStart, ignored);
    }
    if (subject == null) {
      subject = SubjectAcross.inverted(doc, verb, sentenceStart);
    }
    if (subject != null) {
      subject = SubjectExtent.withExamples(doc, subject, verb);
    }
    if (subject != null) {
      subject = SubjectExtent.quantifierIn(doc, subject, verb, sentenceStart);
      subject = SubjectExtent.wholeName(doc, subject, verb);
    }
    return subject == null ? null : partitive(doc, namedAfter(doc, pastWhose(doc, subject, verb, sentenceStart), verb), verb);
  }

  /**
   * "The committee, whose members are judges, criticized": once the "whose" clause has closed with
   * its comma, the verb after it is the phrase before "whose"'s, not the members'.
   */
  private static Range pastWhose(ParsedDocument doc, Range subject, int verb, int start) {
    int whose = subject.start() - 1;
    if (whose - 2 < start || !doc.tag(whose).equals("WP$") || !doc.word(whose - 1).equals(",")) {
      return subject;
    }
    for (int k = subject.end(); k < verb; k++) {
      if (doc.word(k).equals(",")) {
        Range before = Phrases.nounPhraseEndingAt(doc, whose - 2, start);
        return before == null ? subject : before;
      }
    }
    return subject; // "The committee, whose members criticized the law": the members' own verb
  }

  /**
   * "The party chairman, Senator Ada Obi, had urged": the person named in an appositive
   * between the subject and its verb is the holder the text names.
   */
  private static Range namedAfter(ParsedDocument doc, Range subject, int verb) {
    int k = subject.end();
    if (k + 2 >= verb || !doc.word(k).equals(",")) {
      return subject;
    }
    int close = beforeVerbGroup(doc, verb, k + 1);
    if (!doc.word(close).equals(",") || close - k < 2) {
      return subject;
    }
    Range name = Phrases.nounPhraseStartingAt(doc, k + 1, close);
    return name != null && name.end() == close && doc.ner(close - 1).equals("PERSON") ? name : subject;
  }

  /** The noun phrase a relative pronoun refers back to, or the pronoun before it ("those who"). */
  static Range antecedent(ParsedDocument doc, int pronoun, int floor) {
    int open = bracketOpening(doc, pronoun - 1, floor);
    if (open > floor) {
      return bracketed(doc, Phrases.nounPhraseEndingAt(doc, open - 1, floor), open, pronoun - 1);
    }
    Range np = Phrases.antecedent(doc, pronoun, floor);
    if (np == null && pronoun - 1 >= floor && PRONOMINAL_HEADS.contains(lower(doc, pronoun - 1))) {
      return new Range(pronoun - 1, pronoun);
    }
    return np;
  }

  /**
   * "The panel (set up in May) called for", "the minister [Ana Lopes] welcomed", "Beijing has
   * long refused": the subject before a bracket or an adverbial "long" the chunker stops at. A
   * person named in the bracket is who holds ("the premier (Jan Vos)").
   */
  private static Range pastAside(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    int k = beforeVerbGroup(doc, verb, start);
    if (k > start && doc.lemma(k).equals("long") && doc.tag(k).startsWith("JJ")) {
      return Phrases.subjectOf(doc, k, start, ignored);
    }
    int open = bracketOpening(doc, k, start);
    if (open <= start || doc.tag(open - 1).equals("POS")) {
      return null; // "the Agency's (TA) top list": a possessive before the bracket owns a noun after it
    }
    Range before = Phrases.subjectOf(doc, open, start, ignored);
    return before == null || Phrases.isRelativePronoun(doc, before) ? before : bracketed(doc, before, open, k);
  }

  /** The opening bracket of a bracket closing at {@code close}, or -1. */
  private static int bracketOpening(ParsedDocument doc, int close, int floor) {
    if (close < floor || !doc.tag(close).equals("-RRB-")) {
      return -1;
    }
    for (int i = close - 1; i >= floor && i >= close - 12; i--) {
      if (doc.tag(i).equals("-LRB-")) {
        return i;
      }
    }
    return -1;
  }

  /** The phrase before a bracket, or the person the bracket names: "the premier (Jan Vos)". */
  private static Range bracketed(ParsedDocument doc, Range before, int open, int close) {
    for (int i = open + 1; i < close; i++) {
      if (!doc.ner(i).equals("PERSON")) {
        return before;
      }
    }
    return close - open > 1 ? new Range(open + 1, close) : before;
  }

  /**
   * "Also pressing for calm, the mayor said ...", "After touring the camps, the envoy praised":
   * a participle opening the sentence has the subject of the clause after its comma.
   */
  private static Range frontedParticiple(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    if (!doc.tag(verb).equals("VBG") && !doc.tag(verb).equals("VBN")) {
      return null;
    }
    for (int k = start; k < verb; k++) {
      if (!(doc.tag(k).startsWith("RB") || PARTICIPLE_OPENERS.contains(lower(doc, k)) || doc.tag(k).equals("``"))) {
        return null;
      }
    }
    int end = doc.sentenceEnd(doc.sentenceOf(verb));
    int comma = verb + 1;
    while (comma < end && !(doc.word(comma).equals(",") && !ignored.test(comma))) {
      comma++;
    }
    Range np = Phrases.nounPhraseStartingAt(doc, comma + 1, end);
    if (np == null) {
      return null;
    }
    int k = np.end();
    while (k < end && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("MD"))) {
      k++;
    }
    return k < end && doc.tag(k).startsWith("VB") && !doc.tag(k).equals("VBG") ? np : null;
  }

  /** "The mayor spoke at length while praising the nurses": the subject of the clause the participle hangs on. */
  private static Range adverbialParticiple(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    if (!doc.tag(verb).equals("VBG")) {
      return null;
    }
    int k = verb - 1;
    while (k >= start && doc.tag(k).startsWith("RB")) {
      k--;
    }
    if (k <= start || !PARTICIPLE_OPENERS.contains(lower(doc, k))) {
      return null;
    }
    for (int v = k - 1; v >= start; v--) {
      String tag = doc.tag(v);
      if (!ignored.test(v) && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
        Range subject = Phrases.subjectOf(doc, v, start, ignored);
        // "it helps to train before seeking office": a dummy "it" seeks nothing
        boolean dummy = subject != null && subject.length() == 1 && doc.lemma(subject.start()).equals("it")
            && (doc.lemma(v).equals("be") || v + 1 < doc.size() && Set.of("to", "that").contains(doc.lemma(v + 1)));
        return dummy ? null : subject;
      }
    }
    return null;
  }

  /** The token before a verb's adverbs, modals and auxiliaries ("has repeatedly been"), start - 1 at most. */
  static int beforeVerbGroup(ParsedDocument doc, int verb, int start) {
    int k = verb - 1;
    while (k >= start && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("MD") || AUXILIARY.contains(doc.lemma(k)))) {
      k--;
    }
    return k;
  }

  /** "The bloc will study the plan and is ready to": a verb after "and" shares the subject of a modal's clause. */
  private static Range afterModal(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    int k = beforeVerbGroup(doc, verb, start);
    if (k <= start || !(doc.lemma(k).equals("and") || doc.lemma(k).equals("but"))) {
      return null;
    }
    for (int v = k - 1; v >= start; v--) {
      if (!ignored.test(v) && doc.tag(v).equals("MD")) {
        return Phrases.subjectOf(doc, v, start, ignored);
      }
    }
    return null;
  }


  /** "The firm, she said, will also seek": the subject stands before a reporting aside. */
  private static Range beforeAside(ParsedDocument doc, int verb, int start) {
    int k = beforeVerbGroup(doc, verb, start);
    if (k <= start || !doc.word(k).equals(",")) {
      return null;
    }
    int open = k - 1;
    while (open > start && !doc.word(open).equals(",") && k - open <= 5) {
      open--;
    }
    if (open <= start || !doc.word(open).equals(",")) {
      return null;
    }
    boolean reporting = false;
    for (int i = open + 1; i < k; i++) {
      reporting |= doc.tag(i).startsWith("VB") && ASIDE_VERBS.contains(doc.lemma(i));
    }
    return reporting ? Phrases.nounPhraseEndingAt(doc, open - 1, start) : null;
  }

  /**
   * "The ministry, condemning the closure, said": a participle right after the sentence's
   * opening noun phrase and a comma is that phrase's.
   */
  private static Range beforeParticiple(ParsedDocument doc, int verb, int start) {
    if (!doc.tag(verb).equals("VBG") || verb - 2 < start || !doc.word(verb - 1).equals(",")) {
      return null;
    }
    Range np = Phrases.nounPhraseEndingAt(doc, verb - 2, start);
    if (np == null) {
      return null;
    }
    int before = np.start() - 1;
    boolean opening = before < start || DATELINE_MARKS.contains(doc.word(before));
    return opening ? np : null;
  }

  /** "40 percent of those surveyed favour": a quantity of people picked out by a participle. */
  private static Range countedPeople(ParsedDocument doc, int verb, int start) {
    int k = verb - 1;
    while (k >= start && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("MD"))) {
      k--;
    }
    if (k - 1 < start || !doc.tag(k).equals("VBN") || !lower(doc, k - 1).equals("those")) {
      return null;
    }
    int from = k - 1;
    if (from - 2 >= start && lower(doc, from - 1).equals("of")) {
      Range quantity = Phrases.nounPhraseEndingAt(doc, from - 2, start);
      if (quantity == null && QUANTITIES.contains(lower(doc, from - 2))) {
        quantity = new Range(from - 2, from - 1); // "most of those asked"
      }
      if (quantity != null && QUANTITIES.contains(lower(doc, quantity.end() - 1))) {
        from = quantity.start();
      }
    }
    return new Range(from, k + 1);
  }

  /**
   * "accused Oslo of backing the rebels", "thanked the donors for supporting the clinic": the
   * object of a verb of blame or praise is who the gerund after "of" or "for" is said of (after a
   * passive, see {@link #passiveAccusing}); null when the gerund follows no such object.
   */
  static Range accusedOf(ParsedDocument doc, int head, int floor) {
    if (!doc.tag(head).equals("VBG")) {
      return null;
    }
    int j = head - 1;
    while (j >= floor && doc.tag(j).startsWith("RB")) {
      j--;
    }
    if (j - 1 < floor || !(doc.lemma(j).equals("of") || doc.lemma(j).equals("for"))) {
      return null;
    }
    Range object = Phrases.nounPhraseEndingAt(doc, j - 1, floor);
    int v = object == null ? -1 : object.start() - 1;
    return v >= floor && doc.tag(v).startsWith("VB") && ACCUSING.contains(doc.lemma(v)) ? object : null;
  }

  /** "was accused of backing", "were praised (by unions) for opposing": the passive verb, whose subject the gerund is said of; else {@code head}. */
  static int passiveAccusing(ParsedDocument doc, int head, int floor) {
    if (!doc.tag(head).equals("VBG")) {
      return head;
    }
    int j = head - 1;
    while (j >= floor && doc.tag(j).startsWith("RB")) {
      j--;
    }
    if (j - 1 < floor || !(doc.lemma(j).equals("of") || doc.lemma(j).equals("for"))) {
      return head;
    }
    int v = j - 1;
    Range agent = doc.tag(v).equals("VBN") ? null : Phrases.nounPhraseEndingAt(doc, v, floor);
    if (agent != null && agent.start() - 2 >= floor && doc.tag(agent.start() - 1).equals("IN")) {
      v = agent.start() - 2; // "was praised by unions for backing": the gerund is still the subject's
    }
    return doc.tag(v).equals("VBN") && ACCUSING.contains(doc.lemma(v)) && Holders.passive(doc, v, floor) ? v : head;
  }

  /** "for the council to reject the plan": the phrase after "for" is the infinitive's subject; else null. */
  static Range forSubject(ParsedDocument doc, int verb, int floor) {
    int to = verb - 1;
    while (to >= floor && doc.tag(to).startsWith("RB")) {
      to--;
    }
    if (to - 2 < floor || !doc.lemma(to).equals("to")) {
      return null;
    }
    Range subject = Phrases.nounPhraseEndingAt(doc, to - 1, floor);
    return subject != null && subject.end() == to && subject.start() - 1 >= floor
        && doc.lemma(subject.start() - 1).equals("for") ? subject : null;
  }

  /** "60 percent" before "of voters" widens to "60 percent of voters": the count of people holds. */
  private static Range partitive(ParsedDocument doc, Range subject, int verb) {
    int k = subject.end();
    boolean number = subject.length() == 1 && doc.tag(k - 1).equals("CD"); // "Two of the senators oppose"
    if (k + 1 >= verb || !(number || QUANTITIES.contains(lower(doc, k - 1))) || !lower(doc, k).equals("of")) {
      return subject;
    }
    Range counted = Phrases.nounPhraseStartingAt(doc, k + 1, verb);
    return counted == null ? subject : new Range(subject.start(), counted.end());
  }

  /**
   * Whether a subject names people though no actor and no animate noun does: a plural proper noun
   * ("Kenyans", "Democrats"), a body of people ("the delegation"), "those" with a participle
   * ("those polled") or before a relative clause ("those who").
   */
  static boolean people(ParsedDocument doc, Range subject) {
    int head = subject.end() - 1;
    String tag = doc.tag(head);
    if (subject.length() == 1 && PRONOMINAL_HEADS.contains(lower(doc, head))) {
      return true;
    }
    if (tag.equals("VBN") && lower(doc, head - 1).equals("those")) {
      return true;
    }
    return tag.equals("NNPS") || tag.startsWith("NN") && COLLECTIVES.contains(doc.lemma(head).toLowerCase(Locale.ROOT));
  }

  private static String lower(ParsedDocument doc, int i) {
    return doc.word(i).toLowerCase(Locale.ROOT);
  }
}
