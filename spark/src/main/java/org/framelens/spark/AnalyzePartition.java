package org.framelens.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.CorpusReader;
import org.framelens.corpus.InputProblem;
import org.framelens.corpus.Json;

/**
 * Analyses one partition on an executor. Only the small {@link AnalyzerConfig} is serialised with
 * the task; {@link Analyzer#forConfig} builds the CoreNLP pipeline and lexicons once per executor
 * JVM and every later task there reuses them. Documents stream through one at a time, so a
 * partition never sits in memory whole.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<RawInput>, Outcome> {

  private static final long serialVersionUID = 1L;

  private final AnalyzerConfig config;

  AnalyzePartition(AnalyzerConfig config) {
    this.config = config;
  }

  @Override
  public Iterator<Outcome> call(Iterator<RawInput> inputs) {
    Analyzer analyzer = Analyzer.forConfig(config);
    return new Iterator<>() {
      private Outcome next;

      @Override
      public boolean hasNext() {
        while (next == null && inputs.hasNext()) {
          RawInput raw = inputs.next();
          next = raw.read().map(item -> outcome(analyzer, raw.order(), item)).orElse(null);
        }
        return next != null;
      }

      @Override
      public Outcome next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Outcome o = next;
        next = null;
        return o;
      }
    };
  }

  /** The analysis, or the reason there is none; a document that breaks the analysis fails alone. */
  static Outcome outcome(Analyzer analyzer, Order order, CorpusReader.Item item) {
    if (!item.ok()) {
      return Outcome.failed(order, item.problem());
    }
    String id = item.document().id();
    try {
      DocumentAnalysis analysis = analyzer.analyze(item.document());
      return Outcome.analysed(order, id, analysis.tokens(), Json.mapper().writeValueAsString(analysis));
    } catch (JsonProcessingException | RuntimeException | StackOverflowError e) {
      // the same words as the CLI; a stack overflow in a parser on one pathological text is caught
      // too, since in a cluster it would otherwise fail the task four times and then the job
      return Outcome.failed(order, new InputProblem(id, 0, "analysis failed: " + e, false));
    }
  }
}
