package org.framelens.stance;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.quote.Attributor;
import org.framelens.stance.Holders.Holder;

/**
 * Whose words an evaluative word is in, and the stretch of the sentence they own: a quote's
 * speakers; the subject of reported speech, whether the cue comes first ("Ames said the levy is
 * unjust") or after the content ("The levy is unjust, Ames said"); and, when no one speaks, whose
 * view a clause gives: "according to Ames, the levy is unjust", "Ames believes (that) the levy is
 * unjust". Attribution leaves beliefs out on purpose (a belief is not speech), yet an evaluative
 * word in the clause is the believer's judgment. Stateless.
 */
final class Voices {

  /** The holder of the words and the tokens [floor, end) they own. */
  record Voice(Holder holder, int floor, int end) {}

  private static final Set<String> COGNITION = Set.of("believe", "think", "feel", "convinced");
  /** What may open the clause after a cognition verb: "that", or the clause's own subject. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("IN", "DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS");

  private Voices() {}

  /** The voice that holds the word at {@code w}, or null when the words are the writer's. */
  static Voice of(StanceReader.Input in, int w) {
    ParsedDocument doc = in.doc();
    int sentence = doc.sentenceOf(w);
    int start = doc.sentenceStart(sentence);
    int end = doc.sentenceEnd(sentence);
    int q = in.quoteOf()[w];
    if (q >= 0) {
      int s = w;
      while (s > 0 && in.quoteOf()[s - 1] == q) {
        s--;
      }
      return new Voice(Holders.speakersOf(in.quotes().get(q)), s, end);
    }
    for (Attributor.Report r : in.reports()) {
      if (r.sentence() == sentence && r.cueToken() < w) {
        Holder holder = Holders.ofPhrase(doc, r.subject(), in.actors());
        return holder == null ? null : new Voice(holder, r.cueToken() + 1, end);
      }
      if (r.sentence() == sentence && r.subject().start() > w + 1 && doc.word(r.subject().start() - 1).equals(",")) {
        // "The levy is unjust, the union said": the content before the speaker
        Holder holder = Holders.ofPhrase(doc, r.subject(), in.actors());
        return holder == null ? null : new Voice(holder, start, r.subject().start() - 1);
      }
    }
    return belief(in, w, start, end);
  }

  private static Voice belief(StanceReader.Input in, int w, int start, int end) {
    ParsedDocument doc = in.doc();
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
          return new Voice(holder, source.end(), end); // "According to Ames, the levy is unjust"
        }
        return w < k ? new Voice(holder, start, k) : null; // "the levy is unjust, according to Ames"
      }
    }
    for (int v = w - 1; v > start; v--) {
      if (COGNITION.contains(doc.lemma(v)) && (doc.tag(v).startsWith("VB") || doc.tag(v).equals("JJ"))
          && v + 1 < w && CLAUSE_OPENERS.contains(doc.tag(v + 1))) {
        if (doc.tag(v + 1).equals("IN") && !doc.lemma(v + 1).equals("that")) {
          return null; // "thinks about", "feels for": no clause
        }
        Holder holder = Holders.ofPredicate(doc, v, in.quoteOf(), in.quotes(), in.actors());
        return holder == null ? null : new Voice(holder, v + 1, end);
      }
    }
    return null;
  }
}
