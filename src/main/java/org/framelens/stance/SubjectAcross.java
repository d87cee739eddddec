package org.framelens.stance;

import java.util.Set;
import java.util.function.IntPredicate;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Subjects {@link Subjects} finds across something between them and their verb: a coordination
 * ("met the envoy and praised"), a clause a participle trails ("halted, fearing"), an aside after
 * an auxiliary ("has, through quiet channels, urged") or between dashes. Stateless.
 */
final class SubjectAcross {

  /** Dashes that open and close an aside. */
  private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

  private SubjectAcross() {}

  /**
   * "The council met the envoy and praised the plan", "has distorted the facts and accused":
   * a finite verb right after "and" or "but" shares the subject of the finite verb before it.
   */
  static Range sharedWithVerbBefore(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    String tag = doc.tag(verb);
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN"))) {
      return null;
    }
    int k = Subjects.beforeVerbGroup(doc, verb, start);
    if (k <= start || !(doc.lemma(k).equals("and") || doc.lemma(k).equals("but"))) {
      return null;
    }
    for (int v = k - 1; v >= start; v--) {
      String t = doc.tag(v);
      if (!ignored.test(v) && (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD"))) {
        return Phrases.subjectOf(doc, v, start, ignored);
      }
    }
    return null;
  }

  /**
   * "The column halted at the bridge, fearing an ambush": a participle after a comma that ends a
   * clause has that clause's subject.
   */
  static Range trailingParticiple(ParsedDocument doc, int verb, int start, IntPredicate ignored, Range found) {
    if (!doc.tag(verb).equals("VBG")) {
      return null;
    }
    int k = verb - 1;
    while (k >= start && doc.tag(k).startsWith("RB")) {
      k--;
    }
    if (k <= start || !doc.word(k).equals(",")) {
      return null;
    }
    for (int v = k - 1; v >= start; v--) {
      String t = doc.tag(v);
      if (!ignored.test(v) && (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP"))) {
        // "carried an article by Ana Berg, a lawyer, rejecting": a phrase after the clause's verb is the participle's own
        return found != null && found.start() > v ? null : Phrases.subjectOf(doc, v, start, ignored);
      }
    }
    return null;
  }

  /**
   * "The ministry has repeatedly, through diplomatic channels, urged", "had on several occasions
   * rebuffed": a participle whose auxiliary stands before an aside has the auxiliary's subject.
   */
  static Range acrossAside(ParsedDocument doc, int verb, int start, IntPredicate ignored) {
    boolean gerund = doc.tag(verb).equals("VBG");
    if (!doc.tag(verb).equals("VBN") && !gerund && !doc.tag(verb).equals("VBD")
        || verb - 1 < start || doc.tag(verb - 1).equals("IN") || doc.tag(verb - 1).equals("TO")) {
      return null; // "honest about championing": a gerund after a preposition is no verb of the clause
    }
    for (int k = verb - 1; k >= start && k >= verb - 12; k--) {
      String t = doc.tag(k);
      if (ignored.test(k)) {
        return null;
      }
      if (gerund ? t.startsWith("VB") && doc.lemma(k).equals("be")
          : t.equals("MD") || t.startsWith("VB") && Subjects.AUXILIARY.contains(doc.lemma(k)) && !doc.lemma(k).equals("do")) {
        return k < verb - 2 ? Phrases.subjectOf(doc, k, start, ignored) : null;
      }
      if (t.startsWith("VB") || t.startsWith("W") || t.equals(".") || t.equals(":") || doc.lemma(k).equals("that")) {
        return null;
      }
    }
    return null;
  }

  /** "The head of the unit - a veteran of two wars - refuses": the subject before a dashed aside. */
  static Range beforeDashes(ParsedDocument doc, int verb, int start) {
    int k = Subjects.beforeVerbGroup(doc, verb, start);
    if (k <= start || !DASHES.contains(doc.word(k))) {
      return null;
    }
    int open = k - 1;
    while (open > start && !DASHES.contains(doc.word(open)) && k - open <= 12) {
      open--;
    }
    if (open <= start || !DASHES.contains(doc.word(open))) {
      return null;
    }
    Range np = Phrases.nounPhraseEndingAt(doc, open - 1, start);
    if (np == null) {
      return null;
    }
    Range head = np;
    while (head.start() - 2 >= start && doc.lemma(head.start() - 1).equals("of")) {
      Range before = Phrases.nounPhraseEndingAt(doc, head.start() - 2, start); // "the commander of the brigade"
      if (before == null) {
        break;
      }
      head = before;
    }
    int last = head.end() - 1;
    // a person heads the phrase ("the commander of the brigade"), else the whole ("the government of Chile")
    return Animacy.animate(doc.word(last), doc.lemma(last)) ? head : new Range(head.start(), np.end());
  }

  /**
   * "The levees will fail, warned engineers of the agency": a verb of warning after the content it
   * fronts has its subject after it, as wire style inverts "said". The phrase after the verb; else null.
   */
  static Range inverted(ParsedDocument doc, int verb, int start) {
    int comma = verb - 1;
    if (comma > start && Targets.isQuoteMark(doc, comma)) {
      comma--;
    }
    if (comma <= start || !doc.word(comma).equals(",") || !doc.tag(verb).equals("VBD")
        || StanceCues.frontedContent(doc, verb) == null) {
      return null;
    }
    int end = doc.sentenceEnd(doc.sentenceOf(verb));
    Range subject = Phrases.nounPhraseStartingAt(doc, verb + 1, end);
    int k = subject == null ? -1 : subject.end();
    if (k > 0 && k + 1 < end && (doc.lemma(k).equals("of") || doc.lemma(k).equals("from"))) {
      Range body = Phrases.nounPhraseStartingAt(doc, k + 1, end); // "officials from the agency": whose officials
      return body == null ? subject : new Range(subject.start(), body.end());
    }
    return subject;
  }
}
