package org.framelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.ActorRecords;
import org.framelens.aggregate.CorpusIdentity;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.cli.Main;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job in local[2] against the CLI on one small corpus with good and bad inputs: a JSONL file
 * (bad lines of every kind the reader knows, a line of invalid UTF-8, a line without id) and a
 * folder of .txt files (one empty). One run, then one assertion per promise.
 */
class FramelensSparkJobTest {

  @TempDir
  static Path dir;

  private static List<String> inputs;
  private static Path outdir;
  private static Run job;
  private static Run cli;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void runJobAndCli() throws IOException, URISyntaxException {
    Path fixtures = Path.of(FramelensSparkJobTest.class.getResource("corpus.jsonl").toURI()).getParent();
    Path corpus = dir.resolve("corpus.jsonl");
    Files.copy(fixtures.resolve("corpus.jsonl"), corpus);
    // a line that is not UTF-8 cannot live in a text fixture: written here, as bytes
    Files.write(corpus, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
        StandardOpenOption.APPEND);
    Path articles = dir.resolve("articles");
    copyTree(fixtures.resolve("articles"), articles);
    inputs = List.of(corpus.toString(), articles.toString(), dir.resolve("missing.jsonl").toString());
    outdir = dir.resolve("out");

    List<String> jobArgs = new ArrayList<>(inputs);
    jobArgs.addAll(List.of(outdir.toString(), "--master", "local[2]", "--format", "json"));
    job = run(FramelensSparkJob.commandLine(), jobArgs);

    List<String> cliArgs = new ArrayList<>(List.of("analyze", "--quiet", "--format", "jsonl", "-o", dir.resolve("cli.jsonl").toString()));
    cliArgs.addAll(inputs);
    cli = run(Main.commandLine(), cliArgs);
  }

  @Test
  void exitsAsTheCliDoesWhenSomeInputsAreSkipped() {
    assertEquals(5, cli.exit(), cli.err());
    assertEquals(cli.exit(), job.exit(), job.err());
  }

  @Test
  void writesTheCliJsonlLinesForTheSameDocumentsSortedById() throws IOException {
    List<String> expected = sortedById(cliLines());
    List<String> actual = sortedById(jsonlParts(outdir.resolve("analyses")));
    assertEquals(8, expected.size());
    assertSameLines(expected, actual);
  }

  @Test
  void writesThePartsInTheOrderTheCliReadsItsInputs() throws IOException {
    assertSameLines(cliLines(), jsonlParts(outdir.resolve("analyses")));
  }

  @Test
  void givesASurnameOnlySpeakerTheCanonicalIdOfTheCorpus() throws IOException {
    String summit = jsonlParts(outdir.resolve("analyses")).stream().filter(l -> id(l).equals("summit-08")).findFirst()
        .orElseThrow();
    JsonNode speaker = Json.mapper().readTree(summit).path("quotes").path(0).path("speakers").path(0);
    assertEquals("ingrid-solberg", speaker.path("actor").asText(), summit);
    assertEquals("Solberg", speaker.path("mention").path("text").asText());
  }

  @Test
  void recordsEveryInputTheCliSkipsAsAnErrorWithItsReason() throws IOException {
    List<String> expected = cli.err().lines().filter(l -> !l.startsWith("nothing")).toList();
    List<String> records = new ArrayList<>();
    for (String line : jsonlParts(outdir.resolve("errors"))) {
      JsonNode r = Json.mapper().readTree(line);
      records.add(r.get("id").asText() + ": " + r.get("reason").asText());
    }
    assertEquals(7, expected.size(), cli.err());
    assertEquals(expected, records);
    assertTrue(job.err().contains(expected.get(0)), job.err());
  }

  @Test
  void printsTheCountsOfGoodAndBadDocuments() {
    assertTrue(job.out().startsWith("8 documents analysed, 7 skipped"), job.out());
  }

  @Test
  void writesTheReportThatReportWritesOnTheJobsOwnOutput() throws IOException {
    List<String> args = new ArrayList<>(List.of("report", "--format", "json", "-o", dir.resolve("report.json").toString()));
    try (Stream<Path> parts = Files.list(outdir.resolve("analyses"))) {
      parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(p -> args.add(p.toString()));
    }
    Run report = run(Main.commandLine(), args);
    assertEquals(0, report.exit(), report.err());
    assertEquals(Files.readString(dir.resolve("report.json")), Files.readString(outdir.resolve("report.json")));
  }

  @Test
  void writesTheReportThatAnalyzeWritesForTheSameInputs() throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "--quiet", "--format", "json", "-o", dir.resolve("analyze-report.json").toString()));
    args.addAll(inputs);
    Run analyze = run(Main.commandLine(), args);
    assertEquals(5, analyze.exit(), analyze.err());
    String report = Files.readString(outdir.resolve("report.json"));
    assertEquals(Files.readString(dir.resolve("analyze-report.json")), report);
    assertTrue(report.contains("\"harbor-01\""), "the report covers the corpus");
  }

  @Test
  void writesOneParquetRowPerDocumentHoldingItsJsonlLine() throws IOException {
    SparkSession spark = SparkSession.builder().master("local[1]").appName("read-back")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      List<Row> rows = spark.read().parquet(outdir.resolve("analyses.parquet").toString()).orderBy("id").collectAsList();
      List<String> lines = sortedById(cliLines());
      assertEquals(lines.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(lines.get(i), rows.get(i).getAs("analysis"));
        assertEquals(Json.mapper().readTree(lines.get(i)).get("id").asText(), rows.get(i).getAs("id"));
        assertTrue((Integer) rows.get(i).getAs("tokens") > 10);
      }
    } finally {
      spark.stop();
    }
  }

  @Test
  void writesTheSameBytesWhateverThePartitioning() throws IOException {
    Path other = dir.resolve("out-3-partitions");
    List<String> args = new ArrayList<>(inputs);
    args.addAll(List.of(other.toString(), "--master", "local[2]", "--format", "json", "--partitions", "3"));
    Run again = run(FramelensSparkJob.commandLine(), args);
    assertEquals(job.exit(), again.exit(), again.err());
    assertEquals(jsonlParts(outdir.resolve("analyses")), jsonlParts(other.resolve("analyses")));
    assertEquals(Files.readString(outdir.resolve("report.json")), Files.readString(other.resolve("report.json")));
  }

  @Test
  void replacesAnEarlierRunsOutput() throws IOException {
    assertTrue(Files.exists(outdir.resolve("analyses/_SUCCESS")));
    try (Stream<Path> files = Files.list(outdir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  /**
   * The CLI's JSONL with corpus-wide actor ids: its lines rewritten through the library's
   * {@link CorpusIdentity}, folded over the whole output, as {@code analyze} does before writing
   * (a no-op on lines that already carry canonical ids).
   */
  private static List<String> cliLines() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("cli.jsonl"));
    ActorRecords records = ActorRecords.empty();
    for (String line : lines) {
      records.add(Json.mapper().readValue(line, DocumentAnalysis.class));
    }
    CorpusIdentity identity = records.resolve(ActorRegistry.empty());
    List<String> canonical = new ArrayList<>();
    for (String line : lines) {
      ObjectNode tree = (ObjectNode) Json.mapper().readTree(line);
      identity.apply(tree);
      canonical.add(Json.mapper().writeValueAsString(tree));
    }
    return canonical;
  }

  /** Line by line, so a failure names the first document that differs instead of printing the corpus twice. */
  private static void assertSameLines(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), "lines");
  }

  private static Run run(CommandLine commandLine, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The part files of a Spark text output, in part order, as one list of lines. */
  private static List<String> jsonlParts(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sortedById(List<String> lines) {
    return lines.stream().sorted(Comparator.comparing(FramelensSparkJobTest::id)).toList();
  }

  private static String id(String line) {
    try {
      return Json.mapper().readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
