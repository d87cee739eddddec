package org.framelens.spark;

import java.io.Serializable;
import org.framelens.corpus.InputProblem;

/**
 * What became of one input: its analysis as the JSONL line {@code analyze} writes (before corpus
 * identity), or an error record. Small and plain, so Spark keeps and moves it cheaply; the heavy
 * objects stay on the executor that made them.
 *
 * @param json the analysis line, without newline; empty for an error
 * @param error why the input was skipped, as the CLI prints it on stderr; empty for an analysis
 * @param missing whether the input could not be found or opened at all (the CLI's exit 3, not 4)
 */
record Outcome(Order order, String id, int tokens, String json, String error, boolean missing) implements Serializable {

  static Outcome analysed(Order order, String id, int tokens, String json) {
    return new Outcome(order, id, tokens, json, "", false);
  }

  static Outcome failed(Order order, InputProblem problem) {
    String where = problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
    return new Outcome(order, where, 0, "", problem.message(), problem.missing());
  }

  boolean ok() {
    return error.isEmpty();
  }

  /** As the CLI prints a skipped input: {@code FILE:LINE: message}. */
  String describe() {
    return id + ": " + error;
  }
}
