package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code framelens analyze} end to end. The first test to analyse loads the CoreNLP models; the
 * analyzer is shared within the JVM after that.
 */
class AnalyzeCommandTest {

  private static final String BERG_QUOTE = "We will not back down,";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run framelens(String... args) {
    return run(Main.commandLine(), args);
  }

  private static Run analyze(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "analyze";
    System.arraycopy(args, 0, all, 1, args.length);
    return framelens(all);
  }

  private static Path fixture(String name) {
    try {
      return Path.of(AnalyzeCommandTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String line) throws IOException {
    return Json.mapper().readTree(line);
  }

  private List<String> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The one quote of the Berg fixture, checked against the text the offsets point into. */
  private static void assertBergQuote(String text, JsonNode analysis) {
    assertEquals(1, analysis.path("quotes").size(), analysis.toString());
    JsonNode quote = analysis.path("quotes").get(0);
    assertEquals(BERG_QUOTE, quote.path("text").asText());
    assertEquals(BERG_QUOTE, text.substring(quote.path("start").asInt(), quote.path("end").asInt()));
    assertEquals(1, quote.path("speakers").size(), quote.toString());
    JsonNode speaker = quote.path("speakers").get(0);
    assertEquals("Anna Berg", speaker.path("name").asText());
    JsonNode mention = speaker.path("mention");
    assertTrue(mention.path("text").asText().endsWith("Anna Berg"), mention.toString());
    assertEquals(mention.path("text").asText(),
        text.substring(mention.path("start").asInt(), mention.path("end").asInt()));
  }

  @Test
  void analyzesATextFileIntoOneJsonlLineWithTheQuoteItsSpeakerAndOffsetsIntoTheInput() throws IOException {
    Path article = fixture("berg.txt");
    Run run = analyze(article.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertEquals(1, run.outLines().size(), run.out());
    JsonNode analysis = json(run.outLines().get(0));
    assertEquals(article.toString(), analysis.path("id").asText());
    assertBergQuote(read(article), analysis);
  }

  @Test
  void markdownFormatPrintsAReportNamingTheSpeaker() {
    Run run = analyze("--format", "md", fixture("berg.txt").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("# Framing report\n"), run.out());
    assertTrue(run.out().contains("Anna Berg"), run.out());
    assertFalse(run.out().lines().anyMatch(l -> l.startsWith("{")), "a report, not JSONL: " + run.out());
  }

  @Test
  void oneGoodAndOneBadDocumentExitsFiveAnalysesTheGoodOneAndNamesTheBadLine() throws IOException {
    String text = read(fixture("berg.txt"));
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, Json.mapper().writeValueAsString(java.util.Map.of("id", "berg", "text", text))
        + "\n{\"id\": \"broken\", \"text\": \"unterminated\n");
    // --quiet so a terminal running the tests cannot add a progress line to stderr
    Run run = analyze("--quiet", corpus.toString());
    assertEquals(5, run.code(), run.err());
    assertEquals(1, run.outLines().size(), run.out());
    JsonNode analysis = json(run.outLines().get(0));
    assertEquals("berg", analysis.path("id").asText());
    assertBergQuote(text, analysis);
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith(corpus + ":2: not JSON"), run.err());
  }

  @Test
  void allInputsBadExitsFourAndCreatesNoOutputFile() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
    Path corpus = Files.writeString(dir.resolve("bad.jsonl"), "[1, 2]\n{\"id\": \"x\"}\n");
    Path output = dir.resolve("out.jsonl");
    Run run = analyze("--quiet", "--output", output.toString(), empty.toString(), corpus.toString());
    assertEquals(4, run.code(), run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(output));
    assertEquals(List.of("bad.jsonl", "empty.txt"), filesInDir(), "no output and no temporary file");
    assertEquals(List.of(empty + ": empty document", corpus + ":1: expected a JSON object",
        corpus + ":2: no \"text\" string", "nothing analysed: 3 inputs skipped"), run.errLines());
  }

  @Test
  void allInputsBadWithAReportFormatExitsFourAndCreatesNoOutputFile() throws IOException {
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 0, 0});
    Path output = dir.resolve("report.md");
    Run run = analyze("--quiet", "--format", "md", "-o", output.toString(), binary.toString());
    assertEquals(4, run.code(), run.err());
    assertFalse(Files.exists(output));
    assertEquals(List.of("binary.txt"), filesInDir());
  }

  @Test
  void onlyAMissingPathExitsThree() throws IOException {
    String absent = dir.resolve("no-such-article.txt").toString();
    Path output = dir.resolve("out.jsonl");
    Run run = analyze("--quiet", "-o", output.toString(), absent);
    assertEquals(3, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(absent + ": no such file or folder", "nothing analysed: 1 input skipped"), run.errLines());
    assertEquals(List.of(), filesInDir());
  }

  @Test
  void outputFileIsWrittenAtomicallyWithTheSameContentAsStandardOutput() throws IOException {
    Path article = fixture("berg.txt");
    Run toStdout = analyze(article.toString());
    assertEquals(0, toStdout.code(), toStdout.err());

    Path output = dir.resolve("analysis.jsonl");
    Files.writeString(output, "stale content from an earlier run\n");
    Run toFile = analyze("--output", output.toString(), article.toString());
    assertEquals(0, toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals("", toFile.err());
    assertEquals(toStdout.out(), read(output));
    assertEquals(List.of("analysis.jsonl"), filesInDir(), "no temporary file left beside the output");
  }

  @Test
  void invalidUserLexiconExitsSixNamingFileAndLine() throws IOException {
    Path lexicon = Files.writeString(dir.resolve("heavy.yaml"), """
        format: framelens-lexicon/1
        themes:
          - id: heavy
            entries:
              - {term: anvil, weight: heavy}
        """);
    Run run = analyze("--quiet", "--lexicons", lexicon.toString(), fixture("berg.txt").toString());
    assertEquals(6, run.code(), run.err());
    assertEquals("", run.out());
    assertFalse(run.errLines().isEmpty());
    assertTrue(run.errLines().get(0).startsWith(lexicon + ":5: "), run.err());
  }

  @Test
  void twoThreadsGiveByteIdenticalOutputToOneThread() {
    Path corpus = fixture("corpus");
    Run one = analyze("--threads", "1", corpus.toString());
    Run two = analyze("--threads", "2", corpus.toString());
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertEquals(List.of("01-harbour.txt", "02-budget.txt", "03-floods.txt", "04-trade.txt"),
        one.outLines().stream().map(l -> Path.of(jsonId(l)).getFileName().toString()).toList());
    assertEquals(one.out(), two.out());
  }

  private static String jsonId(String line) {
    try {
      return json(line).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void dashReadsTheArticleFromStandardInput() throws IOException {
    String text = read(fixture("berg.txt"));
    AnalyzeCommand command = new AnalyzeCommand();
    command.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    Run run = run(new CommandLine(command), "-");
    assertEquals(0, run.code(), run.err());
    assertEquals(1, run.outLines().size(), run.out());
    JsonNode analysis = json(run.outLines().get(0));
    assertEquals("-", analysis.path("id").asText());
    assertBergQuote(text, analysis);
  }

  @Test
  void versionAndHelpExitZero() {
    Run version = framelens("--version");
    assertEquals(0, version.code(), version.err());
    assertEquals(List.of("framelens dev"), version.outLines(), "run from classes, not a jar");

    Run help = analyze("--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("Usage: framelens analyze "), help.out());
    assertTrue(help.out().contains("--threads"), help.out());
    assertTrue(help.out().contains("6   a lexicon is invalid or unreadable"), help.out());
  }

  @Test
  void badOptionsExitTwo() {
    Run threads = analyze("--threads", "0", fixture("berg.txt").toString());
    assertEquals(2, threads.code());
    assertTrue(threads.err().contains("--threads must be at least 1"), threads.err());
    Run format = analyze("--format", "pdf", fixture("berg.txt").toString());
    assertEquals(2, format.code());
    assertTrue(format.err().contains("expected jsonl, md, html, json, csv, graphml or gexf but was 'pdf'"), format.err());
  }
}
