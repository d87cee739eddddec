package org.framelens.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exports with the tools analysts use: networkx for both formats, igraph for GraphML
 * (Debian's python3-networkx and python3-igraph). Skipped on a workstation without them; in CI
 * (CI=true) their absence fails, since .ci/run installs them.
 */
class NetworkReadByNetworkxTest {

  /** Debian's interpreter, which the Debian packages install into; a pyenv shim may shadow it. */
  private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  @TempDir
  static Path dir;
  static Path script;

  @BeforeAll
  static void needsPython() throws Exception {
    boolean available = run(List.of(PYTHON, "-c", "import networkx, igraph")).exitCode == 0;
    if (!available && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but python3 with networkx and igraph is missing; .ci/run installs them");
    }
    Assumptions.assumeTrue(available, "python3-networkx and python3-igraph not installed");
    script = dir.resolve("read_network.py");
    try (InputStream in = NetworkReadByNetworkxTest.class.getResourceAsStream("read_network.py")) {
      Files.copy(in, script);
    }
  }

  @Test
  void networkxAndIgraphReadTheTwoModeGraphmlWithAttributesAndWeights() throws Exception {
    JsonNode read = read("two-mode.graphml", NetworkExportTest.graphml(NetworkView.TWO_MODE));
    assertEquals(8, read.get("nodes").size());
    JsonNode senator = read.get("nodes").get("actor:senator-c");
    assertEquals("Senator Cole & Sons", senator.get("label").asText());
    assertEquals(3, senator.get("quotes").asInt());
    assertEquals("target", read.get("nodes").get("target:tariffs").get("mode").asText());
    // [source, target, weight, for, against], sorted
    assertEquals("[\"actor:minister-a\",\"target:tariffs\",1.0,1,0]", read.get("edges").get(3).toString());
    assertEquals("[\"actor:senator-c\",\"target:tariffs\",2.0,1,1]", read.get("edges").get(7).toString());
    assertEquals("text", read.get("nodes").get("target:text:the bill").get("type").asText());
    assertEquals(8, read.get("igraph").get("nodes").asInt());
    assertEquals("[1.0,1.0,1.0,2.0,2.0,2.0,3.0,5.0]", read.get("igraph").get("weights").toString());
  }

  @Test
  void networkxReadsTheCongruenceGexf() throws Exception {
    JsonNode read = read("congruence.gexf", NetworkExportTest.gexf(NetworkView.CONGRUENCE));
    assertEquals(4, read.get("nodes").size());
    assertEquals("ardonia", read.get("nodes").get("minister-a").get("affiliation").asText());
    assertEquals("Minister Ardo", read.get("nodes").get("minister-a").get("label").asText());
    assertEquals("[[\"minister-a\",\"minister-b\",1.0,null,null],[\"minister-a\",\"senator-c\",1.0,null,null]]",
        read.get("edges").toString());
  }

  private static JsonNode read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Result r = run(List.of(PYTHON, script.toString(), file.toString()));
    assertEquals(0, r.exitCode, r.output);
    assertTrue(r.output.startsWith("{"), r.output);
    return new ObjectMapper().readTree(r.output);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      return new Result(127, e.getMessage());
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(124, out);
    }
    return new Result(p.exitValue(), out);
  }
}
