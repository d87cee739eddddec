package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LexiconCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LexiconCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static int entries(String theme) {
    return org.framelens.lexicon.Lexicons.shipped().theme(theme).orElseThrow().entries().size();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void validateAcceptsTheShippedFilesCheckedTogether() {
    Run run = run("validate", "lexicons/themes/western_pressure.yaml", "lexicons/themes/sanctions.yaml");
    assertEquals(0, run.code(), run.err());
    // the counts come from the loader, so that growing a shipped theme does not break this test
    assertEquals(List.of("lexicons/themes/western_pressure.yaml: ok: 1 themes, " + entries("western_pressure") + " entries",
        "lexicons/themes/sanctions.yaml: ok: 1 themes, " + entries("sanctions") + " entries"), run.out().lines().toList());
  }

  @Test
  void validatePrintsEveryProblemWithItsLineAndExitsSix() throws IOException {
    Path good = write("good.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: good\n    entries: [fine]\n");
    Path bad = write("bad.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: bad
            parent: nowhere
            entries:
              - {term: x, weight: 0}
        """);
    Run run = run("validate", good.toString(), bad.toString());
    assertEquals(6, run.code());
    assertEquals(List.of(good + ": ok: 1 themes, 1 entries"), run.out().lines().toList());
    assertEquals(List.of(bad + ":6: bad weight '0', expected a number > 0"), run.err().lines().toList());
  }

  @Test
  void validateReportsCrossFileProblemsInTheFileTheyPointInto() throws IOException {
    Path child = write("child.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: c\n    parent: p\n    entries: [x]\n");
    Run alone = run("validate", child.toString());
    assertEquals(6, alone.code());
    assertEquals(List.of(child + ":4: theme 'c': unknown parent 'p'"), alone.err().lines().toList());
    Path parent = write("parent.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: p\n");
    assertEquals(0, run("validate", child.toString(), parent.toString()).code());
  }

  @Test
  void validateCanCheckAdditionsToTheShippedThemes() throws IOException {
    Path child = write("tariffs.yaml",
        "format: framelens-lexicon/1\nthemes:\n  - id: tariffs\n    parent: western_pressure\n    entries: [tariff]\n");
    assertEquals(6, run("validate", child.toString()).code());
    Run run = run("validate", "--with-shipped", child.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void validateSaysWhenAFileIsMissing() {
    Run run = run("validate", "no/such/file.yaml");
    assertEquals(6, run.code());
    assertEquals("no/such/file.yaml: cannot read: no such file", run.err().strip());
  }

  @Test
  void listShowsTheShippedThemesWithParentsAndEntryCounts() {
    Run run = run("list");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(12, lines.size());
    assertTrue(lines.get(0).matches("id\\s+label\\s+parent\\s+entries"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("sanctions\\s+Sanctions\\s+western_pressure\\s+" + entries("sanctions"))),
        run.out());
  }

  @Test
  void listAddsOrReplacesWithUserLexicons() throws IOException {
    Path user = write("hope.yml", "hope:\n  - hope*\n");
    List<String> added = run("list", "--lexicons", user.toString()).out().lines().toList();
    assertEquals(13, added.size());
    List<String> replaced = run("list", "--lexicons", user.toString(), "--replace").out().lines().toList();
    assertEquals(2, replaced.size());
    assertTrue(replaced.get(1).matches("hope\\s+hope\\s+-\\s+1"), replaced.get(1));
  }

  @Test
  void listExitsSixOnABrokenUserLexicon() throws IOException {
    Path user = write("broken.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: x\n    entries: [a*b]\n");
    Run run = run("list", "--lexicons", user.toString());
    assertEquals(6, run.code());
    assertEquals(user + ":4: 'a*b': * is supported only at the start or the end of a word", run.err().strip());
  }

  @Test
  void replaceWithoutLexiconsIsAUsageError() {
    assertEquals(2, run("list", "--replace").code());
  }
}
