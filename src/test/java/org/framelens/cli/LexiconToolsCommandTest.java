package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/** {@code lexicon kwic|stats|suggest} on a small corpus written for them (five short articles). */
class LexiconToolsCommandTest {

  private static final String CORPUS = "src/test/resources/org/framelens/cli/lexicon-corpus";

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LexiconCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void kwicListsEveryHitOfTheThemeWithItsContextEntryAndNegation() {
    Run run = run("kwic", "sanctions", CORPUS, "-q");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(8, lines.size(), run.out());
    assertTrue(lines.get(0).endsWith("01-sanctions-oil.txt, 0-9]  | Sanctions | on the oil exports of   (sanctions: sanction)"),
        lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("The Treasury | imposed new sanctions | on three shipping firms")),
        run.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("| asset freeze |") && l.endsWith("(sanctions: asset freeze)")), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("never accept | sanctions |") && l.endsWith("; negated)")), run.out());
    assertTrue(lines.stream().noneMatch(l -> l.contains("tariff")), "a tariff is not a sanction");
    assertTrue(run.err().contains("8 hits of sanctions"), run.err());
  }

  @Test
  void kwicOfAParentThemeIncludesItsChildrensHitsAndFiltersByEntry() {
    Run parent = run("kwic", "western_pressure", CORPUS, "-q");
    assertEquals(8, parent.out().lines().count(), parent.out());
    Run one = run("kwic", "sanctions", CORPUS, "-q", "--entry", "embargo");
    assertEquals(List.of("[" + CORPUS + "/01-sanctions-oil.txt, 205-212] 's foreign minister said the | embargo |"
        + " hurt ordinary families and was   (sanctions: embargo)"), one.out().lines().toList());
  }

  @Test
  void kwicWritesCsvWithAHeader() {
    Run run = run("kwic", "sanctions", CORPUS, "-q", "--csv", "--entry", "blacklist");
    assertEquals(List.of("document,start,end,theme,entry,negated,pre,keyword,post",
        CORPUS + "/05-new-sanctions.txt,167,176,sanctions,blacklist,false,said they would challenge the,blacklist,in court."),
        run.out().lines().toList());
  }

  @Test
  void kwicRejectsAnUnknownThemeAsAUsageError() {
    Run run = run("kwic", "no_such_theme", CORPUS);
    assertEquals(2, run.code());
    assertTrue(run.err().contains("unknown theme 'no_such_theme'"), run.err());
  }

  @Test
  void aMissingCorpusIsReportedWithItsExitCode() {
    Run run = run("kwic", "sanctions", "no/such/folder", "-q");
    assertEquals(3, run.code());
    assertTrue(run.err().contains("no/such/folder"), run.err());
  }

  @Test
  void statsCountsHitsPerThemeAndEntryAndListsEntriesWithNoHit() {
    Run run = run("stats", CORPUS, "-q", "--csv");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.contains("theme,sanctions,,8,1,3,"), run.out());
    assertTrue(lines.contains("entry,sanctions,sanction,3,1,2,"), run.out());
    assertTrue(lines.contains("entry,sanctions,\"impose NEAR/0,4 sanction|embargo|blockade|asset freeze|travel ban\",1,0,1,"),
        run.out());
    assertTrue(lines.contains("entry,sanctions,impose sanction,0,0,0,"), run.out());
    assertTrue(lines.contains("entry,sanctions,oil embargo,0,0,0,"), run.out());
    Run text = run("stats", CORPUS, "-q");
    assertTrue(text.out().startsWith("5 documents"), text.out());
    assertTrue(text.out().contains("entries with no hit ("), text.out());
    assertTrue(text.out().contains("  sanctions: sanctions regime; sanctions list"), text.out());
  }

  @Test
  void suggestRanksTheWordsAroundTheHitsAsPasteableYamlEntries() throws IOException {
    Run run = run("suggest", "sanctions", CORPUS, "-q", "--min-count", "2");
    assertEquals(0, run.code(), run.err());
    String yaml = run.out();
    assertTrue(yaml.startsWith("# framelens lexicon suggest sanctions: 8 hits in 3 documents"), yaml);
    List<String> entries = yaml.lines().filter(l -> l.startsWith("      - ")).toList();
    // what comes only with the hits ranks above what also occurs elsewhere
    assertTrue(entries.get(0).startsWith("      - oil export    # G2 4.7; 3 near hits, 0 elsewhere; e.g. "), yaml);
    assertTrue(entries.get(entries.size() - 1).startsWith("      - treasury    # G2 1.4; 3 near hits, 1 elsewhere"), yaml);
    // a word seen only inside a stronger phrase is not repeated on its own
    assertTrue(entries.stream().noneMatch(l -> l.startsWith("      - oil    #") || l.startsWith("      - export    #")), yaml);
    assertTrue(entries.stream().noneMatch(l -> l.startsWith("      - sanction ")), "existing entries are left out");
    assertTrue(entries.stream().noneMatch(l -> l.startsWith("      - council ")), "words far from every hit are not candidates");
    // pasted under a theme, the candidates load as entries
    String file = "format: framelens-lexicon/1\nthemes:\n  - id: pasted\n    source: suggest\n    description: d\n    entries:\n"
        + String.join("\n", entries) + "\n";
    Path pasted = Files.writeString(dir.resolve("pasted.yaml"), file);
    Lexicon lexicon = Lexicons.load(pasted);
    assertEquals(entries.size(), lexicon.theme("pasted").orElseThrow().entries().size());
    Object parsed = new Load(LoadSettings.builder().build()).loadFromString(file);
    assertTrue(parsed instanceof Map);
  }
}
