package org.framelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.corpus.Document;
import org.framelens.corpus.Json;
import org.framelens.corpus.JsonlLines;
import org.framelens.corpus.OrderedParallel;
import org.framelens.quote.AttributionEvaluator;
import org.framelens.quote.AttributionEvaluator.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens evaluate}: precision, recall and F1 of quote detection and speaker attribution
 * against a gold JSONL, on saved predictions or on a corpus it analyses itself.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Scores quote detection and speaker attribution against gold annotations (--gold),",
        "or the themes the lexicons find in labelled statements (--themes).",
        "With --gold, INPUT-OR-PREDICTIONS is saved analyze output (JSONL without \"text\"), or a JSONL corpus",
        "with \"id\" and \"text\" (the gold file itself will do) which is analysed first.",
        "With --themes, it is the JSONL corpus holding the labelled documents' texts."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "1:unexpected failure", "2:bad options",
        "3:a file is missing or unreadable", "4:a line of the gold or prediction file is not JSON, or a file is not UTF-8, or a theme label is malformed",
        "5:themes scored, but some labelled statements could not be (each reported on stderr)",
        "6:a lexicon is invalid or unreadable"})
public final class EvaluateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "GOLD.jsonl",
      description = "gold quotes: {\"id\", \"quotes\": [{\"start\", \"end\", \"speaker\" | \"speakers\", ...}]} per line")
  Path gold;

  @Option(names = "--themes", paramLabel = "LABELS.tsv",
      description = "theme labels: document<TAB>start<TAB>end<TAB>theme,theme (or -) per line; prints precision and recall per theme")
  Path themes;

  @Option(names = "--lexicons", paramLabel = "PATH",
      description = "with --themes: a user lexicon file or folder, added to the shipped themes")
  Path lexicons;

  @Option(names = "--replace-lexicons", description = "with --themes: use only the --lexicons themes")
  boolean replaceLexicons;

  @Option(names = {"-v", "--verbose"},
      description = "with --themes: list on stderr each statement whose themes differ from its labels (offsets, labels, entries that fired)")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "INPUT-OR-PREDICTIONS")
  Path input;

  @Option(names = "--json", description = "print the figures as one JSON object")
  boolean json;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "threads when analysing (default: cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((gold == null) == (themes == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give one of --gold GOLD.jsonl or --themes LABELS.tsv");
    }
    if (themes != null) {
      return evaluateThemes(out, err);
    }
    for (Path p : List.of(gold, input)) {
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        err.println(p + ": no such readable file");
        err.flush();
        return ExitCodes.MISSING_INPUT;
      }
    }
    List<JsonNode> goldDocs = new ArrayList<>();
    String bad = readJsonl(gold, goldDocs);
    if (bad != null) {
      err.println(bad);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    List<JsonNode> lines = new ArrayList<>();
    bad = readJsonl(input, lines);
    if (bad != null) {
      err.println(bad);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    boolean corpus = !lines.isEmpty() && lines.get(0).has("text");
    if (corpus) {
      Analyzer analyzer = Analyzer.forConfig(AnalyzerConfig.defaults());
      OrderedParallel.map(lines.iterator(), line -> {
        JsonNode text = line.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
          return (JsonNode) null;
        }
        return Json.mapper().valueToTree(analyzer.analyze(new Document(line.path("id").asText(), text.asText())));
      }, threads, node -> {
        if (node != null) {
          predictions.put(node.path("id").asText(), node);
        }
      });
      int skipped = lines.size() - predictions.size();
      if (skipped > 0) {
        err.println(input + ": " + skipped + (skipped == 1 ? " document" : " documents") + " without a \"text\" string not analysed");
      }
    } else {
      for (JsonNode line : lines) {
        predictions.put(line.path("id").asText(), line);
      }
    }
    Scores s = new AttributionEvaluator().score(goldDocs, predictions);
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("goldQuotes", s.gold());
      figures.put("found", s.found());
      figures.put("right", s.right());
      figures.put("predicted", s.predicted());
      figures.put("predictedKnown", s.predictedKnown());
      figures.put("attributed", s.attributed());
      figures.put("missingDocuments", s.missingDocuments());
      figures.put("detectionPrecision", round(s.detectionPrecision()));
      figures.put("detectionRecall", round(s.detectionRecall()));
      figures.put("detectionF1", round(s.detectionF1()));
      figures.put("attributionPrecision", round(s.attributionPrecision()));
      figures.put("attributionRecall", round(s.endToEnd()));
      figures.put("attributionF1", round(s.attributionF1()));
      figures.put("speakerAccuracy", round(s.speakerAccuracy()));
      out.println(Json.mapper().writeValueAsString(figures));
    } else {
      out.printf(Locale.ROOT, "documents: %d gold, %d missing from the predictions%n", goldDocs.size(), s.missingDocuments());
      out.printf(Locale.ROOT, "quote detection:  precision %.3f  recall %.3f  F1 %.3f  (%d of %d gold quotes found; %d of %d predicted quotes are known quoted spans)%n",
          s.detectionPrecision(), s.detectionRecall(), s.detectionF1(), s.found(), s.gold(), s.predictedKnown(), s.predicted());
      out.printf(Locale.ROOT, "attribution:      precision %.3f  recall %.3f  F1 %.3f  (%d right; %d of the found quotes attributed)%n",
          s.attributionPrecision(), s.endToEnd(), s.attributionF1(), s.right(), s.attributed());
      out.printf(Locale.ROOT, "speaker accuracy on found quotes: %.3f; end-to-end correct attributions: %d/%d = %.3f%n",
          s.speakerAccuracy(), s.right(), s.gold(), s.endToEnd());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private int evaluateThemes(PrintWriter out, PrintWriter err) throws IOException {
    try {
      for (Path p : List.of(themes, input)) {
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
          err.println(p + ": no such readable file");
          return ExitCodes.MISSING_INPUT;
        }
      }
      LexiconCorpus.Options options = new LexiconCorpus.Options();
      options.lexicons = lexicons;
      options.replace = replaceLexicons;
      org.framelens.lexicon.Lexicon lexicon = options.lexicon(spec.commandLine(), err);
      if (lexicon == null) {
        return ExitCodes.INVALID_LEXICON;
      }
      return new ThemeEvaluation(themes, input, lexicon, threads, out, err).run(json, verbose);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** Reads every line as JSON; returns the first problem as "FILE:LINE: message" (or "FILE: not valid UTF-8"), or null. */
  private static String readJsonl(Path file, List<JsonNode> into) throws IOException {
    String[] problem = {null};
    try {
      JsonlLines.walk(file, (number, line) -> {
        try {
          JsonNode node = Json.mapper().readTree(line);
          if (!node.isObject() || !node.has("id")) {
            problem[0] = file + ":" + number + ": expected a JSON object with an \"id\"";
          } else {
            into.add(node);
          }
        } catch (JsonProcessingException e) {
          problem[0] = file + ":" + number + ": not JSON: " + e.getOriginalMessage();
        }
        return problem[0] == null;
      });
    } catch (MalformedInputException e) {
      // a bad input, like a line that is not JSON, not a failure of the program
      return file + ": not valid UTF-8";
    }
    return problem[0];
  }

}
