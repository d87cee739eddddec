package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framelens evaluate}. The scored fixture is the evaluator's own
 * ({@code org/framelens/quote/gold.jsonl} and {@code predictions.jsonl}, whose outcomes
 * AttributionEvaluatorTest lists); its figures were cross-checked by hand with
 * {@code python3 ../shared/tools/score_attribution.py GOLD PRED}, which prints the same
 * detection (recall 7/8 = 0.875, precision 10/11 = 0.909) and end-to-end (3/8 = 0.375) figures.
 */
class EvaluateCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run evaluate(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "evaluate";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cli.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private static Path resource(String absoluteName) {
    try {
      return Path.of(EvaluateCommandTest.class.getResource(absoluteName).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Path GOLD = resource("/org/framelens/quote/gold.jsonl");
  private static final Path PREDICTIONS = resource("/org/framelens/quote/predictions.jsonl");

  @Test
  void printsDetectionAndAttributionFiguresOfSavedPredictions() {
    Run run = evaluate("--gold", GOLD.toString(), PREDICTIONS.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertEquals(List.of(
        "documents: 2 gold, 0 missing from the predictions",
        "quote detection:  precision 0.909  recall 0.875  F1 0.892  (7 of 8 gold quotes found;"
            + " 10 of 11 predicted quotes are known quoted spans)",
        "attribution:      precision 0.500  recall 0.375  F1 0.429  (3 right; 6 of the found quotes attributed)",
        "speaker accuracy on found quotes: 0.429; end-to-end correct attributions: 3/8 = 0.375"),
        run.out().lines().toList());
  }

  @Test
  void jsonFlagPrintsTheSameFiguresAsOneObject() throws IOException {
    Run run = evaluate("--json", "--gold", GOLD.toString(), PREDICTIONS.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(1, run.out().lines().count(), run.out());
    JsonNode f = Json.mapper().readTree(run.out());
    assertEquals(8, f.path("goldQuotes").asInt());
    assertEquals(7, f.path("found").asInt());
    assertEquals(3, f.path("right").asInt());
    assertEquals(11, f.path("predicted").asInt());
    assertEquals(10, f.path("predictedKnown").asInt());
    assertEquals(6, f.path("attributed").asInt());
    assertEquals(0, f.path("missingDocuments").asInt());
    assertEquals(0.9091, f.path("detectionPrecision").asDouble());
    assertEquals(0.875, f.path("detectionRecall").asDouble());
    assertEquals(0.8917, f.path("detectionF1").asDouble());
    assertEquals(0.5, f.path("attributionPrecision").asDouble());
    assertEquals(0.375, f.path("attributionRecall").asDouble());
    assertEquals(0.4286, f.path("attributionF1").asDouble());
    assertEquals(0.4286, f.path("speakerAccuracy").asDouble());
  }

  @Test
  void goldWithTextGivenAsInputIsAnalysedFirst() throws IOException {
    Path gold = resource("berg-gold.jsonl");
    Run run = evaluate("--json", "--threads", "1", "--gold", gold.toString(), gold.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode f = Json.mapper().readTree(run.out());
    assertEquals(1, f.path("goldQuotes").asInt());
    assertEquals(0, f.path("missingDocuments").asInt(), "the analysis keeps the gold document's id");
    assertEquals(1, f.path("found").asInt());
    assertEquals(1, f.path("right").asInt());
    assertEquals(1, f.path("predicted").asInt());
    assertEquals(1.0, f.path("detectionF1").asDouble());
    assertEquals(1.0, f.path("attributionF1").asDouble());
  }

  @Test
  void nonJsonLineInTheGoldExitsFourNamingFileAndLine() throws IOException {
    List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
    Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(lines.get(0), "{\"id\": \"x\", ", lines.get(1)),
        StandardCharsets.UTF_8);
    Run run = evaluate("--gold", gold.toString(), PREDICTIONS.toString());
    assertEquals(4, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(gold + ":2: not JSON"), run.err());
  }

  @Test
  void nonJsonLineInThePredictionsExitsFourNamingFileAndLine() throws IOException {
    Path predictions = Files.writeString(dir.resolve("predictions.jsonl"), "\n[\"no\", \"object\"]\n");
    Run run = evaluate("--gold", GOLD.toString(), predictions.toString());
    assertEquals(4, run.code(), run.err());
    assertEquals(predictions + ":2: expected a JSON object with an \"id\"", run.err().strip());
  }

  @Test
  void fileThatIsNotUtf8ExitsFourNamingTheFile() throws IOException {
    Path gold = Files.write(dir.resolve("latin1.jsonl"),
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    Run run = evaluate("--gold", gold.toString(), PREDICTIONS.toString());
    assertEquals(4, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(gold + ": not valid UTF-8", run.err().strip());

    Run predictions = evaluate("--gold", GOLD.toString(), gold.toString());
    assertEquals(4, predictions.code(), predictions.err());
    assertEquals(gold + ": not valid UTF-8", predictions.err().strip());
  }

  @Test
  void missingFileExitsThree() {
    Path absent = dir.resolve("absent.jsonl");
    Run run = evaluate("--gold", absent.toString(), PREDICTIONS.toString());
    assertEquals(3, run.code(), run.err());
    assertEquals(absent + ": no such readable file", run.err().strip());
  }
}
