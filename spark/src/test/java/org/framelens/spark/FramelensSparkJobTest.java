package org.framelens.spark;

import static org.framelens.spark.JobRuns.assertSameLines;
import static org.framelens.spark.JobRuns.id;
import static org.framelens.spark.JobRuns.jsonlParts;
import static org.framelens.spark.JobRuns.localSession;
import static org.framelens.spark.JobRuns.run;
import static org.framelens.spark.JobRuns.sortedById;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framelens.cli.Main;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] against the CLI on one small corpus with good and bad inputs: a JSONL file
 * (bad lines of every kind the reader knows, a line of invalid UTF-8, a line without id) and a
 * folder of .txt files (one empty), a missing input and an empty file. One run, then one assertion
 * per promise.
 */
class FramelensSparkJobTest {

  @TempDir
  static Path dir;

  private static List<String> inputs;
  private static Path outdir;
  private static JobRuns.Run job;
  private static JobRuns.Run cli;

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
    Path emptyFile = Files.writeString(dir.resolve("blank.txt"), "");
    inputs = List.of(corpus.toString(), articles.toString(), dir.resolve("missing.jsonl").toString(), emptyFile.toString());
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
    List<String> expected = sortedById(Files.readAllLines(dir.resolve("cli.jsonl")));
    List<String> actual = sortedById(jsonlParts(outdir.resolve("analyses")));
    assertEquals(8, expected.size());
    assertSameLines(expected, actual);
  }

  @Test
  void writesThePartsInTheOrderTheCliReadsItsInputs() throws IOException {
    assertSameLines(Files.readAllLines(dir.resolve("cli.jsonl")), jsonlParts(outdir.resolve("analyses")));
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
    assertEquals(8, expected.size(), cli.err());
    assertEquals(expected, records);
    assertTrue(job.err().contains(expected.get(0)), job.err());
  }

  @Test
  void printsTheCountsOfGoodAndBadDocuments() {
    assertTrue(job.out().startsWith("8 documents analysed, 8 skipped"), job.out());
  }

  @Test
  void writesTheReportThatReportWritesOnTheJobsOwnOutput() throws IOException {
    List<String> args = new ArrayList<>(List.of("report", "--format", "json", "-o", dir.resolve("report.json").toString()));
    try (Stream<Path> parts = Files.list(outdir.resolve("analyses"))) {
      parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(p -> args.add(p.toString()));
    }
    JobRuns.Run report = run(Main.commandLine(), args);
    assertEquals(0, report.exit(), report.err());
    assertEquals(Files.readString(dir.resolve("report.json")), Files.readString(outdir.resolve("report.json")));
  }

  @Test
  void writesTheReportThatAnalyzeWritesForTheSameInputs() throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "--quiet", "--format", "json", "-o", dir.resolve("analyze-report.json").toString()));
    args.addAll(inputs);
    JobRuns.Run analyze = run(Main.commandLine(), args);
    assertEquals(5, analyze.exit(), analyze.err());
    String report = Files.readString(outdir.resolve("report.json"));
    assertEquals(Files.readString(dir.resolve("analyze-report.json")), report);
    assertTrue(report.contains("\"harbor-01\""), "the report covers the corpus");
  }

  @Test
  void writesOneParquetRowPerDocumentHoldingItsJsonlLine() throws IOException {
    SparkSession spark = localSession();
    try {
      List<Row> rows = spark.read().parquet(outdir.resolve("analyses.parquet").toString()).orderBy("id").collectAsList();
      List<String> lines = sortedById(Files.readAllLines(dir.resolve("cli.jsonl")));
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
    JobRuns.Run again = run(FramelensSparkJob.commandLine(), args);
    assertEquals(job.exit(), again.exit(), again.err());
    assertEquals(jsonlParts(outdir.resolve("analyses")), jsonlParts(other.resolve("analyses")));
    assertEquals(Files.readString(outdir.resolve("report.json")), Files.readString(other.resolve("report.json")));
  }

  @Test
  void exitsWithTheCliCodeAndWritesNothingWhenTheOnlyInputIsMissing() {
    Path empty = dir.resolve("out-missing");
    JobRuns.Run missing = run(FramelensSparkJob.commandLine(),
        List.of(dir.resolve("nowhere.jsonl").toString(), empty.toString(), "--master", "local[1]"));
    assertEquals(3, missing.exit(), missing.err());
    assertTrue(missing.err().contains("nowhere.jsonl: no such file or folder"), missing.err());
    assertFalse(Files.exists(empty.resolve("report.json")));
  }

  @Test
  void refusesAnUnreadableActorRegistryBeforeStartingSpark() {
    JobRuns.Run refused = run(FramelensSparkJob.commandLine(),
        List.of(inputs.get(0), dir.resolve("out-refused").toString(), "--actors", dir.resolve("none.yml").toString()));
    assertEquals(7, refused.exit(), refused.err());
    assertTrue(refused.err().contains("none.yml: no such readable file"), refused.err());
    assertFalse(Files.exists(dir.resolve("out-refused")));
  }

  @Test
  void closesEachOutputFolderAndLeavesNoTemporaryFile() throws IOException {
    assertTrue(Files.exists(outdir.resolve("analyses/_SUCCESS")));
    try (Stream<Path> files = Files.list(outdir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
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
