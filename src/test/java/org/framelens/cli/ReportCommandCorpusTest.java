package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.aggregate.GeneratedCorpus;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code report} over a generated corpus of a few hundred documents: inputs, threads, filters. */
class ReportCommandCorpusTest {

  @TempDir
  static Path dir;

  private static final List<DocumentAnalysis> CORPUS = GeneratedCorpus.documents(400, 11);
  private static Path all;

  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void writeCorpus() throws IOException {
    all = write(dir.resolve("all.jsonl"), CORPUS);
    Files.createDirectories(dir.resolve("parts/more"));
    write(dir.resolve("parts/b.jsonl"), CORPUS.subList(0, 150));
    write(dir.resolve("parts/more/c.jsonl"), CORPUS.subList(150, 300));
    Files.writeString(dir.resolve("parts/notes.txt"), "not an analysis");
    write(dir.resolve("a.jsonl"), CORPUS.subList(300, 400));
  }

  private static Path write(Path file, List<DocumentAnalysis> docs) throws IOException {
    List<String> lines = new ArrayList<>();
    for (DocumentAnalysis d : docs) {
      lines.add(Json.mapper().writeValueAsString(d));
    }
    return Files.write(file, lines);
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ReportCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--top", "5"));
    return Json.mapper().readTree(run(all.toArray(String[]::new)));
  }

  @Test
  void filesAndFoldersTogetherGiveTheReportOfOneFile() {
    String one = run(all.toString(), "--format", "json");
    String many = run(dir.resolve("a.jsonl").toString(), dir.resolve("parts").toString(), "--format", "json");
    assertEquals(one, many);
  }

  @Test
  void everyFormatIsByteIdenticalForAnyNumberOfThreads() {
    for (String[] format : List.of(new String[] {"--format", "md"}, new String[] {"--format", "json"},
        new String[] {"--format", "csv"}, new String[] {"--format", "csv", "--csv-table", "stances"},
        new String[] {"--format", "html"})) {
      List<String> outputs = new ArrayList<>();
      for (String threads : List.of("1", "2", "4")) {
        List<String> args = new ArrayList<>(List.of(all.toString(), "--threads", threads));
        args.addAll(List.of(format));
        outputs.add(run(args.toArray(String[]::new)));
      }
      assertTrue(outputs.get(0).length() > 1000, String.join(" ", format));
      assertEquals(outputs.get(0), outputs.get(1), String.join(" ", format));
      assertEquals(outputs.get(0), outputs.get(2), String.join(" ", format));
    }
  }

  @Test
  void fromAndToKeepOnlyDocumentsDatedInBetween() throws IOException {
    LocalDate from = LocalDate.of(2025, 2, 1);
    LocalDate to = LocalDate.of(2025, 5, 31);
    long expected = CORPUS.stream().map(ReportCommandCorpusTest::day)
        .filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to)).count();
    JsonNode overview = json(all.toString(), "--from", from.toString(), "--to", to.toString()).get("overview");
    assertTrue(expected > 20 && expected < CORPUS.size() / 2, "expected " + expected);
    assertEquals(expected, overview.get("documents").asLong());
    assertEquals(CORPUS.size() - expected, overview.get("filteredOut").asLong());
    assertEquals("week", overview.get("granularity").asText());
  }

  @Test
  void outletIsMatchedInAnyCase() throws IOException {
    long expected = CORPUS.stream().filter(d -> d.metadata().get("outlet").equals("Evening Post")).count();
    JsonNode overview = json(all.toString(), "--outlet", "EVENING post").get("overview");
    assertEquals(expected, overview.get("documents").asLong());
    assertEquals("Evening Post", overview.get("outlets").get(0).get("id").asText());
    assertEquals(1, overview.get("outlets").size());
  }

  @Test
  void themeKeepsOnlyDocumentsWithAHitOfIt() throws IOException {
    long expected = CORPUS.stream().filter(d -> d.themes().stream()
            .anyMatch(c -> !c.hit().negated() && c.hit().theme().equals("climate"))
        || d.quotes().stream().anyMatch(q -> q.themes().contains("climate"))).count();
    assertEquals(expected, json(all.toString(), "--theme", "climate").get("overview").get("documents").asLong());
  }

  @Test
  void actorAndMinQuotesChooseTheActorsShown() throws IOException {
    JsonNode two = json(all.toString(), "--actor", "ana-ruiz,arland");
    List<String> ids = new ArrayList<>();
    two.get("actors").forEach(a -> ids.add(a.get("id").asText()));
    assertEquals(List.of("arland", "ana-ruiz").stream().sorted().toList(), ids.stream().sorted().toList());
    JsonNode busy = json(all.toString(), "--min-quotes", "60");
    busy.get("actors").forEach(a -> assertTrue(a.get("quoteCount").asInt() >= 60, a.get("id").asText()));
    assertTrue(busy.get("actors").size() < json(all.toString()).get("actors").size());
  }

  @Test
  void topMarksThatManyActorsForFullSections() throws IOException {
    JsonNode report = json(all.toString());
    int detailed = 0;
    for (JsonNode a : report.get("actors")) {
      detailed += a.get("detailed").asBoolean() ? 1 : 0;
    }
    assertEquals(5, detailed);
    assertEquals(5, report.get("overview").get("top").asInt());
    String md = run(all.toString(), "--top", "2");
    assertEquals(2, md.split("\n### ", -1).length - 2, md); // two sections and the index heading
    assertTrue(md.contains("### Other actors"));
  }

  @Test
  void minStanceConfidenceChoosesTheStancesShownAndCountsTheRest() throws IOException {
    long total = CORPUS.stream().mapToLong(d -> d.stances().size()).sum();
    long sure = CORPUS.stream().flatMap(d -> d.stances().stream()).filter(s -> s.confidence() >= 0.8).count();
    JsonNode strict = json(all.toString(), "--min-stance-confidence", "0.8").get("overview");
    assertEquals(sure, strict.get("stances").asLong() + strict.get("unresolvedStances").asLong());
    assertEquals(total - sure, strict.get("stancesBelowConfidence").asLong());
    JsonNode every = json(all.toString(), "--min-stance-confidence", "0").get("overview");
    assertEquals(total, every.get("stances").asLong() + every.get("unresolvedStances").asLong());
    assertTrue(every.get("unresolvedStances").asLong() > 0, "the generated corpus has holders that name no actor");
  }

  @Test
  void aDateThatIsNoDateIsAUsageError() {
    CommandLine cli = new CommandLine(new ReportCommand());
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    assertEquals(2, cli.execute(all.toString(), "--from", "2025-13-01"));
    assertTrue(err.toString().contains("--from: expected a date like 2025-03-12 but was '2025-13-01'"), err.toString());
    assertEquals(2, cli.execute(all.toString(), "--min-stance-confidence", "1.5"));
    assertTrue(err.toString().contains("--min-stance-confidence must be between 0 and 1, was 1.5"), err.toString());
  }

  private static LocalDate day(DocumentAnalysis d) {
    Object v = d.metadata().getOrDefault("date", d.metadata().get("published"));
    return v == null ? null : LocalDate.parse(String.valueOf(v).substring(0, 10).toLowerCase(Locale.ROOT));
  }
}
