package org.framelens.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Targets that are deeds: the verb phrase wanted after "to" ("urged Berlin to lift the ban"), with
 * the thing that is to act where it is no person ("called for talks to resume"), a gerund's verb
 * phrase ("opposes lifting sanctions"), and the deed a verb of praise or blame is for ("accused
 * the mayor of lying"). Stateless.
 */
final class Deeds {

  /** Verbs that say nothing on their own: "promises to do", "wants to go". */
  static final Set<String> LIGHT = Set.of("do", "be", "have", "go", "get", "make", "take", "come", "say");

  private Deeds() {}

  /**
   * "thanked Berg for her help", "congratulated Moi on his victory", "accused the mayor of
   * lying to the council", "blamed the delay on the ministry": a verb of praise or blame is also
   * toward what it is for, so the last object and the reason are two targets. A reason that is a
   * deed is its verb phrase ("of deliberately withholding funds" is "withholding funds").
   */
  static List<Range> withReason(ParsedDocument doc, int verb, List<Range> objects, int end) {
    if (objects.isEmpty() || !StanceCues.takesReason(doc.lemma(verb))) {
      return objects;
    }
    Range object = objects.get(objects.size() - 1);
    int p = object.end();
    if (!(p < end && isReasonPreposition(doc, verb, p))) {
      // "accused Moscow of aggression": the tagger's phrase took the reason in as a complement
      for (int k = object.end() - 2; k > object.start(); k--) {
        if (isReasonPreposition(doc, verb, k) && (doc.tag(k - 1).startsWith("NNP")
            || Animacy.animate(doc.word(k - 1), doc.lemma(k - 1)) || !doc.lemma(k).equals("of"))) {
          p = k;
          break;
        }
      }
    }
    if (!(p < end && isReasonPreposition(doc, verb, p))) {
      return objects;
    }
    Range reason = reason(doc, p + 1, end);
    if (reason == null) {
      return objects;
    }
    List<Range> out = new ArrayList<>(objects.subList(0, objects.size() - 1));
    out.add(new Range(object.start(), p));
    out.add(reason);
    return out;
  }

  /** The reason after its preposition: a deed's verb phrase ("of lying"), else a noun phrase; null for a pronoun. */
  private static Range reason(ParsedDocument doc, int k, int end) {
    while (k < end && (doc.tag(k).startsWith("RB") || Targets.isQuoteMark(doc, k))) {
      k++; // 'of deliberately withholding', 'of "wantonly infringing" on'
    }
    if (k < end && (doc.tag(k).equals("VBG") || gerundAsNoun(doc, k, end))) {
      return verbPhrase(doc, k, end);
    }
    Range np = NounPhrases.phrase(doc, k, end);
    return np == null || doc.tag(np.start()).equals("PRP") ? null : new Range(np.start(), Targets.extendOf(doc, np.end(), end));
  }

  /** "for housing displaced families": a gerund with an object that the tagger read as a noun. */
  private static boolean gerundAsNoun(ParsedDocument doc, int k, int end) {
    return k + 1 < end && doc.tag(k).equals("NN") && doc.word(k).endsWith("ing") && NounPhrases.phrase(doc, k + 1, end) != null
        && !doc.tag(k + 1).startsWith("NN") && !doc.tag(k + 1).equals("POS");
  }

  private static boolean isReasonPreposition(ParsedDocument doc, int verb, int k) {
    String w = doc.lemma(k);
    String v = doc.lemma(verb);
    return doc.tag(k).equals("IN") && (w.equals("for") && !v.equals("accuse")
        || w.equals("on") && (v.equals("congratulate") || v.equals("blame"))
        || w.equals("of") && v.equals("accuse"));
  }

  /** The verb phrase at {@code verb}: the verb, its object, and one prepositional phrase after it. */
  static Range verbPhrase(ParsedDocument doc, int verb, int sentenceEnd) {
    int k = verb + 1;
    // "promoting and protecting human rights": coordinated verbs share the object
    while (k + 1 < sentenceEnd && (doc.lemma(k).equals("and") || doc.lemma(k).equals("or"))
        && doc.tag(k + 1).equals(doc.tag(verb))) {
      k += 2;
    }
    while (k < sentenceEnd && (doc.tag(k).equals("RP") || doc.tag(k).startsWith("RB") || Targets.isQuoteMark(doc, k))) {
      k++; // 'of "wantonly infringing" on the rights of'
    }
    if (k < sentenceEnd && doc.lemma(k).equals("that")) {
      return null; // "to say that ...": a clause, not an object
    }
    Range np = NounPhrases.phrase(doc, k, sentenceEnd);
    if (np == null && k + 1 < sentenceEnd && doc.tag(k).equals("$") && doc.tag(k + 1).equals("CD")) {
      int e = k + 1;
      while (e < sentenceEnd && doc.tag(e).equals("CD")) {
        e++;
      }
      np = new Range(k, e); // "pay $4 million": a sum is the object
    }
    if (np != null && Targets.TIMES.contains(doc.lemma(np.end() - 1))) {
      // "to resume next month", "protest the vote tomorrow": a time after the verb is no object of it
      int e = np.end() - 1;
      while (e > np.start() && (Targets.TIMES.contains(doc.lemma(e - 1)) || Set.of("next", "last", "this").contains(doc.lemma(e - 1))
          || Targets.isQuoteMark(doc, e - 1))) {
        e--;
      }
      if (e == np.start() || !doc.tag(e - 1).startsWith("NN")) {
        return LIGHT.contains(doc.lemma(verb)) ? null : new Range(verb, verb + 1);
      }
      np = new Range(np.start(), e);
    }
    if (np == null && k < sentenceEnd && !LIGHT.contains(doc.lemma(verb))) {
      // "start offering phone services", "try to stop the sale": a verb of phase or effort
      // carries on to the deed it starts or tries
      // "withdraw from introducing curbs", "refrain from raising taxes": a preposition before a gerund
      int gerund = doc.tag(k).equals("IN") && k + 1 < sentenceEnd && doc.tag(k + 1).equals("VBG") ? k + 1 : k;
      Range next = doc.tag(gerund).equals("VBG") ? verbPhrase(doc, gerund, sentenceEnd) : infinitive(doc, k, sentenceEnd);
      if (next != null) {
        return new Range(verb, next.end());
      }
    }
    if (np == null && k < sentenceEnd && (doc.tag(k).equals("IN") || doc.tag(k).equals("TO"))) {
      np = Phrases.nounPhraseStartingAt(doc, k + 1, sentenceEnd);
    }
    if (np == null) {
      // "wants to resign": an intransitive verb is its own phrase, where the clause ends with it
      boolean ends = k >= sentenceEnd || doc.tag(k).equals(".") || doc.word(k).equals(",") || doc.tag(k).equals("CC");
      return ends && !doc.tag(verb).equals("VBG") && !LIGHT.contains(doc.lemma(verb)) ? new Range(verb, verb + 1) : null;
    }
    int end = Targets.complements(doc, np.end(), sentenceEnd);
    if (doc.tag(np.start()).equals("PRP") && end < sentenceEnd) {
      // "grant them asylum", "let them go": after a pronoun the second object or the bare verb
      Range second = doc.tag(end).equals("VB") ? verbPhrase(doc, end, sentenceEnd)
          : doc.tag(end).equals("PRP") ? null : Phrases.nounPhraseStartingAt(doc, end, sentenceEnd);
      if (second != null) {
        end = second.end();
      }
    }
    if (end + 1 < sentenceEnd && doc.tag(end).equals("IN") && Set.of("with", "on", "to", "for", "in").contains(doc.lemma(end))) {
      Range pp = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
      if (pp != null) {
        end = pp.end();
      }
    }
    return new Range(verb, end);
  }

  /** The predicate at {@code verb}: a passive ("be identified") or the verb phrase, else the verb alone. */
  static Range predicate(ParsedDocument doc, int verb, int sentenceEnd) {
    Range passive = passive(doc, verb, sentenceEnd);
    if (passive != null) {
      return passive;
    }
    Range vp = verbPhrase(doc, verb, sentenceEnd);
    Range to = vp == null ? infinitive(doc, verb + 1, sentenceEnd) : null; // "that the council move to ratify"
    return vp != null ? vp : to != null ? new Range(verb, to.end()) : new Range(verb, verb + 1);
  }

  /** "be identified", "be formally lifted": the passive at {@code verb}, or null. */
  private static Range passive(ParsedDocument doc, int verb, int sentenceEnd) {
    int participle = verb + 1;
    while (participle < sentenceEnd && doc.tag(participle).startsWith("RB")) {
      participle++;
    }
    boolean passive = doc.lemma(verb).equals("be") && participle < sentenceEnd && doc.tag(participle).equals("VBN");
    if (!passive) {
      return null;
    }
    int end = participle + 1;
    if (end + 1 < sentenceEnd && doc.tag(end).equals("IN") && Set.of("to", "from", "with", "by").contains(doc.lemma(end))) {
      Range pp = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd); // "be bound to the accord"
      if (pp != null && !doc.tag(pp.start()).equals("PRP")) {
        end = Targets.extendOf(doc, pp.end(), sentenceEnd);
      }
    }
    return new Range(verb, end);
  }


  /** The verb phrase of a "to" infinitive at {@code to}, or null when none follows. */
  static Range infinitive(ParsedDocument doc, int to, int sentenceEnd) {
    if (to + 1 < sentenceEnd && doc.lemma(to).equals("not")) {
      to++; // "urged them not to attack": the caller reads the refraining
    }
    if (to + 1 >= sentenceEnd || !doc.lemma(to).equals("to")) {
      return null;
    }
    int verb = to + 1;
    // called on Rome to "respect the accord"; a split infinitive: "decided to abruptly withdraw",
    // "hopes to further strengthen ties"
    while (verb < sentenceEnd && (Targets.isQuoteMark(doc, verb) || doc.tag(verb).startsWith("RB") && !doc.lemma(verb).equals("not"))) {
      verb++;
    }
    if (verb >= sentenceEnd || !doc.tag(verb).equals("VB")) {
      return null;
    }
    Range passive = passive(doc, verb, sentenceEnd); // "for the ban to be lifted": the passive is the act
    return passive != null ? passive : verbPhrase(doc, verb, sentenceEnd);
  }

  /**
   * What is wanted when a thing is to do the wanted act: "called for talks to resume", "wants prices
   * to fall" are for "talks to resume" and "prices to fall". A person or body asked to act is no
   * part of it: "urged Berlin to lift the ban" is for lifting the ban, not for Berlin.
   * {@code from} is where the cue's complement starts, {@code vp} the infinitive's verb phrase.
   */
  static Range wantedState(ParsedDocument doc, DocumentActors actors, int from, Range vp) {
    int k = from;
    while (k < vp.start() && doc.tag(k).startsWith("RB")) {
      k++;
    }
    Range np = NounPhrases.phrase(doc, k, vp.start());
    if (np == null || np.start() != k) {
      return vp;
    }
    int head = np.start();
    for (int i = np.start(); i < np.end(); i++) {
      if (doc.tag(i).equals("POS")) {
        head = i + 1; // "Dunn's safety to be ensured": the possessed is what is to be
      }
    }
    // (Animacy's list is not asked: it holds surnames too, "Price", "Law", that are common nouns here)
    if (head >= np.end() || actors.isAgent(new Range(head, np.end())) || Targets.TIMES.contains(doc.lemma(np.end() - 1))) {
      return vp;
    }
    int to = Targets.extendOf(doc, np.end(), vp.start());
    if (to < vp.start() && doc.lemma(to).equals("not")) {
      to++;
    }
    while (to < vp.start() && (doc.lemma(to).equals("to") || Targets.isQuoteMark(doc, to))) {
      to++;
    }
    return to == vp.start() ? new Range(np.start(), vp.end()) : vp;
  }
}
