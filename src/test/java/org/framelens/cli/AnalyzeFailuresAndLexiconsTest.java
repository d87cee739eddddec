package org.framelens.cli;

import static org.framelens.cli.CliRun.framelens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code analyze} promises when things go wrong (output that cannot be written, a document
 * whose analysis throws) and that user lexicons given to it change the themes it finds.
 */
class AnalyzeFailuresAndLexiconsTest {

  private static final String OLD = "the previous run's output\n";
  private static final String ARTICLE = "The government refused on Tuesday to lift the sanctions on the port.\n"
      + "“We will keep the port open,” Defence Minister Anna Berg said.\n";
  private static final String LEXICON = """
      format: framelens-lexicon/1
      themes:
        - id: harbours
          label: Harbours
          entries:
            - port
            - harbour
      """;

  @TempDir
  Path dir;

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("article.txt"), ARTICLE);
  }

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // --- output that cannot be written: exit 1, the target as it was, no temporary file

  @Test
  void outputOverAFolderThatHoldsFilesExitsOneAndLeavesItAsItWas() throws IOException {
    Path article = article();
    for (String format : List.of("jsonl", "md", "csv")) {
      Path target = Files.createDirectories(dir.resolve("taken-" + format));
      Files.writeString(target.resolve("inside.txt"), OLD);
      List<String> before = files(dir);
      CliRun run = framelens("analyze", "--quiet", "--format", format, "-o", target.toString(), article.toString());
      assertEquals(1, run.code(), format + ": " + run.err());
      assertEquals("", run.out(), format);
      assertTrue(run.err().startsWith(target + ": "), format + ": " + run.err());
      assertEquals(before, files(dir), format + ": no temporary file left");
      assertEquals(List.of("inside.txt"), files(target));
      assertEquals(OLD, Files.readString(target.resolve("inside.txt")));
    }
  }

  @Test
  void outputInAMissingFolderExitsOneAndCreatesNothing() throws IOException {
    Path article = article();
    Path target = dir.resolve("no-such-folder").resolve("out.jsonl");
    CliRun run = framelens("analyze", "--quiet", "-o", target.toString(), article.toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(List.of("article.txt"), files(dir));
  }

  @Test
  void anExistingOutputIsLeftAsItWasWhenNothingCouldBeAnalysed() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
    Path target = Files.writeString(dir.resolve("out.jsonl"), OLD);
    CliRun run = framelens("analyze", "--quiet", "-o", target.toString(), empty.toString());
    assertEquals(4, run.code(), run.err());
    assertEquals(OLD, Files.readString(target), "the write was abandoned after it had begun");
    assertEquals(List.of("empty.txt", "out.jsonl"), files(dir));
  }

  // --- a document whose analysis throws is reported and skipped; the others are analysed

  @Test
  void aDocumentWhoseAnalysisThrowsIsReportedAndSkippedAndTheRestAreAnalysedExitFive() throws IOException {
    StringBuilder corpus = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id = i == 5 ? "poison" : "doc-" + i;
      ids.add(id);
      corpus.append(Json.mapper().writeValueAsString(Map.of("id", id, "text", ARTICLE))).append('\n');
    }
    Path file = Files.writeString(dir.resolve("corpus.jsonl"), corpus);
    for (String threads : List.of("1", "2")) {
      AnalyzeCommand command = new AnalyzeCommand();
      command.analysis = (analyzer, document) -> {
        if (document.id().equals("poison")) {
          throw new IllegalStateException("injected failure");
        }
        return analyzer.analyze(document);
      };
      CliRun run = CliRun.run(new CommandLine(command), "--quiet", "--threads", threads, file.toString());
      assertEquals(5, run.code(), run.err());
      assertEquals(List.of("poison: analysis failed: java.lang.IllegalStateException: injected failure"),
          run.errLines());
      List<String> analysed = new ArrayList<>();
      for (String line : run.outLines()) {
        JsonNode analysis = Json.mapper().readTree(line);
        analysed.add(analysis.path("id").asText());
        assertEquals("Anna Berg", analysis.path("quotes").path(0).path("speakers").path(0).path("name").asText());
      }
      assertEquals(ids.stream().filter(id -> !id.equals("poison")).toList(), analysed, threads + " threads");
    }
  }

  @Test
  void aDocumentWhoseAnalysisThrowsIsLeftOutOfAReportToo() throws IOException {
    Path good = article();
    Path bad = Files.writeString(dir.resolve("poison.txt"), ARTICLE.replace("Anna Berg", "Otto Lamm"));
    AnalyzeCommand command = new AnalyzeCommand();
    command.analysis = (analyzer, document) -> {
      if (document.id().endsWith("poison.txt")) {
        throw new IllegalStateException("injected failure");
      }
      return analyzer.analyze(document);
    };
    CliRun run = CliRun.run(new CommandLine(command), "--quiet", "--format", "md", good.toString(), bad.toString());
    assertEquals(5, run.code(), run.err());
    assertEquals(List.of(bad + ": analysis failed: java.lang.IllegalStateException: injected failure"), run.errLines());
    assertTrue(run.out().contains("Anna Berg"), run.out());
    assertFalse(run.out().contains("Otto Lamm"), run.out());
    assertTrue(run.out().contains("1 document,"), run.out());
  }

  // --- user lexicons through analyze

  /** Every theme the analysis found, in the text and in its quotes. */
  private static TreeSet<String> themes(CliRun run) throws IOException {
    assertEquals(0, run.code(), run.err());
    JsonNode analysis = Json.mapper().readTree(run.outLines().get(0));
    TreeSet<String> themes = new TreeSet<>();
    analysis.path("themes").forEach(t -> themes.add(t.path("hit").path("theme").asText()));
    analysis.path("quotes").forEach(q -> q.path("themes").forEach(t -> themes.add("quote:" + t.asText())));
    return themes;
  }

  @Test
  void userLexiconsAddThemesToTheShippedOnesAndReplaceThemWhenAsked() throws IOException {
    Path article = article();
    Path lexicon = Files.writeString(dir.resolve("harbours.yaml"), LEXICON);
    TreeSet<String> shipped = themes(framelens("analyze", "--quiet", article.toString()));
    assertTrue(shipped.contains("sanctions"), shipped.toString());
    assertFalse(shipped.contains("harbours"), shipped.toString());

    TreeSet<String> added = themes(framelens("analyze", "--quiet", "--lexicons", lexicon.toString(), article.toString()));
    TreeSet<String> expected = new TreeSet<>(shipped);
    expected.addAll(List.of("harbours", "quote:harbours"));
    assertEquals(expected, added, "the user theme is found in the text and in the quote, beside the shipped ones");

    TreeSet<String> replaced = themes(framelens("analyze", "--quiet", "--lexicons", lexicon.toString(),
        "--replace-lexicons", article.toString()));
    assertEquals(List.of("harbours", "quote:harbours"), List.copyOf(replaced));
  }

  @Test
  void aUserLexiconFolderReachesTheReportOfAnalyze() throws IOException {
    Path article = article();
    Path folder = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(folder.resolve("harbours.yaml"), LEXICON);
    CliRun run = framelens("analyze", "--quiet", "--format", "md", "--lexicons", folder.toString(),
        "--replace-lexicons", article.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("| harbours |"), run.out());
    assertFalse(run.out().contains("sanctions"), run.out());
  }
}
