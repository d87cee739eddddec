package org.framelens.cli;

import static org.framelens.cli.CliRun.framelens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.GeneratedNews;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --format json} folds each analysis into the aggregate as it streams: the same
 * report whatever {@code --threads}, and the same as {@code report} over the saved JSONL.
 */
class AnalyzeReportFormatsTest {

  @TempDir
  static Path dir;

  private static Path corpus;

  @BeforeAll
  static void writeCorpus() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (GeneratedNews.Article a : GeneratedNews.corpus(20261204L, 60)) {
      jsonl.append(Json.mapper().writeValueAsString(a.jsonl())).append('\n');
    }
    corpus = Files.writeString(dir.resolve("generated.jsonl"), jsonl);
  }

  @Test
  void theReportOfAnalyzeIsTheReportOfItsJsonlWhateverTheThreads() throws IOException {
    CliRun one = framelens("analyze", "--quiet", "--threads", "1", "--format", "json", corpus.toString());
    CliRun two = framelens("analyze", "--quiet", "--threads", "2", "--format", "json", corpus.toString());
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertEquals(one.out(), two.out());
    assertEquals(60, Json.mapper().readTree(one.out()).get("overview").get("documents").asInt());
    assertTrue(Json.mapper().readTree(one.out()).get("overview").get("quotes").asInt() > 50, one.out());

    Path saved = dir.resolve("analyses.jsonl");
    assertEquals(0, framelens("analyze", "--quiet", "--threads", "2", corpus.toString(), "-o", saved.toString())
        .code());
    CliRun report = framelens("report", "--format", "json", saved.toString());
    assertEquals(0, report.code(), report.err());
    assertEquals(one.out(), report.out());

    // the JSONL keeps every stance; the report shows those at or above --min-stance-confidence
    long inJsonl = 0;
    for (String line : Files.readAllLines(saved)) {
      inJsonl += Json.mapper().readTree(line).get("stances").size();
    }
    JsonNode overview = Json.mapper().readTree(framelens("report", "--format", "json", "--min-stance-confidence",
        "0.75", saved.toString()).out()).get("overview");
    assertEquals(inJsonl, overview.get("stances").asLong() + overview.get("stancesBelowConfidence").asLong());
    assertTrue(inJsonl > 0);
  }
}
