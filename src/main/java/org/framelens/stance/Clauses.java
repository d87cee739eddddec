package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Targets read from clauses: the subject of a "that" clause a wish, fear or demand is about ("hopes
 * that the truce will hold"), the clause itself where a demand asks for it ("demanded that the mine
 * be closed"). Stateless.
 */
final class Clauses {

  private Clauses() {}

  /**
   * The subject of a "that" clause at {@code k} ("hopes that the truce will hold"): what the wish,
   * fear or demand is about; null when no clause with a noun-phrase subject starts there.
   */
  static Range clauseSubject(ParsedDocument doc, int k, int sentenceEnd) {
    return clauseSubject(doc, k, sentenceEnd, false);
  }

  /**
   * As {@link #clauseSubject(ParsedDocument, int, int)}; for a cue of wanting or asking
   * ({@code mandative}: "proposed that both sides resume talks") a clause in the present is what
   * is wanted, and it is the target, subject and verb phrase.
   */
  static Range clauseSubject(ParsedDocument doc, int k, int sentenceEnd, boolean mandative) {
    boolean that = k < sentenceEnd && doc.lemma(k).equals("that") && doc.tag(k).equals("IN");
    if (that) {
      k++;
      if (k < sentenceEnd && (doc.word(k).equals(",") || doc.tag(k).equals("IN"))) {
        k = afterFronted(doc, k, sentenceEnd); // "hopes that, with the envoy back, the talks will resume"
      }
    }
    while (k >= 0 && k < sentenceEnd && Targets.isQuoteMark(doc, k)) {
      k++; // agreed that "open borders" would help
    }
    if (k < 0) {
      return null;
    }
    int be = k + 1;
    while (be < sentenceEnd && be < k + 3 && (doc.tag(be).equals("MD") || doc.lemma(be).equals("have") && doc.tag(be).startsWith("VB"))) {
      be++; // "fears there will be layoffs", "denied there have been abuses"
    }
    if (be + 1 < sentenceEnd && doc.tag(k).equals("EX") && doc.lemma(be).equals("be")) {
      Range exists = NounPhrases.phrase(doc, be + 1, sentenceEnd); // "denied there were abuses": what is said to exist
      return exists == null || doc.tag(exists.start()).equals("PRP") ? null
          : new Range(exists.start(), Targets.extendOf(doc, exists.end(), sentenceEnd));
    }
    Range np = NounPhrases.phrase(doc, k, sentenceEnd);
    if (np == null && that && k < sentenceEnd && doc.tag(k).equals("VBG")) {
      np = Deeds.verbPhrase(doc, k, sentenceEnd); // "hopes that lifting the ban will help": a deed as subject
    }
    if (np == null || np.end() >= sentenceEnd) {
      return null;
    }
    int end = Targets.extendOf(doc, np.end(), sentenceEnd);
    if (end + 1 < sentenceEnd && Targets.isAndOr(doc, end)) {
      Range more = NounPhrases.phrase(doc, end + 1, sentenceEnd); // "that the police and the army would"
      if (more != null && !doc.tag(more.start()).equals("PRP")) {
        end = Targets.extendOf(doc, more.end(), sentenceEnd);
      }
    }
    Range read = clause(doc, np, end, sentenceEnd, that, mandative);
    // "that wording about the tax be deleted", "that talks among the parties could help": the
    // subject's own prepositional phrases (up to three) stand before its verb
    for (int pps = 0; read == null && pps < 3; pps++) {
      int after = pastPrepositionalPhrase(doc, end, sentenceEnd);
      if (after < 0) {
        break;
      }
      end = after;
      read = clause(doc, np, end, sentenceEnd, that, mandative);
      if (read != null && !that && !doc.tag(end).equals("MD")) {
        read = null; // without "that" only a modal ("hoped the troops in the north would stay") shows a clause
      }
    }
    return read;
  }

  /** Prepositions that open a clause or a comparison, not a phrase of the subject. */
  private static final Set<String> NOT_OF_SUBJECT = Set.of("that", "because", "if", "while", "as", "than", "whether",
      "although", "though", "unless", "until", "since", "so", "once", "after", "before");

  /** The end of a prepositional phrase at {@code k} ("about the impact of the tax", "on bringing the pact into force"), or -1. */
  private static int pastPrepositionalPhrase(ParsedDocument doc, int k, int sentenceEnd) {
    if (!(k + 1 < sentenceEnd && doc.tag(k).equals("IN") && !NOT_OF_SUBJECT.contains(doc.lemma(k)))) {
      return -1;
    }
    Range object = doc.tag(k + 1).equals("VBG") ? Deeds.verbPhrase(doc, k + 1, sentenceEnd) : NounPhrases.phrase(doc, k + 1, sentenceEnd);
    if (object == null || doc.tag(object.start()).equals("PRP")) {
      return -1;
    }
    return Targets.extendOf(doc, object.end(), sentenceEnd);
  }

  /** The target a clause with subject {@code np}, ending at {@code end}, gives; null when no verb follows the subject. */
  private static Range clause(ParsedDocument doc, Range np, int end, int sentenceEnd, boolean that, boolean mandative) {
    int verb = end;
    if (verb < sentenceEnd && doc.word(verb).equals(",")) {
      verb = afterAside(doc, verb, sentenceEnd); // "that other members, notably Peru, will join"
    }
    while (verb >= 0 && verb < sentenceEnd && (doc.tag(verb).startsWith("RB") || Targets.isQuoteMark(doc, verb)
        || doc.tag(verb).equals("POS") && !doc.word(verb).matches("(?i)[`'’]s"))) { // a closing ' the tagger read as a possessive
      verb++;
    }
    String next = verb >= 0 && verb < sentenceEnd ? doc.tag(verb) : "";
    if (that && (next.equals("VB") || mandative && next.equals("VBP") && !doc.lemma(verb).equals("be"))) {
      // the subjunctive of a demand: "demands that the army leave the city" is for the army
      // leaving the city, not for the army, so the clause is the target
      return new Range(np.start(), Deeds.predicate(doc, verb, sentenceEnd).end());
    }
    boolean finite = next.equals("MD") || next.equals("VBZ") || next.equals("VBD") || next.equals("VBP");
    return finite ? new Range(np.start(), end) : null;
  }

  /** The token after an aside set off by commas from {@code comma} ("X, notably Peru, will"), or -1. */
  private static int afterAside(ParsedDocument doc, int comma, int sentenceEnd) {
    for (int j = comma + 1; j < sentenceEnd && j < comma + 14; j++) {
      if (doc.word(j).equals(",")) {
        return j + 1;
      }
      if (Targets.startsPredicate(doc, j)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the subject starts after a phrase fronted in a "that" clause: after the comma that closes
   * it ("that, with the envoy back, the talks ...", "that if the vote fails, the party ..."), or
   * after a prepositional phrase without commas ("that with the envoy's return the talks ..."); -1
   * when neither fits.
   */
  private static int afterFronted(ParsedDocument doc, int k, int sentenceEnd) {
    int from = doc.word(k).equals(",") ? k + 1 : k;
    for (int j = from + 1; j < sentenceEnd && j < from + 15; j++) {
      if (doc.word(j).equals(",")) {
        return j + 1;
      }
      if (Targets.startsPredicate(doc, j) && !doc.tag(from).equals("IN")) {
        return -1;
      }
    }
    if (!doc.tag(from).equals("IN") || Set.of("that", "because", "if", "when", "while", "although", "as").contains(doc.lemma(from))) {
      return -1;
    }
    Range object = Phrases.nounPhraseStartingAt(doc, from + 1, sentenceEnd);
    if (object == null) {
      return -1;
    }
    int end = Targets.extendOf(doc, object.end(), sentenceEnd);
    for (int j = object.start() + 1; j < end; j++) {
      if (doc.tag(j).equals("DT") && !doc.tag(j - 1).equals("IN")) {
        return j; // "with the return of the envoy the new cabinet": the tags run both phrases together
      }
    }
    return -1;
  }
}
