package org.framelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.ActorRecords;
import org.framelens.aggregate.CorpusIdentity;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;

/**
 * The {@code analyze} JSONL with corpus-wide actor ids. Who is who is only known once the whole
 * corpus is read, so the lines first go to a temporary spool file; {@link #finish} folds the
 * spool's {@link ActorRecords}, resolves the {@link CorpusIdentity}, and writes each line again
 * through it. Memory holds the actor records, never the analyses. The spool is deleted on close.
 */
final class CanonicalJsonl implements Closeable {

  private final Path spool;
  private final Writer writer;

  private CanonicalJsonl(Path spool) throws IOException {
    this.spool = spool;
    this.writer = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
  }

  static CanonicalJsonl spool() throws IOException {
    return new CanonicalJsonl(Files.createTempFile("framelens-analyze-", ".jsonl"));
  }

  /** Where the analyses go first, one JSON line each. */
  Writer writer() {
    return writer;
  }

  /** Resolves the corpus identity from the spooled lines and writes them again through it. */
  void finish(ActorRegistry registry, Writer out) throws IOException {
    writer.close();
    ActorRecords records = ActorRecords.empty();
    try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        records.add(Json.mapper().readValue(line, DocumentAnalysis.class));
      }
    }
    CorpusIdentity identity = records.resolve(registry);
    try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(line);
        identity.apply(tree);
        out.write(Json.mapper().writeValueAsString(tree));
        out.write('\n');
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      Files.deleteIfExists(spool);
    }
  }
}
