package org.framelens.cli;

import static org.framelens.cli.CliRun.framelens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.GeneratedNews;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads} cannot change a byte: a few hundred generated articles, analysed and evaluated
 * with one thread and with two. With so many documents of different lengths, the two workers finish
 * out of order many times over, so output that followed completion order instead of input order
 * would show.
 */
class ThreadCountDeterminismTest {

  private static final int DOCUMENTS = 300;

  @TempDir
  static Path dir;

  private static Path corpus;
  private static List<GeneratedNews.Article> articles;

  @BeforeAll
  static void writeCorpus() throws IOException {
    articles = GeneratedNews.corpus(20261203L, DOCUMENTS);
    StringBuilder jsonl = new StringBuilder();
    for (GeneratedNews.Article a : articles) {
      jsonl.append(Json.mapper().writeValueAsString(a.jsonl())).append('\n');
    }
    corpus = Files.writeString(dir.resolve("generated.jsonl"), jsonl);
  }

  @Test
  void analyzeWritesTheSameJsonlWithOneThreadAndWithTwo() {
    CliRun one = framelens("analyze", "--quiet", "--threads", "1", corpus.toString());
    CliRun two = framelens("analyze", "--quiet", "--threads", "2", corpus.toString());
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertEquals(articles.stream().map(GeneratedNews.Article::id).toList(),
        one.outLines().stream().map(ThreadCountDeterminismTest::id).toList(), "one line per article, in input order");
    assertEquals(one.out(), two.out());
  }

  @Test
  void evaluateScoresTheSameWithOneThreadAndWithTwo() throws IOException {
    CliRun one = framelens("evaluate", "--json", "--threads", "1", "--gold", corpus.toString(), corpus.toString());
    CliRun two = framelens("evaluate", "--json", "--threads", "2", "--gold", corpus.toString(), corpus.toString());
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    JsonNode figures = Json.mapper().readTree(one.out());
    int gold = articles.stream().mapToInt(a -> a.quotes().size()).sum();
    assertEquals(gold, figures.path("goldQuotes").asInt());
    assertEquals(0, figures.path("missingDocuments").asInt());
    // the patterns are plain news attribution, so every quote is found and given to its speaker:
    // predictions scored against another document's gold would show here
    assertEquals(gold, figures.path("found").asInt(), one.out());
    assertEquals(gold, figures.path("right").asInt(), one.out());
    assertEquals(one.out(), two.out());
  }

  private static String id(String line) {
    try {
      return Json.mapper().readTree(line).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
