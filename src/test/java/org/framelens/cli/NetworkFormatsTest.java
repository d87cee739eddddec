package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.framelens.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFormatsTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int report(String... args) throws IOException {
    List<String> lines = new ArrayList<>();
    for (DocumentAnalysis a : ReportFixtures.corpus()) {
      lines.add(Json.mapper().writeValueAsString(a));
    }
    Path file = Files.write(dir.resolve("a.jsonl"), lines);
    List<String> all = new ArrayList<>(List.of(args));
    all.add(file.toString());
    return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(prepend("report", all));
  }

  private static String[] prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(String[]::new);
  }

  @Test
  void reportWritesTheTwoModeNetworkAsGraphmlWithBothMinistersAgainstSanctions() throws IOException {
    assertEquals(0, report("--format", "graphml"), err.toString());
    String xml = out.toString();
    assertTrue(xml.contains("<graphml"), xml);
    assertTrue(xml.contains("<edge source=\"actor:viktor-khrenin\" target=\"target:sanctions\""), xml);
    assertTrue(xml.contains("<data key=\"vertex_label_key\">Aziz Nasirzadeh</data>"), xml);
  }

  @Test
  void reportWritesTheCongruenceProjectionAsGexfLinkingTheTwoMinisters() throws IOException {
    assertEquals(0, report("--format", "gexf", "--network", "congruence"), err.toString());
    String xml = out.toString();
    assertTrue(xml.contains("<gexf"), xml);
    // both against sanctions and against NATO expansion: two shared target sides (canonical ids)
    assertTrue(xml.contains("source=\"aziz-nasirzadeh\" target=\"viktor-khrenin\" weight=\"2.0\""), xml);
  }

  @Test
  void networkViewWithoutANetworkFormatIsAUsageError() throws IOException {
    assertEquals(2, report("--format", "md", "--network", "conflict"));
    assertTrue(err.toString().contains("--network needs --format graphml or gexf"), err.toString());
    assertTrue(err.toString().strip().endsWith("try 'framelens report --help'"), err.toString());
  }
}
