package org.framelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.framelens.corpus.Json;
import picocli.CommandLine;

/** Running the job and the CLI in this JVM, and reading what they wrote: shared by the job's tests. */
final class JobRuns {

  /** One command's exit code and what it printed. */
  record Run(int exit, String out, String err) {}

  private JobRuns() {}

  /** A local session for reading or writing test data; bound to the loopback address, no UI. */
  static SparkSession localSession() {
    return SparkSession.builder().master("local[1]").appName("framelens-test")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  /** Line by line, so a failure names the first document that differs instead of printing the corpus twice. */
  static void assertSameLines(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
    }
    assertEquals(expected.size(), actual.size(), "lines");
  }

  static Run run(CommandLine commandLine, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The part files of a Spark text output, in part order, as one list of lines. */
  static List<String> jsonlParts(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  static List<String> sortedById(List<String> lines) {
    return lines.stream().sorted(Comparator.comparing(JobRuns::id)).toList();
  }

  static String id(String line) {
    try {
      return Json.mapper().readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
