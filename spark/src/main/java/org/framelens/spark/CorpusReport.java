package org.framelens.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.apache.spark.api.java.JavaRDD;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;

/**
 * The corpus aggregate of the job's analyses: each partition folds its documents into an
 * aggregate on its executor, and {@code treeAggregate} merges those in a tree, so the driver
 * receives a few aggregates, never the documents. The aggregate is a monoid, so the result is the
 * one {@code analyze} folds in input order on one machine.
 */
final class CorpusReport {

  /** Levels of the merge tree: enough that no single merge takes in thousands of partitions. */
  private static final int DEPTH = 2;

  private CorpusReport() {}

  static CorpusAggregate aggregate(JavaRDD<Outcome> analyses, ReportOptions options) {
    return analyses.treeAggregate(CorpusAggregate.empty(options),
        (aggregate, outcome) -> aggregate.add(parse(outcome.json())),
        CorpusAggregate::merge, DEPTH);
  }

  static DocumentAnalysis parse(String json) {
    try {
      return Json.mapper().readValue(json, DocumentAnalysis.class);
    } catch (JsonProcessingException e) {
      // the line was written by the same mapper a moment ago: unreadable means a library bug
      throw new UncheckedIOException("an analysis does not read back: " + e.getOriginalMessage(), e);
    }
  }
}
