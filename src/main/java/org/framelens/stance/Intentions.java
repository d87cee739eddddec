package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * What an intention, agreement or refusal is toward when the wanted act has no plain object:
 * "agreed to pay $4 a share", "planned to start offering loans", "declined to specify what
 * prompted it", "agreed to be bound by the accord", "is committed to keeping the mines open".
 * {@link Deeds} reads the verb and its noun phrase; where it finds none, the act is still there,
 * and is read up to the end of its clause. Stateless.
 */
final class Intentions {

  /** How far past its verb a wanted act is read when no object phrase bounds it. */
  private static final int REACH = 10;
  /** Prepositions that complete a passive act: "to be bound by", "to be handed to" ("in", "on" too often begin an adverbial: "not to be named in print"). */
  private static final Set<String> PASSIVE_COMPLEMENTS = Set.of("by", "to", "into", "with", "under");

  /** Prepositions of time, place and occasion that may stand between a cue and its "to": "agreed at the summit to". */
  private static final Set<String> ADVERBIAL = Set.of("at", "in", "on", "during", "after", "before", "with", "since");

  /** Nouns of aim whose deed may follow a copula ("the plan is to cut taxes") and is a gerund after "of". */
  static final Set<String> AIMS = Set.of("goal", "aim", "objective", "intention", "plan", "ambition", "purpose");

  /** Adjectives of readiness that are a stance only before a "to" infinitive: "is prepared to talk", not "was prepared by". */
  static final Set<String> ONLY_BEFORE_TO = Set.of("prepared");

  /** Nouns of will whose absence is opposition: "has no intention of", "no desire to". */
  private static final Set<String> VOLITION = Set.of("intention", "desire", "wish", "inclination", "ambition",
      "appetite", "willingness");

  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself", "ourselves",
      "myself", "yourself");

  private Intentions() {}

  /**
   * "has threatened to cut ties": a threat to act declares the act intended (the threatened act
   * is read for itself too, as a declared intention). "threatened the villagers" stays a deed.
   */
  static boolean isThreat(ParsedDocument doc, int verb) {
    return doc.lemma(verb).equals("threaten") && doc.tag(verb).startsWith("VB") && verb + 2 < doc.size()
        && doc.lemma(verb + 1).equals("to") && doc.tag(verb + 2).equals("VB");
  }

  /**
   * "committed itself to paying", "bound themselves to the accord": a pledge, read as an intent
   * cue whose one particle is the reflexive. Only with the reflexive and "to": "committed a crime",
   * "committed troops to" are deeds.
   */
  static boolean isPledge(ParsedDocument doc, int verb) {
    String lemma = doc.lemma(verb);
    return (lemma.equals("commit") || lemma.equals("bind") || lemma.equals("pledge")) && doc.tag(verb).startsWith("VB")
        && verb + 2 < doc.size() && REFLEXIVES.contains(doc.word(verb + 1).toLowerCase(java.util.Locale.ROOT))
        && doc.lemma(verb + 2).equals("to");
  }

  /**
   * Whether "no" before the noun at {@code noun} denies a will ("has no intention of", "no desire
   * to", "no plans to"), which is opposition. "No plan to end the strike" in the singular is the
   * lack of a strategy, not a refusal.
   */
  static boolean noWill(ParsedDocument doc, int noun) {
    String lemma = doc.lemma(noun);
    return VOLITION.contains(lemma) || lemma.equals("plan") && doc.tag(noun).equals("NNS");
  }

  /** "is to restore", "was to cut": a copula at {@code k} before a "to" infinitive. */
  static boolean isToBe(ParsedDocument doc, int k, int end) {
    return k + 2 < end && doc.lemma(k).equals("be") && doc.tag(k).startsWith("VB") && doc.lemma(k + 1).equals("to")
        && doc.tag(k + 2).equals("VB");
  }

  /**
   * Past phrases of time, place or occasion after a cue ("agreed at the summit in May to set up",
   * "decided on Monday with its partners to"): where its "to" infinitive starts, or {@code k} when
   * none follows them. At most three phrases, so a long clause is not skipped.
   */
  static int pastAdverbials(ParsedDocument doc, int k, int end) {
    int at = k;
    for (int n = 0; n < 3 && at + 1 < end; n++) {
      if (doc.word(at).equals(",") || doc.tag(at).startsWith("RB")) {
        at++;
        continue;
      }
      if (!doc.tag(at).equals("IN") || !ADVERBIAL.contains(doc.lemma(at))) {
        break;
      }
      Range np = Phrases.nounPhraseStartingAt(doc, at + 1, end);
      if (np == null || doc.lemma(at).equals("on") && !Targets.TIMES.contains(doc.lemma(np.end() - 1))) {
        break; // "agreed on the rules to implement it": the rules are what is agreed
      }
      at = np.end();
      if (at < end && doc.tag(at).equals("POS")) {
        Range owned = Phrases.nounPhraseStartingAt(doc, at + 1, end);
        at = owned == null ? at : owned.end(); // "at the leaders' summit"
      }
    }
    return at > k && at < end && doc.lemma(at).equals("to") ? at : k;
  }

  /** The act of a "to" infinitive at {@code to} ("not to" too), or null when no verb follows "to". */
  static Range infinitive(ParsedDocument doc, int to, int end) {
    Range vp = Deeds.infinitive(doc, to, end);
    if (vp != null) {
      return completedPassive(doc, vp, end);
    }
    int k = to < end && doc.lemma(to).equals("not") ? to + 1 : to;
    if (k + 1 >= end || !doc.lemma(k).equals("to")) {
      return null;
    }
    int verb = k + 1;
    while (verb < end && Targets.isQuoteMark(doc, verb)) {
      verb++;
    }
    return verb < end && doc.tag(verb).equals("VB") ? clauseOf(doc, verb, end) : null;
  }

  /** "committed to keeping the mines open", "dedicated to rebuilding the port": the gerund's act, or null. */
  static Range gerund(ParsedDocument doc, int k, int end) {
    if (k >= end || !doc.tag(k).equals("VBG")) {
      return null;
    }
    Range vp = Deeds.verbPhrase(doc, k, end);
    return vp != null ? vp : clauseOf(doc, k, end);
  }

  /**
   * The act from its verb to the end of its clause, at most {@link #REACH} words on: what
   * follows the verb is its complement even where it is no noun phrase ("pay $4 a share", "start
   * offering loans"). Null for a verb that says nothing alone ("to do", "to be") and for a "that"
   * clause, which is said, not done.
   */
  private static Range clauseOf(ParsedDocument doc, int verb, int end) {
    int k = verb + 1;
    if (k < end && doc.lemma(k).equals("that")) {
      return null;
    }
    int stop = Math.min(end, verb + 1 + REACH);
    while (k < stop && !boundary(doc, k)) {
      k++;
    }
    int said = verb + 1 < k && doc.lemma(verb + 1).equals("so") ? verb + 2 : verb + 1;
    if (said == k && Deeds.LIGHT.contains(doc.lemma(verb))) {
      return null; // "agreed to do so": nothing said of what is done
    }
    return new Range(verb, k);
  }

  private static boolean boundary(ParsedDocument doc, int k) {
    String tag = doc.tag(k);
    // a finite verb ends the act: "the zones that Vos intends to build are ..." ends at "build"
    return tag.equals(".") || tag.equals(",") || tag.equals(":") || tag.equals("-LRB-") || tag.equals("WDT")
        || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBD") || tag.equals("MD")
        || tag.equals("CC") && k + 1 < doc.size() && doc.tag(k + 1).startsWith("VB");
  }

  /**
   * "to be formally bound by the accord": a passive act is read with what completes it, since a
   * bare "be bound" is no target (see {@link Targets#clean}).
   */
  private static Range completedPassive(ParsedDocument doc, Range vp, int end) {
    int last = vp.end() - 1;
    if (!doc.lemma(vp.start()).equals("be") || !doc.tag(last).equals("VBN") || vp.end() + 1 >= end
        || !PASSIVE_COMPLEMENTS.contains(doc.lemma(vp.end()))) {
      return vp;
    }
    Range np = Phrases.nounPhraseStartingAt(doc, vp.end() + 1, end);
    return np == null ? vp : new Range(vp.start(), Targets.extendOf(doc, np.end(), end));
  }
}
