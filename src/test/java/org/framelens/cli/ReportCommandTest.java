package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.framelens.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ReportCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path jsonl(String name, String... extraLines) throws IOException {
    List<String> lines = new ArrayList<>();
    for (DocumentAnalysis a : ReportFixtures.corpus()) {
      lines.add(Json.mapper().writeValueAsString(a));
    }
    lines.addAll(List.of(extraLines));
    return Files.write(dir.resolve(name), lines);
  }

  @Test
  void rendersSavedAnalysesToStandardOutputAsMarkdownByDefault() throws IOException {
    int code = run(jsonl("a.jsonl").toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().startsWith("# Framing report\n"));
    assertTrue(out.toString().contains("### Aziz Nasirzadeh"));
    assertEquals("", err.toString());
  }

  @Test
  void badLineIsReportedWithFileAndLineSkippedAndExitsFive() throws IOException {
    Path file = jsonl("a.jsonl", "{\"id\": 7, \"tokens\": \"many\"}", "", "{not json");
    int code = run("--format", "JSON", file.toString());
    assertEquals(5, code);
    String[] errors = err.toString().split("\\R");
    assertEquals(2, errors.length, err.toString());
    assertTrue(errors[0].startsWith(file + ":3: $.tokens: "), errors[0]);
    assertTrue(errors[1].startsWith(file + ":5: "), errors[1]);
    assertTrue(out.toString().contains("\"schemaVersion\" : 2"));
  }

  @Test
  void lineWithoutRequiredValuesIsABadLineNamingThePath() throws IOException {
    Path file = Files.writeString(dir.resolve("b.jsonl"), "{\"tokens\": 3}\n");
    assertEquals(4, run(file.toString()));
    assertTrue(err.toString().contains(file + ":1: $.id: missing"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void missingFileExitsThreeAndWritesNothing() throws IOException {
    Path good = jsonl("a.jsonl");
    Path report = dir.resolve("report.md");
    int code = run(good.toString(), dir.resolve("nope.jsonl").toString(), "-o", report.toString());
    assertEquals(3, code);
    assertTrue(err.toString().contains("nope.jsonl: no such readable file"));
    assertFalse(Files.exists(report));
  }

  @Test
  void outputFileIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
    Path report = dir.resolve("report.html");
    Files.writeString(report, "old");
    int code = run(jsonl("a.jsonl").toString(), "--format", "html", "--output", report.toString());
    assertEquals(0, code, err.toString());
    assertEquals("", out.toString());
    String html = Files.readString(report);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("a.jsonl", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void csvTableIsChosenByNameAndNeedsTheCsvFormat() throws IOException {
    Path file = jsonl("a.jsonl");
    assertEquals(0, run("--format", "csv", "--csv-table", "stances", file.toString()));
    assertTrue(out.toString().startsWith("document,actor,actor_name,side,target,"));
    assertEquals(2, run("--format", "md", "--csv-table", "stances", file.toString()));
    assertEquals(2, run("--format", "pdf", file.toString()));
    assertTrue(err.toString().contains("expected md, html, json, csv, graphml or gexf but was 'pdf'"), err.toString());
  }
}
