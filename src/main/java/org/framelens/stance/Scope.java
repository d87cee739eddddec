package org.framelens.stance;

import java.util.Locale;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.stance.Stance.Polarity;

/**
 * Whether a cue states a stance where it stands: not in a question ("Asked whether Norway would
 * veto the levy"), a condition ("if Iran complies, we will back it"), after "without"
 * ("without supporting Trump"), or under insufficiency ("not enough to support a prosecution").
 * Negation and refusal of taking part turn support into opposition ("would not join the embargo",
 * "refused to back the plan"); negated criticism says nothing ("did not condemn"). Stateless.
 */
final class Scope {

  /** What the context does to a cue's stance. */
  enum Effect { KEEP, FLIP, DROP }

  /** The effect and how far the context leaves the reading certain (a factor for confidence). */
  record Reading(Effect effect, double certainty) {
    static final Reading DROP = new Reading(Effect.DROP, 0);
  }

  private static final Set<String> NEGATORS = Set.of("not", "n't", "n’t", "never", "no", "cannot");
  private static final Set<String> REFUSALS = Set.of("refuse", "decline", "reject", "resist");
  /** "reluctant to back", "unwilling to sign": the infinitive is refused. */
  private static final Set<String> RELUCTANCE = Set.of("unwilling", "reluctant", "loath", "loth", "hesitant",
      "disinclined", "averse");
  /** Wanting and readiness: denied ("did not want to join"), they refuse the infinitive. */
  private static final Set<String> WILLING = Set.of("want", "wish", "plan", "intend", "mean", "seek", "agree",
      "decide", "expect", "willing", "ready", "prepared", "eager", "keen", "inclined", "going");
  private static final Set<String> UNREAL = Set.of("fail", "stop", "cease", "pretend", "enough", "sufficient",
      "insufficient", "unable", "too", "hard", "difficult", "impossible");
  /** Support whose denial is opposition: not joining an embargo is standing against it. */
  static final Set<String> PARTICIPATION = Set.of("support", "back", "join", "endorse", "sign", "accept",
      "approve", "ratify", "recognize", "recognise", "want", "agree", "favor", "favour", "adopt", "participate",
      "welcome", "allow", "permit", "like", "embrace", "sponsor", "fund",
      // a denied intention is one not to act: "does not plan to sell the unit", "will not seek a new term"
      "plan", "intend", "aim", "seek", "wish", "desire");
  /**
   * Favour and readiness whose denial is opposition: "not happy with the deal", "not impressed by
   * the plan", "not ready to lift the ban". ("not opposed to" stays no stance: denied opposition is
   * not support.)
   */
  private static final Set<String> FAVOURING = Set.of("happy", "pleased", "satisfied", "delighted", "glad",
      "thrilled", "impressed", "enthusiastic", "keen", "supportive", "sympathetic", "favorable", "favourable",
      "interested");
  /** Readiness, denied before an infinitive only: "not ready to sign" refuses, "not ready for office" judges ability. */
  private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "eager");
  private static final Set<String> ADDITIVE = Set.of("only", "just", "merely", "simply", "solely");
  private static final Set<String> BELIEFS = Set.of("think", "believe", "say", "claim", "expect", "suggest",
      "suppose", "assume", "mean", "imply");
  private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless", "lest");
  /** Modals that make a reported cue someone's hypothesis or the writer's advice, not a stance. */
  private static final Set<String> UNREAL_MODALS = Set.of("should", "could", "might", "may", "ought", "must");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
  /** Verbs whose "if" is "whether": "asked if", "wondered if". */
  private static final Set<String> ASKING = Set.of("ask", "wonder", "decide", "know", "see", "check", "doubt",
      "question", "inquire", "enquire", "determine", "consider", "judge");
  private static final Set<String> WILL = Set.of("will", "would", "'ll", "’ll", "shall", "wo");

  private Scope() {}

  /**
   * @param cue the cue token
   * @param lemma the lemma whose negation is judged (the cue's, or the adjective's)
   * @param inQuote whether the cue is in the speaker's own words (a "must" there is theirs)
   */
  static Reading of(ParsedDocument doc, int cue, Polarity polarity, String lemma, boolean inQuote) {
    int sentence = doc.sentenceOf(cue);
    int start = doc.sentenceStart(sentence);
    int end = doc.sentenceEnd(sentence);
    if (isQuestion(doc, cue, end) || conditioned(doc, start, cue) || conditionFollows(doc, cue, end)
        || deniedReport(doc, start, cue)) {
      return Reading.DROP;
    }
    double certainty = 1.0;
    boolean negated = false;
    for (int j = cue - 1; j >= start && j >= cue - 5; j--) {
      String word = doc.word(j).toLowerCase(Locale.ROOT);
      String l = doc.lemma(j);
      String tag = doc.tag(j);
      if (tag.equals("``") || tag.equals("''") || tag.startsWith("-") || word.equals("[") || word.equals("]")) {
        continue; // did "not recognise the result", without [openly] backing
      }
      if ((NEGATORS.contains(l) || NEGATORS.contains(word)) && !notOnly(doc, j, cue)) {
        negated = true;
      } else if (l.equals("without") || l.equals("instead") && j + 1 < cue && doc.lemma(j + 1).equals("of")) {
        return Reading.DROP;
      } else if (l.equals("to") && j > start) {
        String governor = doc.lemma(j - 1);
        if (REFUSALS.contains(governor) || RELUCTANCE.contains(governor)
            || j - 2 >= start && doc.lemma(j - 2).equals("refuse") || deniedWill(doc, j - 1, start)) {
          negated = true;
        } else if (UNREAL.contains(governor) || UNREAL.contains(doc.word(j - 1).toLowerCase(Locale.ROOT))
            || j - 2 >= start && doc.lemma(j - 2).equals("too")) {
          return Reading.DROP;
        }
        break; // the infinitive's own governor decides; what precedes it is another clause
      } else if (tag.equals("MD")) {
        if (UNREAL_MODALS.contains(word)) {
          if (!inQuote) {
            return Reading.DROP;
          }
          certainty *= 0.85;
        } else if (WILL.contains(word)) {
          certainty *= 0.95;
        }
      } else if (!(tag.startsWith("RB") || tag.startsWith("VB") || tag.equals("TO"))) {
        break;
      }
    }
    if (!negated) {
      return new Reading(Effect.KEEP, certainty);
    }
    boolean ready = READINESS.contains(lemma) && cue + 1 < end && doc.word(cue + 1).equals("to");
    if (polarity == Polarity.FOR && (PARTICIPATION.contains(lemma) || FAVOURING.contains(lemma) || ready)) {
      return new Reading(Effect.FLIP, certainty * 0.85);
    }
    return Reading.DROP;
  }

  /** "not only condemned the raid but ...", "not just backs the plan": a negator that adds, not denies. */
  private static boolean notOnly(ParsedDocument doc, int negator, int cue) {
    return negator + 1 < cue && ADDITIVE.contains(doc.word(negator + 1).toLowerCase(Locale.ROOT));
  }

  /** "did not want to join", "is not ready to sign": wanting or readiness denied is refusal. */
  private static boolean deniedWill(ParsedDocument doc, int governor, int start) {
    if (!WILLING.contains(doc.lemma(governor))) {
      return false;
    }
    for (int j = governor - 1; j >= start && j >= governor - 4; j--) {
      String tag = doc.tag(j);
      if (NEGATORS.contains(doc.lemma(j)) || NEGATORS.contains(doc.word(j).toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!(tag.startsWith("RB") || tag.startsWith("VB") || tag.equals("MD"))) {
        return false;
      }
    }
    return false;
  }

  /** "You don't think Iran hates America", "nobody says Oslo backs the plan": a report that denies the stance. */
  private static boolean deniedReport(ParsedDocument doc, int start, int cue) {
    for (int k = cue - 1; k >= start; k--) {
      String w = doc.word(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—")) {
        return false;
      }
      if (doc.tag(k).startsWith("VB") && BELIEFS.contains(doc.lemma(k))) {
        for (int j = k - 1; j >= start && j >= k - 3; j--) {
          String l = doc.lemma(j);
          if (NEGATORS.contains(l) || NEGATORS.contains(doc.word(j).toLowerCase(Locale.ROOT)) || l.equals("nobody")
              || l.equals("no one")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** A question ends in "?" after the cue, before another sentence. */
  private static boolean isQuestion(ParsedDocument doc, int cue, int end) {
    for (int k = cue + 1; k < end; k++) {
      if (doc.word(k).equals("?")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ghana would back the accord if Togo signed it": a condition later in the same clause. A cue
   * stated as a fact keeps its stance: "threatened to impose sanctions if the vote was rigged" is a
   * threat made, "was ready to act if", "urged ... unless" the same; only the act it is about is
   * conditional. An "if" right after a verb of asking or deciding is "whether" ("asked if").
   */
  private static boolean conditionFollows(ParsedDocument doc, int cue, int end) {
    boolean stated = stated(doc, cue) && !ASKING.contains(doc.lemma(cue));
    for (int k = cue + 1; k < end; k++) {
      String w = doc.word(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—") || w.equals("''")) {
        return false;
      }
      if ((doc.lemma(k).equals("if") || doc.lemma(k).equals("unless")) && doc.tag(k).equals("IN")) {
        return !stated || k == cue + 1;
      }
    }
    return false;
  }

  /**
   * Whether a cue is asserted in a finite verb group without a modal: "threatened", "has warned",
   * "is ready" (an adjective after its copula), not "would back", "to back" or "backing".
   */
  private static boolean stated(ParsedDocument doc, int cue) {
    int start = doc.sentenceStart(doc.sentenceOf(cue));
    boolean finite = FINITE.contains(doc.tag(cue));
    boolean verb = doc.tag(cue).startsWith("VB");
    for (int j = cue - 1; j >= start && j >= cue - 4; j--) {
      String tag = doc.tag(j);
      if (tag.equals("MD") || tag.equals("TO")) {
        return false;
      }
      if (tag.startsWith("VB") && AUXILIARIES.contains(doc.lemma(j))) {
        finite = FINITE.contains(tag);
        verb = true;
      } else if (!tag.startsWith("RB")) {
        break;
      }
    }
    return verb && finite;
  }

  /** "Asked whether Norway would veto ...", "if Iran complies, we will back it" reads clause-wise. */
  private static boolean conditioned(ParsedDocument doc, int start, int cue) {
    for (int k = cue - 1; k >= start; k--) {
      String w = doc.word(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—")) {
        return false;
      }
      if (CONDITIONS.contains(doc.lemma(k)) && (doc.tag(k).equals("IN") || doc.tag(k).equals("CC"))) {
        return true;
      }
    }
    return false;
  }
}
