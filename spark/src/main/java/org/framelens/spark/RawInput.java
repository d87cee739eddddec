package org.framelens.spark;

import java.io.Serializable;
import java.util.Optional;
import org.framelens.corpus.CorpusReader;

/**
 * One input as fetched, before it is read: the bytes of a {@code .txt} file under its document id,
 * or one JSONL line (a Parquet row arrives as its JSON) under its file name and line number. It is
 * read on the executor with the library's own reader, so ids, metadata and problems are exactly
 * those of {@code analyze}.
 */
record RawInput(Order order, boolean jsonl, String name, int line, byte[] bytes) implements Serializable {

  static RawInput text(Order order, String id, byte[] bytes) {
    return new RawInput(order, false, id, 0, bytes);
  }

  static RawInput jsonlLine(Order order, String file, int line, byte[] bytes) {
    return new RawInput(order, true, file, line, bytes);
  }

  /** The document or the problem in its place; empty for a blank JSONL line, which the CLI skips too. */
  Optional<CorpusReader.Item> read() {
    return jsonl ? CorpusReader.jsonlLine(name, line, bytes) : Optional.of(CorpusReader.text(name, bytes));
  }
}
