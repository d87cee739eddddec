package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.stance.Holders.Holder;

/**
 * Whose view a clause gives when no one is quoted: "according to Ames, the levy is unjust" and
 * "Ames believes (that) the levy is unjust". Attribution leaves these out on purpose (a belief is
 * not speech), yet an evaluative word in the clause is the believer's judgment, so the evaluative
 * reader asks here for the holder of its word and the start of the clause the holder owns.
 * Stateless.
 */
final class Beliefs {

  /** The holder of the clause and the first token of it. */
  record Voice(Holder holder, int floor) {}

  private static final Set<String> COGNITION = Set.of("believe", "think", "feel", "convinced");
  /** What may open the clause after a cognition verb: "that", or the clause's own subject. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("IN", "DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS");

  private Beliefs() {}

  /** The voice of the clause that holds the word at {@code w}, or null when the clause is the writer's. */
  static Voice of(StanceReader.Input in, int w) {
    ParsedDocument doc = in.doc();
    int sentence = doc.sentenceOf(w);
    int start = doc.sentenceStart(sentence);
    int end = doc.sentenceEnd(sentence);
    for (int k = start; k + 2 < end; k++) {
      if (doc.lemma(k).equals("accord") && doc.lemma(k + 1).equals("to")) {
        Range source = Phrases.nounPhraseStartingAt(doc, k + 2, end);
        if (source == null) {
          return null;
        }
        Holder holder = Holders.ofPhrase(doc, source, in.actors());
        if (holder == null) {
          return null;
        }
        if (source.end() <= w) {
          return new Voice(holder, source.end()); // "According to Ames, the levy is unjust"
        }
        return w < k ? new Voice(holder, start) : null; // "the levy is unjust, according to Ames"
      }
    }
    for (int v = w - 1; v > start; v--) {
      if (COGNITION.contains(doc.lemma(v)) && (doc.tag(v).startsWith("VB") || doc.tag(v).equals("JJ"))
          && v + 1 < w && CLAUSE_OPENERS.contains(doc.tag(v + 1))) {
        if (doc.tag(v + 1).equals("IN") && !doc.lemma(v + 1).equals("that")) {
          return null; // "thinks about", "feels for": no clause
        }
        Holder holder = Holders.ofPredicate(doc, v, in.quoteOf(), in.quotes(), in.actors());
        return holder == null ? null : new Voice(holder, v + 1);
      }
    }
    return null;
  }
}
