package org.framelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.corpus.Json;
import org.framelens.corpus.JsonlLines;
import org.framelens.corpus.OrderedParallel;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.LexiconException;
import org.framelens.lexicon.ThemeHit;
import org.framelens.lexicon.ThemeLabels;
import org.framelens.lexicon.ThemeLabels.Statement;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.lexicon.ThemeScores;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;

/**
 * {@code evaluate --themes LABELS CORPUS}: the themes the lexicons find in each labelled statement
 * (every hit inside its offsets, negated or not) against its labels. The texts come from the
 * corpus, the labels from a TSV of offsets only.
 */
final class ThemeEvaluation {

  private final Path labelsFile;
  private final Path corpus;
  private final Lexicon lexicon;
  private final int threads;
  private final PrintWriter out;
  private final PrintWriter err;

  ThemeEvaluation(Path labelsFile, Path corpus, Lexicon lexicon, int threads, PrintWriter out, PrintWriter err) {
    this.labelsFile = labelsFile;
    this.corpus = corpus;
    this.lexicon = lexicon;
    this.threads = threads;
    this.out = out;
    this.err = err;
  }

  /** A labelled document with its text, and the themes predicted per statement. */
  private record Job(String id, String text, List<Statement> statements) {}

  private record Result(Job job, List<Set<String>> predicted, List<List<String>> entries, List<String> problems) {}

  int run(boolean json, boolean verbose) throws IOException {
    ThemeLabels labels;
    try {
      labels = ThemeLabels.parse(labelsFile.toString(), Files.readAllLines(labelsFile, StandardCharsets.UTF_8), lexicon);
    } catch (CharacterCodingException e) {
      err.println(labelsFile + ": not valid UTF-8");
      return ExitCodes.BAD_INPUT;
    } catch (LexiconException e) {
      e.problems().forEach(err::println);
      return ExitCodes.BAD_INPUT;
    }
    Map<String, List<Statement>> byDocument = new LinkedHashMap<>();
    for (Statement s : labels.statements()) {
      byDocument.computeIfAbsent(s.document(), k -> new ArrayList<>()).add(s);
    }
    List<Job> jobs = new ArrayList<>();
    Set<String> found = new HashSet<>();
    String[] bad = {null};
    try {
      JsonlLines.walk(corpus, (number, line) -> {
        try {
          JsonNode node = Json.mapper().readTree(line);
          String id = node.path("id").asText("");
          List<Statement> statements = byDocument.get(id);
          // a document listed twice in the corpus is scored once
          if (statements != null && node.path("text").isTextual() && found.add(id)) {
            jobs.add(new Job(id, node.path("text").asText(), statements));
          }
        } catch (JsonProcessingException e) {
          bad[0] = corpus + ":" + number + ": not JSON: " + e.getOriginalMessage();
        }
        return bad[0] == null;
      });
    } catch (CharacterCodingException e) {
      bad[0] = corpus + ": not valid UTF-8";
    }
    if (bad[0] != null) {
      err.println(bad[0]);
      return ExitCodes.BAD_INPUT;
    }
    int skipped = 0;
    for (String id : byDocument.keySet()) {
      if (!found.contains(id)) {
        err.println(labelsFile + ": document '" + id + "' is not in " + corpus + " (or has no \"text\"); its "
            + byDocument.get(id).size() + " statements are not scored");
        skipped += byDocument.get(id).size();
      }
    }
    ThemeMatcher matcher = ThemeMatcher.compile(lexicon);
    NlpPipeline pipeline = NlpPipeline.shared(NlpPipeline.Level.LEMMAS);
    ThemeScores scores = new ThemeScores(lexicon);
    List<String> problems = new ArrayList<>();
    OrderedParallel.map(jobs.iterator(), job -> predict(job, pipeline, matcher), threads, result -> {
      problems.addAll(result.problems());
      for (int k = 0; k < result.job().statements().size(); k++) {
        Set<String> predicted = result.predicted().get(k);
        if (predicted != null) {
          Statement s = result.job().statements().get(k);
          scores.add(s.themes(), predicted);
          if (verbose && !new java.util.TreeSet<>(s.themes()).equals(predicted)) {
            // offsets and labels only: the texts may not be ours to print into a log
            err.printf(Locale.ROOT, "%s:%d: %s %d-%d labels %s predicted %s by %s%n", labelsFile, s.line(),
                s.document(), s.start(), s.end(), new java.util.TreeSet<>(s.themes()), predicted,
                result.entries().get(k));
          }
        }
      }
    });
    problems.forEach(err::println);
    skipped += problems.size();
    print(scores, json);
    return skipped > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private Result predict(Job job, NlpPipeline pipeline, ThemeMatcher matcher) {
    ParsedDocument doc = pipeline.parse(job.text());
    List<ThemeHit> hits = matcher.match(doc);
    List<Set<String>> predicted = new ArrayList<>();
    List<List<String>> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Statement s : job.statements()) {
      if (s.end() > job.text().length()) {
        problems.add(labelsFile + ":" + s.line() + ": end " + s.end() + " lies beyond document '" + job.id()
            + "' (" + job.text().length() + " characters); not scored");
        predicted.add(null);
        entries.add(null);
        continue;
      }
      Set<String> themes = new java.util.TreeSet<>();
      List<String> by = new ArrayList<>();
      for (ThemeHit h : hits) {
        if (h.start() >= s.start() && h.end() <= s.end()) {
          themes.add(h.theme());
          by.add(h.theme() + "/" + h.entry());
        }
      }
      predicted.add(themes);
      entries.add(by);
    }
    return new Result(job, predicted, entries, problems);
  }

  private void print(ThemeScores s, boolean json) throws JsonProcessingException {
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("statements", s.statements());
      figures.put("labelled", s.labelled());
      figures.put("exact", s.exact());
      figures.put("overall", counts(s.overall()));
      Map<String, Object> themes = new LinkedHashMap<>();
      s.perTheme().forEach((k, v) -> themes.put(k, counts(v)));
      figures.put("themes", themes);
      out.println(Json.mapper().writeValueAsString(figures));
      return;
    }
    out.printf(Locale.ROOT, "statements: %d (%d with a theme label); predicted themes equal the labels in %d%n",
        s.statements(), s.labelled(), s.exact());
    String row = "%-22s %6s %9s %6s %9s %7s %6s%n";
    out.printf(Locale.ROOT, row, "theme", "gold", "predicted", "right", "precision", "recall", "F1");
    s.perTheme().forEach((theme, c) -> line(row, theme, c));
    line(row, "overall (micro)", s.overall());
  }

  private void line(String row, String name, ThemeScores.Counts c) {
    out.printf(Locale.ROOT, row, name, c.gold(), c.predicted(), c.right(),
        String.format(Locale.ROOT, "%.3f", c.precision()), String.format(Locale.ROOT, "%.3f", c.recall()),
        String.format(Locale.ROOT, "%.3f", c.f1()));
  }

  private static Map<String, Object> counts(ThemeScores.Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", c.gold());
    m.put("predicted", c.predicted());
    m.put("right", c.right());
    m.put("precision", Math.round(c.precision() * 10000) / 10000.0);
    m.put("recall", Math.round(c.recall() * 10000) / 10000.0);
    m.put("f1", Math.round(c.f1() * 10000) / 10000.0);
    return m;
  }
}
