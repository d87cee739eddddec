package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors in one line and a hint, shared output permissions, a JSONL corpus through a pipe. */
class CommandLineMannersTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void aMistypedOptionPrintsTheErrorASuggestionAndAHintButNotTheHelp() {
    Run r = run(Main.commandLine(), "analyze", "--formt", "html", "article.txt");
    assertEquals(2, r.code());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("framelens: Unknown option: '--formt'"), r.err());
    assertTrue(r.err().contains("did you mean --format?"), r.err());
    assertEquals("try 'framelens analyze --help'", lines.get(lines.size() - 1));
    assertTrue(lines.size() <= 3, r.err());
    assertFalse(r.err().contains("Usage:"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aBadValueInReportNamesTheReportHelp() {
    Run r = run(Main.commandLine(), "report", "--format", "pdf", "a.jsonl");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("expected md, html, json, csv, graphml or gexf but was 'pdf'"), r.err());
    assertTrue(r.err().strip().endsWith("try 'framelens report --help'"), r.err());
    assertFalse(r.err().contains("Usage:"), r.err());
  }

  @Test
  void noCommandAtAllIsAUsageErrorWithTheTopLevelHint() {
    Run r = run(Main.commandLine());
    assertEquals(2, r.code());
    assertTrue(r.err().strip().endsWith("try 'framelens --help'"), r.err());
  }

  @Test
  void reportOutputFileIsReadableByOthersLikeAnyNewFile() throws Exception {
    Path analyses = Files.writeString(dir.resolve("a.jsonl"), jsonlOfFixtures());
    Path report = dir.resolve("report.md");
    Run r = run(Main.commandLine(), "report", "--output", report.toString(), analyses.toString());
    assertEquals(0, r.code(), r.err());
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
    assertEquals(usual, Files.getPosixFilePermissions(report));
    assertTrue(Files.getPosixFilePermissions(report).contains(PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void replacingAnOutputFileKeepsItsPermissions() throws Exception {
    Path analyses = Files.writeString(dir.resolve("a.jsonl"), jsonlOfFixtures());
    Path report = Files.writeString(dir.resolve("report.md"), "old");
    Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(report, chosen);
    Run r = run(Main.commandLine(), "report", "--output", report.toString(), analyses.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(report).startsWith("# Framing report"));
    assertEquals(chosen, Files.getPosixFilePermissions(report));
  }

  @Test
  void aJsonlCorpusOnStandardInputIsAnalysedDocumentByDocument() throws Exception {
    String corpus = """
        {"id": "harbour", "text": "\\"We will rebuild the harbour,\\" said Mayor Ines Duarte on Monday.", "date": "2024-05-02"}
        {"id": "budget", "text": "Senator Paul Okafor said the budget \\"protects families first.\\""}
        """;
    AnalyzeCommand command = new AnalyzeCommand();
    command.stdin = new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8));
    Run r = run(new CommandLine(command), "--input-format", "jsonl", "--threads", "1", "-");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertEquals("harbour", first.path("id").asText());
    assertEquals("2024-05-02", first.path("metadata").path("date").asText());
    assertEquals("We will rebuild the harbour,", first.path("quotes").path(0).path("text").asText());
    assertEquals("budget", Json.mapper().readTree(lines.get(1)).path("id").asText());
  }

  @Test
  void aBadLineOnStandardInputIsReportedWithItsLineAndSkipped() throws Exception {
    String corpus = "{\"id\": \"ok\", \"text\": \"The council met on Tuesday.\"}\n{broken\n";
    AnalyzeCommand command = new AnalyzeCommand();
    command.stdin = new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8));
    Run r = run(new CommandLine(command), "--input-format", "jsonl", "-");
    assertEquals(5, r.code(), r.err());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.err().contains("-:2: not JSON"), r.err());
  }

  private static String jsonlOfFixtures() throws Exception {
    StringBuilder b = new StringBuilder();
    for (var a : org.framelens.report.ReportFixtures.corpus()) {
      b.append(Json.mapper().writeValueAsString(a)).append('\n');
    }
    return b.toString();
  }

  @Test
  void analyzeAndReportComposeInAPipeThroughStandardInput() throws Exception {
    String corpus = """
        {"id": "harbour", "text": "\\"We will rebuild the harbour,\\" said Mayor Ines Duarte on Monday."}
        {"id": "port", "text": "Mayor Ines Duarte said the port \\"will reopen in May.\\""}
        """;
    AnalyzeCommand analyze = new AnalyzeCommand();
    analyze.stdin = new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8));
    Run analysed = run(new CommandLine(analyze), "--input-format", "jsonl", "-q", "-");
    assertEquals(0, analysed.code(), analysed.err());

    ReportCommand report = new ReportCommand();
    report.stdin = new ByteArrayInputStream(analysed.out().getBytes(StandardCharsets.UTF_8));
    Run r = run(new CommandLine(report), "--format", "json", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode root = Json.mapper().readTree(r.out());
    assertEquals(2, root.path("overview").path("documents").asInt());
    assertEquals("Ines Duarte", root.path("actors").path(0).path("name").asText());
    assertEquals(2, root.path("actors").path(0).path("quoteCount").asInt());
  }

  @Test
  void aBadLineOnTheReportsStandardInputNamesDashAndItsLine() throws Exception {
    ReportCommand report = new ReportCommand();
    report.stdin = new ByteArrayInputStream((jsonlOfFixtures() + "{oops\n").getBytes(StandardCharsets.UTF_8));
    Run r = run(new CommandLine(report), "-");
    assertEquals(5, r.code(), r.err());
    assertTrue(r.err().startsWith("-:3: "), r.err());
    assertTrue(r.out().startsWith("# Framing report"), r.out());
  }
}
