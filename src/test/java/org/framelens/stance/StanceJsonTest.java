package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.Mention;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.analysis.AnalysisJsonl;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stance's place in the analyze JSONL: confidence and concept written, read and checked. */
class StanceJsonTest {

  @TempDir
  Path dir;

  private static String line(String stanceJson) {
    return "{\"id\":\"d1\",\"tokens\":3,\"stances\":[" + stanceJson + "]}";
  }

  private static final String STANCE = "{\"actor\":\"anna-berg\",\"target\":{\"text\":\"the accord\",\"start\":10,"
      + "\"end\":20,\"concept\":\"paris_agreement\"},\"polarity\":\"for\",\"cue\":{\"text\":\"backed\",\"start\":3,"
      + "\"end\":9},\"evidence\":{\"text\":\"Berg backed the accord.\",\"start\":0,\"end\":21},\"source\":\"reported\"";

  private record Read(List<DocumentAnalysis> analyses, List<AnalysisJsonl.Problem> problems) {}

  private static Read read(Path file) throws IOException {
    Read r = new Read(new ArrayList<>(), new ArrayList<>());
    AnalysisJsonl.walk(file, 1, new AnalysisJsonl.Sink() {
      @Override
      public void analysis(DocumentAnalysis analysis) {
        r.analyses().add(analysis);
      }

      @Override
      public void problem(AnalysisJsonl.Problem problem) {
        r.problems().add(problem);
      }
    });
    return r;
  }

  @Test
  void writesConfidenceAndConceptAndReadsThemBack() throws Exception {
    Stance s = new Stance("anna-berg", new Stance.Target("the accord", 10, 20, Optional.empty(), Optional.empty(),
        Optional.of("paris_agreement")), Stance.Polarity.FOR, new Mention("backed", 3, 9),
        new Mention("Berg backed the accord.", 0, 21), Stance.Source.REPORTED, 0.75);
    String json = Json.mapper().writeValueAsString(s);
    assertTrue(json.contains("\"concept\":\"paris_agreement\""), json);
    assertTrue(json.endsWith("\"confidence\":0.75}"), json);
    assertEquals(s, Json.mapper().readValue(json, Stance.class));
  }

  @Test
  void aLineWhoseStanceLacksConfidenceIsABadLineNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("a.jsonl"),
        line(STANCE + "}") + "\n" + line(STANCE + ",\"confidence\":0.6}") + "\n");
    Read r = read(file);
    assertEquals(1, r.analyses().size());
    assertEquals(0.6, r.analyses().get(0).stances().get(0).confidence());
    assertEquals(1, r.problems().size());
    assertEquals(1, r.problems().get(0).line());
    assertTrue(r.problems().get(0).message().contains("confidence"), r.problems().get(0).message());
  }

  @Test
  void aConfidenceOutsideZeroToOneIsABadLine() throws Exception {
    Path file = Files.writeString(dir.resolve("b.jsonl"), line(STANCE + ",\"confidence\":1.5}") + "\n");
    Read r = read(file);
    assertEquals(0, r.analyses().size());
    assertTrue(r.problems().get(0).toString().startsWith(file + ":1: "), r.problems().toString());
    assertTrue(r.problems().get(0).message().contains("confidence"), r.problems().get(0).message());
  }
}
