package org.framelens.stance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.Stance.Polarity;
import org.framelens.stance.StanceReader.Input;

/**
 * Frames around an attitude noun that say who holds it without a possessor or light verb: the
 * verb it modifies ("marched in support of"), the clause done at someone's asking ("arrived at the
 * invitation of"), a community modifier ("international condemnation of"). Used by
 * {@link AttitudeNouns}; stateless.
 */
final class NounFrames {

  private NounFrames() {}

  /**
   * "Workers marched in support of the strike", "spoke out in protest against the levy": a bare
   * attitude noun after "in" says how the verb's subject acted, so the subject holds it.
   */
  static void inSupportOf(Input in, int noun, int prep, Polarity polarity, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int start = doc.sentenceStart(doc.sentenceOf(noun));
    int end = doc.sentenceEnd(doc.sentenceOf(noun));
    int v = noun - 2;
    while (v > start && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("RP"))) {
      v--; // "came out in support of", "rallied loudly in"
    }
    if (v < start || !doc.tag(v).startsWith("VB") || doc.lemma(v).equals("be")) {
      return;
    }
    Scope.Reading scope = Scope.of(doc, v, polarity, doc.lemma(noun), in.quoteOf()[noun] >= 0);
    Holder holder = Holders.ofPredicate(doc, v, in.quoteOf(), in.quotes(), in.actors());
    if (holder == null || scope.effect() != Scope.Effect.KEEP) {
      return;
    }
    StanceReader.emit(in, noun, noun + 1, holder, Targets.objects(doc, prep + 1, end), polarity,
        0.6 * scope.certainty() * (holder.pronoun() ? 0.95 : 1.0), out);
  }

  /** Nouns of asking whose "at the ... of X" says the clause happens as X wished it. */
  static final Set<String> BEHESTS = Set.of("request", "invitation", "behest", "urging", "insistence");

  /**
   * "The envoy arrived at the invitation of the minister", "the warrant was drafted at Norway's
   * request": the one who asked is for what the clause's subject did, and the subject is the target.
   */
  static void behest(Input in, int noun, Range phrase, boolean possessed, int next, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int start = doc.sentenceStart(doc.sentenceOf(noun));
    int end = doc.sentenceEnd(doc.sentenceOf(noun));
    Holder holder;
    if (possessed) {
      holder = Holders.ofNoun(doc, noun, phrase.start(), in.quoteOf(), in.quotes(), in.actors());
    } else if (next + 1 < end && doc.lemma(next).equals("of")) {
      Range by = Phrases.nounPhraseStartingAt(doc, next + 1, end);
      holder = by == null ? null : Holders.ofPhrase(doc, by, in.actors());
    } else {
      return;
    }
    int v = phrase.start() - 2;
    while (v > start && !doc.tag(v).startsWith("VB")) {
      if (doc.word(v).equals(",") || doc.tag(v).equals("WDT")) {
        return; // a fronted or relative clause: the main clause is elsewhere
      }
      v--;
    }
    Range subject = v > start && doc.tag(v).startsWith("VB") ? Subjects.of(doc, v, start, k -> in.quoteOf()[k] >= 0) : null;
    if (holder == null || subject == null || Phrases.isRelativePronoun(doc, subject)) {
      return;
    }
    StanceReader.emit(in, noun, noun + 1, holder, List.of(subject), Polarity.FOR, 0.55, out);
  }

  /**
   * Modifiers that name a whole community as the holder of an attitude: "international outrage over".
   * "public" and "popular" are left out: "strong public support" is mostly a forecast or a poll's
   * figure, not a stance anyone voiced.
   */
  private static final Set<String> COLLECTIVES = Set.of("international", "western", "foreign", "domestic", "world",
      "global", "worldwide");

  /** Attitude nouns that also name a thing made (a treaty, a plan), held by no community as a feeling. */
  private static final Set<String> THINGS_TOO = Set.of("agreement", "plan", "decision", "bid", "commitment", "promise",
      "pledge", "intention", "consent");

  /**
   * A modifier of the noun's own phrase that names who holds it as a community, not an actor
   * ("international condemnation of", "Western pressure on", "Arab anger at"): such phrases report
   * a collective stance, and the modifier is as much of a holder as the text gives.
   */
  static Holder collectiveHolder(ParsedDocument doc, Range phrase, int noun) {
    if (THINGS_TOO.contains(doc.lemma(noun))) {
      return null; // "international agreements on", "a regional plan for": things agreed, not a feeling
    }
    for (int k = phrase.start(); k < noun; k++) {
      boolean demonym = doc.tag(k).startsWith("JJ") && Character.isUpperCase(doc.word(k).charAt(0))
          && (doc.ner(k).equals("NATIONALITY") || doc.ner(k).equals("MISC"));
      if (demonym || COLLECTIVES.contains(doc.word(k).toLowerCase(java.util.Locale.ROOT))
          && (doc.tag(k).startsWith("JJ") || doc.tag(k).equals("NN"))) {
        Mention m = Mention.of(doc.text(), doc.span(k, k + 1));
        return new Holder(List.of(new Holders.Who(Optional.empty(), m.text(), m)), false, Stance.Source.REPORTED);
      }
    }
    return null;
  }

  /** Verbs whose subject calls forth a reaction: "drew criticism", "sparked an outcry", "prompted ridicule". */
  private static final Set<String> PROVOKING = Set.of("cause", "prompt", "spark", "provoke", "draw", "trigger",
      "arouse", "stir", "attract", "incur", "ignite", "earn", "win", "deserve", "receive", "meet", "face");
  /** Reactions one party has to another's deed: the nouns these verbs call forth. */
  private static final Set<String> REACTIONS = Set.of("criticism", "condemnation", "denunciation", "protest",
      "ridicule", "scorn", "backlash", "outcry", "indignation", "outrage", "anger", "fury", "ire", "praise",
      "appreciation", "acclaim", "applause", "rebuke", "censure", "derision");

  /**
   * "The raid drew criticism from rights groups", "the decision sparked an international outcry",
   * "his remarks prompted the world's ridicule": whoever reacts (after "from" or "among", the
   * possessor, or a community modifier) is against (or for) the verb's subject. Returns whether
   * the frame was read.
   */
  static boolean provoked(Input in, int noun, Range phrase, boolean possessed, int next, Polarity polarity,
      List<Stance> out) {
    ParsedDocument doc = in.doc();
    if (!REACTIONS.contains(doc.lemma(noun))) {
      return false;
    }
    int start = doc.sentenceStart(doc.sentenceOf(noun));
    int end = doc.sentenceEnd(doc.sentenceOf(noun));
    int v = phrase.start() - 1;
    while (v > start && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("CC") || doc.tag(v).equals("DT")
        || doc.tag(v).startsWith("JJ"))) {
      v--; // "drew both praise and", "has already sparked"
    }
    if (v <= start || !doc.tag(v).startsWith("VB") || !PROVOKING.contains(doc.lemma(v))) {
      return false;
    }
    Holder holder = null;
    if (next < end && Set.of("from", "among").contains(doc.lemma(next))) {
      Range by = Phrases.nounPhraseStartingAt(doc, next + 1, end);
      holder = by == null ? null : Holders.ofPhrase(doc, by, in.actors());
    } else if (possessed) {
      holder = Holders.ofNoun(doc, noun, phrase.start(), in.quoteOf(), in.quotes(), in.actors());
    } else {
      holder = collectiveHolder(doc, phrase, noun);
    }
    Range subject = Subjects.of(doc, v, start, k -> in.quoteOf()[k] >= 0);
    if (holder == null || subject == null || Phrases.isRelativePronoun(doc, subject)) {
      return false;
    }
    Scope.Reading scope = Scope.of(doc, v, polarity, doc.lemma(noun), in.quoteOf()[noun] >= 0);
    if (scope.effect() != Scope.Effect.KEEP) {
      return false;
    }
    StanceReader.emit(in, noun, noun + 1, holder, List.of(subject), polarity, 0.55 * scope.certainty(), out);
    return true;
  }
}
