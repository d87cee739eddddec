package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActorsOptionTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path corpus() throws Exception {
    return Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
        "{\"id\": \"one\", \"text\": \"Harbour pilots met in Bergen on Monday. \\\"The channel is too narrow,\\\" "
            + "said Erik J. Dahl, who leads the pilots' union.\"}",
        "{\"id\": \"two\", \"text\": \"The ferry plan was delayed again. \\\"We warned them twice,\\\" said Erik Dahl.\"}",
        "{\"id\": \"three\", \"text\": \"A vote is due in May. \\\"Nobody listened,\\\" Dahl said after the meeting.\"}",
        ""));
  }

  private static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        out.add(Json.mapper().readTree(line));
      }
    }
    return out;
  }

  private static String speaker(JsonNode doc) {
    return doc.path("quotes").get(0).path("speakers").get(0).path("actor").asText();
  }

  @Test
  void analyzeWritesOneCorpusWideIdForOnePersonAcrossDocuments() throws Exception {
    Path output = dir.resolve("out.jsonl");
    int code = run(new AnalyzeCommand(), "-q", "-t", "1", "-o", output.toString(), corpus().toString());
    assertEquals(0, code, err.toString());
    List<JsonNode> docs = lines(Files.readString(output));
    assertEquals(3, docs.size());
    // one document each for "Erik J. Dahl" and "Erik Dahl": the tie goes to the fuller name
    assertEquals("erik-j-dahl", speaker(docs.get(0)));
    assertEquals("erik-j-dahl", speaker(docs.get(1)), "the middle initial is set aside");
    assertEquals("erik-j-dahl", speaker(docs.get(2)), "the surname alone belongs to the one Dahl of the corpus");
    assertEquals("Erik J. Dahl", docs.get(2).path("actors").get(0).path("name").asText());
  }

  @Test
  void theRegistryRenamesAndAffiliatesAcrossAnalyzeAndItsListedAliases() throws Exception {
    Path registry = Files.writeString(dir.resolve("actors.yaml"), """
        - id: dahl
          name: Erik Johan Dahl
          aliases: [Erik Dahl, Dahl]
          role: union leader
          affiliation: norway
        """);
    int code = run(new AnalyzeCommand(), "-q", "-t", "1", "--actors", registry.toString(), corpus().toString());
    assertEquals(0, code, err.toString());
    for (JsonNode doc : lines(out.toString())) {
      assertEquals("dahl", speaker(doc));
      JsonNode actor = doc.path("actors").get(0);
      assertEquals("Erik Johan Dahl", actor.path("name").asText());
      assertEquals("norway", actor.path("affiliation").asText());
    }
  }

  @Test
  void anInvalidRegistryStopsBothCommandsWithExitSevenAndOneLineNamingTheFile() throws Exception {
    Path registry = Files.writeString(dir.resolve("actors.tsv"), "Erik Dahl\t\tcity\n");
    Path output = dir.resolve("out.jsonl");
    int code = run(new AnalyzeCommand(), "-q", "--actors", registry.toString(), "-o", output.toString(),
        corpus().toString());
    assertEquals(7, code);
    assertTrue(err.toString().startsWith(registry + ":1: type 'city'"), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
    assertFalse(Files.exists(output), "nothing written");
    code = run(new ReportCommand(), "--actors", dir.resolve("missing.yaml").toString(), output.toString());
    assertEquals(7, code);
  }
}
