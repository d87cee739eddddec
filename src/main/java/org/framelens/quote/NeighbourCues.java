package org.framelens.quote;

import java.util.List;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Attributes a quote that has no cue of its own from what comes before it: a sentence ending in a
 * colon that introduces it, else the nearer of the last attributed quote and the last reported
 * speech within {@link #PARAGRAPHS_BACK} paragraphs. One per document.
 */
final class NeighbourCues {

  private static final int PARAGRAPHS_BACK = 2;

  private final SpeechGrammar grammar;
  private final DocumentActors actors;

  NeighbourCues(SpeechGrammar grammar, DocumentActors actors) {
    this.grammar = grammar;
    this.actors = actors;
  }

  /**
   * The decision for quote {@code q}, whose tokens start at {@code ranges[q][0]}, given the
   * decisions of the quotes before it (null where undecided) and the document's reported speech.
   */
  Decision decide(int[][] ranges, Decision[] decisions, List<Attributor.Report> reports, int q) {
    ParsedDocument doc = grammar.doc();
    int first = ranges[q][0];
    if (first >= doc.size()) {
      return null;
    }
    Decision introduced = colonIntroduction(first);
    if (introduced != null) {
      return introduced;
    }
    int paragraphFloor = paragraphFloor(doc, first);
    int bestToken = -1;
    Decision best = null;
    for (int p = q - 1; p >= 0; p--) {
      if (decisions[p] != null && ranges[p][0] >= paragraphFloor) {
        bestToken = ranges[p][0];
        best = decisions[p].as("previous-speaker", 0.65);
        break;
      }
    }
    int bestSentence = bestToken < 0 ? -1 : doc.sentenceOf(bestToken);
    for (int r = reports.size() - 1; r >= 0; r--) {
      Attributor.Report report = reports.get(r);
      // "..., said Mira Costa, ..., who studies coastal erosion": the quote's own sentence
      // and relative clauses do not take the next quote away from its speaker
      boolean weak = report.sentence() == bestSentence
          || Phrases.isRelativePronoun(doc, report.subject());
      if (!weak && report.cueToken() < first && report.cueToken() > bestToken
          && doc.begin(report.cueToken()) >= doc.begin(paragraphFloor) && !report.actors().isEmpty()) {
        best = new Decision(report.actors(), report.subject(), report.cueToken(), "previous-reported-speech", 0.65);
        break;
      }
      if (report.cueToken() < bestToken) {
        break;
      }
    }
    return best;
  }

  /**
   * A quote that opens a paragraph after one ending in a colon ("She then named three
   * conditions:", "The statement reads in full:") belongs to whoever that sentence introduces.
   */
  private Decision colonIntroduction(int first) {
    ParsedDocument doc = grammar.doc();
    int sentence = doc.sentenceOf(first);
    if (sentence == 0 || doc.sentenceStart(sentence) != first) {
      return null;
    }
    int prevStart = doc.sentenceStart(sentence - 1);
    int prevEnd = doc.sentenceEnd(sentence - 1);
    if (prevEnd <= prevStart || !doc.word(prevEnd - 1).equals(":")
        || doc.text().indexOf('\n', doc.end(prevEnd - 1)) > doc.begin(first) || doc.text().indexOf('\n', doc.end(prevEnd - 1)) < 0) {
      return null;
    }
    int fallbackVerb = -1;
    for (int i = prevStart; i < prevEnd; i++) {
      if (!grammar.outside(i)) {
        continue;
      }
      if (grammar.speechEvent(i)) {
        Range subject = grammar.subjectOf(i, prevStart);
        if (subject != null) {
          return Decision.of(doc, actors, subject, i, "colon-introduction", 0.8);
        }
      } else if (fallbackVerb < 0 && grammar.isFiniteVerb(i)) {
        fallbackVerb = i;
      }
    }
    Range subject = fallbackVerb >= 0 ? grammar.subjectOf(fallbackVerb, prevStart) : Phrases.nounPhraseStartingAt(doc, prevStart, prevEnd);
    return subject == null ? null
        : Decision.of(doc, actors, subject, fallbackVerb >= 0 ? fallbackVerb : -1, "colon-introduction", 0.7);
  }

  /** The first token of the paragraph {@link #PARAGRAPHS_BACK} paragraphs before this one. */
  private static int paragraphFloor(ParsedDocument doc, int token) {
    String text = doc.text();
    int offset = doc.begin(token);
    int paragraphs = 0;
    int i = offset - 1;
    while (i >= 0) {
      if (text.charAt(i) == '\n' && i > 0 && !text.substring(Math.max(0, lineStart(text, i - 1)), i).isBlank()) {
        paragraphs++;
        if (paragraphs > PARAGRAPHS_BACK) {
          break;
        }
      }
      i--;
    }
    return doc.tokenAtOrAfter(Math.max(0, i + 1));
  }

  private static int lineStart(String text, int i) {
    int nl = text.lastIndexOf('\n', i);
    return nl + 1;
  }
}
