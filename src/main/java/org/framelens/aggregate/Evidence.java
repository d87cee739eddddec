package org.framelens.aggregate;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The evidence a report quotes, kept as bounded samples ranked by {@link Rank}. Empty strings stand for none. */
final class Evidence {

  private Evidence() {}

  /** A quote as one of its speakers said it; {@code speakers} are raw (not yet canonical) actor ids. */
  record QuoteSample(long rank, String document, int start, int end, String text, List<String> themes,
      List<String> speakers, double confidence) implements Serializable, Comparable<QuoteSample> {

    private static final Comparator<QuoteSample> ORDER = Comparator.comparingLong(QuoteSample::rank)
        .thenComparing(QuoteSample::document).thenComparingInt(QuoteSample::start)
        .thenComparingInt(QuoteSample::end);

    QuoteSample {
      themes = List.copyOf(themes);
      speakers = List.copyOf(speakers);
    }

    @Override
    public int compareTo(QuoteSample o) {
      return ORDER.compare(this, o);
    }
  }

  /** A stance with what it was read from; {@code targetActor}, {@code theme}, {@code concept} may be "". */
  record StanceSample(long rank, String document, String targetText, String targetActor, String theme,
      String concept, String polarity, String cue, String evidence, int evidenceStart, int evidenceEnd,
      String source, double confidence) implements Serializable, Comparable<StanceSample> {

    private static final Comparator<StanceSample> ORDER = Comparator.comparingLong(StanceSample::rank)
        .thenComparing(StanceSample::document).thenComparingInt(StanceSample::evidenceStart)
        .thenComparing(StanceSample::targetText).thenComparing(StanceSample::polarity)
        .thenComparing(StanceSample::cue);

    @Override
    public int compareTo(StanceSample o) {
      return ORDER.compare(this, o);
    }
  }

  /** A document in the overview's short list: the first few by id. */
  record DocumentSample(String id, String date, int tokens, int quotes, int actors)
      implements Serializable, Comparable<DocumentSample> {
    @Override
    public int compareTo(DocumentSample o) {
      int c = id.compareTo(o.id);
      return c != 0 ? c : Integer.compare(tokens, o.tokens);
    }
  }
}
