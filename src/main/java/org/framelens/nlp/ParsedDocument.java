package org.framelens.nlp;

import java.util.Arrays;
import org.framelens.Span;

/**
 * An annotated document as plain arrays, independent of CoreNLP: what every later step reads.
 * Immutable once built; token {@code i} covers {@code text.substring(begin(i), end(i))}.
 */
public final class ParsedDocument {

  private final String text;
  private final String[] words;
  private final String[] lemmas;
  private final String[] tags;
  private final String[] ner;
  private final int[] begins;
  private final int[] ends;
  private final int[] sentenceStarts; // token index where each sentence starts, plus size() at the end
  private final int[] sentenceOf;

  public ParsedDocument(String text, String[] words, String[] lemmas, String[] tags, String[] ner,
      int[] begins, int[] ends, int[] sentenceStarts) {
    int n = words.length;
    if (lemmas.length != n || tags.length != n || ner.length != n || begins.length != n || ends.length != n) {
      throw new IllegalArgumentException("token arrays differ in length");
    }
    if (sentenceStarts.length == 0 || sentenceStarts[sentenceStarts.length - 1] != n) {
      throw new IllegalArgumentException("sentenceStarts must end with the token count");
    }
    this.text = text;
    this.words = words.clone();
    this.lemmas = lemmas.clone();
    this.tags = tags.clone();
    this.ner = ner.clone();
    this.begins = begins.clone();
    this.ends = ends.clone();
    this.sentenceStarts = sentenceStarts.clone();
    this.sentenceOf = new int[n];
    for (int s = 0; s + 1 < sentenceStarts.length; s++) {
      Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
    }
  }

  public String text() {
    return text;
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  /** Lower-cased lemma. */
  public String lemma(int i) {
    return lemmas[i];
  }

  public String tag(int i) {
    return tags[i];
  }

  /** CoreNLP's coarse NER label (PERSON, ORGANIZATION, LOCATION, MISC or O). */
  public String ner(int i) {
    return ner[i];
  }

  public int begin(int i) {
    return begins[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public Span span(int from, int to) {
    return new Span(begins[from], ends[to - 1]);
  }

  public int sentenceCount() {
    return sentenceStarts.length - 1;
  }

  public int sentenceOf(int token) {
    return sentenceOf[token];
  }

  public int sentenceStart(int sentence) {
    return sentenceStarts[sentence];
  }

  /** Exclusive end token of a sentence. */
  public int sentenceEnd(int sentence) {
    return sentenceStarts[sentence + 1];
  }

  /** The first token whose end lies after {@code offset}, or size() if none. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
