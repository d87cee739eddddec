package org.framelens.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.framelens.Mention;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases.Range;

/**
 * Attributes quotations to speakers with the rules of news prose, read off tokens, POS tags and
 * NER: first the cues of the quote's own sentence ({@link OwnSentenceCues}), then, for a quote with
 * no cue of its own, the paragraph it continues, or what comes before it ({@link NeighbourCues}).
 * This class runs those steps in order over a document's quotes and builds the result. Stateless
 * and thread-safe; the per-document state lives in {@link DocumentActors}.
 */
public final class Attributor {

  private final SpeechCues cues;

  public Attributor(SpeechCues cues) {
    this.cues = cues;
  }

  /** A speech event outside quote marks: the sentence reports what someone said. */
  public record Report(int sentence, int cueToken, Range subject, List<String> actors) {}

  /**
   * The attributions of one document, the reported-speech events found on the way, and for each
   * token the index of the quote it lies in (-1 outside quotes).
   */
  public record Result(List<Quote> quotes, List<Report> reports, int[] quoteOfToken) {}

  public Result attribute(ParsedDocument doc, List<QuoteMarks> marks, DocumentActors actors) {
    int[] quoteOf = new int[doc.size()];
    Arrays.fill(quoteOf, -1);
    int[][] tokenRanges = new int[marks.size()][];
    for (int q = 0; q < marks.size(); q++) {
      QuoteMarks m = marks.get(q);
      int first = doc.tokenAtOrAfter(m.outerStart());
      int last = first;
      while (last < doc.size() && doc.begin(last) < m.outerEnd()) {
        quoteOf[last] = q;
        last++;
      }
      tokenRanges[q] = new int[] {first, last};
    }
    SpeechGrammar grammar = new SpeechGrammar(doc, quoteOf, cues);
    OwnSentenceCues ownSentence = new OwnSentenceCues(grammar, actors);
    NeighbourCues neighbours = new NeighbourCues(grammar, actors);
    List<Report> reports = ReportedSpeech.find(grammar, actors);
    Decision[] decisions = new Decision[marks.size()];
    for (int q = 0; q < marks.size(); q++) {
      decisions[q] = ownSentence.decide(tokenRanges[q][0], tokenRanges[q][1]);
      if (decisions[q] != null) {
        actors.spoke(decisions[q].actors(), tokenRanges[q][0]);
      } else if (marks.get(q).continuation() && q > 0 && decisions[q - 1] != null) {
        decisions[q] = decisions[q - 1].as("paragraph-continuation", 0.85);
      } else {
        decisions[q] = neighbours.decide(tokenRanges, decisions, reports, q);
      }
    }
    // a chain of paragraphs whose cue comes late: earlier links take the chain's speaker
    for (int q = marks.size() - 2; q >= 0; q--) {
      if (decisions[q] == null && marks.get(q + 1).continuation() && decisions[q + 1] != null) {
        decisions[q] = decisions[q + 1].as("paragraph-continuation", 0.8);
      }
    }
    List<Quote> quotes = new ArrayList<>(marks.size());
    for (int q = 0; q < marks.size(); q++) {
      quotes.add(quote(doc, marks.get(q), decisions[q], actors));
    }
    return new Result(quotes, reports, quoteOf);
  }

  /** The quote as the API shows it: no speaker and method "none" when no rule decided. */
  private static Quote quote(ParsedDocument doc, QuoteMarks m, Decision d, DocumentActors actors) {
    String text = doc.text().substring(m.start(), m.end());
    if (d == null) {
      return new Quote(m.start(), m.end(), text, List.of(), Optional.empty(), "none", 0.0, List.of());
    }
    List<Speaker> speakers = new ArrayList<>();
    Mention mention = Mention.of(doc.text(), doc.span(d.mention().start(), d.mention().end()));
    for (String id : d.actors()) {
      speakers.add(new Speaker(actors.actor(id), actors.name(id), mention));
    }
    Optional<Mention> cue = d.cue() < 0 ? Optional.empty() : Optional.of(Mention.of(doc.text(), doc.span(d.cue(), d.cue() + 1)));
    return new Quote(m.start(), m.end(), text, speakers, cue, d.method(), d.confidence(), List.of());
  }
}
