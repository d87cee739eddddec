package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.corpus.Json;
import org.framelens.quote.AttributionEvaluator.Scores;
import org.junit.jupiter.api.Test;

/**
 * Scores against {@code gold.jsonl} (one document in span gold, one in alias gold) and
 * {@code predictions.jsonl}, whose every quote is chosen to land in one known outcome:
 *
 * <pre>
 * span-1  Varga  found, mention overlaps the gold mention          right
 *         "he"   found, mention elsewhere, gold speaker a pronoun  wrong
 *         Lund   found with 15 of 29 characters, surname matches   right
 *         "she"  found, nobody named                               not attributed
 *         + a prediction on an unattributed quoted span (known) and one on no quote (unknown)
 * alias-1 Berg   found, Berg named                                 right
 *         joint  found, only Berg named (Falk missing)             wrong
 *         Falk   found, Falk and Berg named (Berg extra)           wrong
 *         spokesman  predicted span overlaps 7 of 24 characters    not found, but known
 *         "tense" has no gold speaker: not a gold quote; its prediction is known
 * not-in-gold is ignored.
 * </pre>
 *
 * Gold 8, found 7, right 3, attributed 6, predicted 11, known 10. The offsets are Python string
 * indices, the same as Java's here since every character is in the BMP. Cross-checked by hand
 * with the reference scorer, {@code python3 ../shared/tools/score_attribution.py gold.jsonl
 * predictions.jsonl}: recall 7/8 = 0.875, precision vs known quoted spans 10/11 = 0.909, speaker
 * accuracy 3/7 = 0.429, end-to-end 3/8 = 0.375, no documents missing. The counts of every other
 * test here (fixture halves, a missing document, the inline cases) were checked the same way,
 * through the script's {@code score} function.
 */
class AttributionEvaluatorTest {

  private static final double EXACT = 1e-12;

  private static List<JsonNode> lines(String resource) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = AttributionEvaluatorTest.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(Json.mapper().readTree(line));
        }
      }
    }
    return out;
  }

  private static Map<String, JsonNode> byId(List<JsonNode> docs) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    docs.forEach(d -> out.put(d.path("id").asText(), d));
    return out;
  }

  private static JsonNode json(String text) throws IOException {
    return Json.mapper().readTree(text);
  }

  private static Scores score(List<JsonNode> gold, Map<String, JsonNode> predictions) {
    return new AttributionEvaluator().score(gold, predictions);
  }

  @Test
  void countsEveryOutcomeOfTheFixtureAsTheReferenceScorerDoes() throws IOException {
    Scores s = score(lines("gold.jsonl"), byId(lines("predictions.jsonl")));
    assertEquals(new Scores(8, 7, 3, 11, 10, 6, 0), s);
  }

  @Test
  void figuresOfTheFixtureAreTheRatiosOfItsCounts() throws IOException {
    Scores s = score(lines("gold.jsonl"), byId(lines("predictions.jsonl")));
    assertEquals(10.0 / 11, s.detectionPrecision(), EXACT);
    assertEquals(7.0 / 8, s.detectionRecall(), EXACT);
    assertEquals(140.0 / 157, s.detectionF1(), EXACT);
    assertEquals(3.0 / 6, s.attributionPrecision(), EXACT);
    assertEquals(3.0 / 8, s.endToEnd(), EXACT);
    assertEquals(3.0 / 7, s.attributionF1(), EXACT);
    assertEquals(3.0 / 7, s.speakerAccuracy(), EXACT);
  }

  @Test
  void spanGoldAndAliasGoldDocumentsAreScoredEachByTheirOwnRule() throws IOException {
    List<JsonNode> gold = lines("gold.jsonl");
    Map<String, JsonNode> predictions = byId(lines("predictions.jsonl"));
    assertEquals(new Scores(4, 4, 2, 6, 5, 3, 0), score(gold.subList(0, 1), predictions));
    assertEquals(new Scores(4, 3, 1, 5, 5, 3, 0), score(gold.subList(1, 2), predictions));
  }

  @Test
  void documentMissingFromThePredictionsCountsItsGoldQuotesAsNotFound() throws IOException {
    List<JsonNode> gold = lines("gold.jsonl");
    Scores s = score(gold, byId(lines("predictions.jsonl").subList(1, 2)));
    assertEquals(new Scores(8, 3, 1, 5, 5, 3, 1), s);
    assertEquals(3.0 / 8, s.detectionRecall(), EXACT);
  }

  @Test
  void noPredictionsAtAllGiveZeroFiguresRatherThanDividingByZero() throws IOException {
    Scores s = score(lines("gold.jsonl"), Map.of());
    assertEquals(new Scores(8, 0, 0, 0, 0, 0, 2), s);
    assertEquals(0.0, s.detectionPrecision());
    assertEquals(0.0, s.detectionF1());
    assertEquals(0.0, s.attributionPrecision());
    assertEquals(0.0, s.attributionF1());
    assertEquals(0.0, s.speakerAccuracy());
  }

  @Test
  void predictedQuoteCoveringExactlyHalfOfTheGoldSpanFindsIt() throws IOException {
    List<JsonNode> gold = List.of(json("{\"id\": \"d\", \"quotes\": [{\"start\": 10, \"end\": 20, \"speakers\": [[\"Berg\"]]}]}"));
    Scores half = score(gold, Map.of("d", json(
        "{\"id\": \"d\", \"quotes\": [{\"start\": 15, \"end\": 30, \"speakers\": [{\"name\": \"Anna Berg\"}]}]}")));
    assertEquals(new Scores(1, 1, 1, 1, 1, 1, 0), half);
    Scores less = score(gold, Map.of("d", json(
        "{\"id\": \"d\", \"quotes\": [{\"start\": 16, \"end\": 30, \"speakers\": [{\"name\": \"Anna Berg\"}]}]}")));
    assertEquals(new Scores(1, 0, 0, 1, 1, 0, 0), less);
  }

  @Test
  void goldQuoteTakesThePredictionThatOverlapsItMost() throws IOException {
    List<JsonNode> gold = List.of(json("{\"id\": \"d\", \"quotes\": [{\"start\": 0, \"end\": 10, \"speakers\": [[\"Berg\"]]}]}"));
    Scores s = score(gold, Map.of("d", json("{\"id\": \"d\", \"quotes\": ["
        + "{\"start\": 0, \"end\": 6, \"speakers\": [{\"name\": \"Falk\"}]},"
        + "{\"start\": 2, \"end\": 10, \"speakers\": [{\"name\": \"Berg\"}]}]}")));
    assertEquals(new Scores(1, 1, 1, 2, 2, 1, 0), s);
  }

  @Test
  void accentsAndCaseDoNotMatterWhenMatchingNames() throws IOException {
    List<JsonNode> gold = List.of(json("{\"id\": \"d\", \"quotes\": ["
        + "{\"start\": 0, \"end\": 10, \"speakers\": [[\"Zoë Åberg\"]]},"
        + "{\"start\": 20, \"end\": 30, \"speaker\": \"Zoë Åberg\", \"speaker_start\": null, \"speaker_end\": null}]}"));
    Scores s = score(gold, Map.of("d", json("{\"id\": \"d\", \"quotes\": ["
        + "{\"start\": 0, \"end\": 10, \"speakers\": [\"ZOE ABERG\"]},"
        + "{\"start\": 20, \"end\": 30, \"speakers\": [{\"mention\": \"Mrs aberg\"}]}]}")));
    assertEquals(new Scores(2, 2, 2, 2, 2, 2, 0), s);
  }
}
