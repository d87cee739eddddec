package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code evaluate --themes}: statements labelled with themes, scored against what the lexicons find. */
class EvaluateThemesCommandTest {

  private static final String DIR = "src/test/resources/org/framelens/cli/theme-labels/";
  private static final String LABELS = DIR + "labels.tsv";
  private static final String CORPUS = DIR + "corpus.jsonl";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsPrecisionAndRecallPerThemeAndOverall() {
    Run run = run("evaluate", "--themes", LABELS, CORPUS);
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("statements: 5 (3 with a theme label); predicted themes equal the labels in 4", lines.get(0));
    assertTrue(lines.contains("resistance                  1         0      0     0.000   0.000  0.000"), run.out());
    assertTrue(lines.contains("western_pressure            2         2      2     1.000   1.000  1.000"), run.out());
    assertEquals("overall (micro)             5         4      4     1.000   0.800  0.889", lines.get(lines.size() - 1));
  }

  @Test
  void jsonGivesTheSameFiguresAndVerboseNamesTheDifferingStatementByOffsetsOnly() throws IOException {
    Run run = run("evaluate", "--themes", LABELS, CORPUS, "--json", "-v");
    JsonNode figures = Json.mapper().readTree(run.out());
    assertEquals(0.8, figures.path("overall").path("recall").asDouble());
    assertEquals(1, figures.path("themes").path("hegemony").path("right").asInt());
    assertEquals(LABELS + ":4: a 77-124 labels [resistance, western_pressure] predicted [western_pressure] by"
        + " [western_pressure/diktat]", run.err().strip());
  }

  @Test
  void aMalformedLabelLineIsABadInputNamingFileAndLine() throws IOException {
    Path labels = Files.writeString(dir.resolve("bad.tsv"), "a\t0\t39\tsanctions\na\t9\n");
    Run run = run("evaluate", "--themes", labels.toString(), CORPUS);
    assertEquals(4, run.code());
    assertEquals(labels + ":2: expected 4 tab-separated columns (document, start, end, themes), got 2", run.err().strip());
  }

  @Test
  void statementsOfADocumentNotInTheCorpusAreReportedAndTheRestScored() throws IOException {
    Path labels = Files.writeString(dir.resolve("l.tsv"), "a\t0\t39\tsanctions\nzz\t0\t10\t-\na\t40\t999\t-\n");
    Run run = run("evaluate", "--themes", labels.toString(), CORPUS);
    assertEquals(5, run.code());
    assertTrue(run.err().contains("document 'zz' is not in " + CORPUS), run.err());
    assertTrue(run.err().contains(labels + ":3: end 999 lies beyond document 'a'"), run.err());
    assertTrue(run.out().startsWith("statements: 1 (1 with a theme label)"), run.out());
  }

  @Test
  void oneOfGoldOrThemesIsRequired() {
    Run run = run("evaluate", CORPUS);
    assertEquals(2, run.code());
    assertTrue(run.err().contains("give one of --gold GOLD.jsonl or --themes LABELS.tsv"), run.err());
  }
}
