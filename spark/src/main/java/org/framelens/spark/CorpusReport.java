package org.framelens.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.framelens.report.FramingReport;

/**
 * The corpus framing report from the job's analyses: the seam where the report meets Spark.
 * Until the library has a mergeable corpus aggregate, the analyses stream to the driver in input
 * order and the library's report builder reads them, as {@code analyze --format FORMAT} does.
 */
final class CorpusReport {

  private CorpusReport() {}

  static FramingReport of(JavaRDD<Outcome> sortedAnalyses) {
    List<DocumentAnalysis> analyses = new ArrayList<>();
    sortedAnalyses.toLocalIterator().forEachRemaining(o -> analyses.add(parse(o.json())));
    return FramingReport.of(analyses);
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
