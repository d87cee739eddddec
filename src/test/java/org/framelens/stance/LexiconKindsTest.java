package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.corpus.Document;
import org.framelens.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The concepts and opinion lexicons: shipped, and extended with user files under a folder of their name. */
class LexiconKindsTest {

  private static final String USER = "src/test/resources/org/framelens/stance/user/";

  @TempDir
  Path dir;

  @Test
  void shipsConceptsAndAnOpinionLexiconWithBothPolarities() {
    assertTrue(Lexicons.shipped("concepts").contains("iran_nuclear_deal"));
    assertTrue(Lexicons.shipped("opinion").contains("positive"));
    assertTrue(Lexicons.shipped("opinion").contains("negative"));
    assertFalse(Lexicons.shipped().contains("iran_nuclear_deal"), "concepts are no themes");
  }

  @Test
  void aPathThroughAFolderNamedAfterTheKindHoldsThatKind() {
    assertTrue(Lexicons.isOfKind(Path.of("my/concepts/treaties.yaml"), "concepts"));
    assertTrue(Lexicons.isOfKind(Path.of("opinion"), "opinion"));
    assertFalse(Lexicons.isOfKind(Path.of("my/themes/concepts.yaml"), "concepts"));
  }

  @Test
  void userConceptsAndOpinionWordsAddToTheShippedOnes() {
    Analyzer analyzer = Analyzer.forConfig(new AnalyzerConfig(List.of(USER + "concepts", USER + "opinion"), false));
    List<Stance> s = analyzer.analyze(new Document("u", "Mayor Helen Obi opposed the harbour expansion. "
        + "“The tunnel is a boondoggle,” said Mayor Helen Obi. Mayor Helen Obi rejected the Paris agreement.")).stances();
    Stance harbour = s.stream().filter(x -> x.target().text().equals("the harbour expansion")).findFirst().orElseThrow();
    assertEquals(Optional.of("harbour_project"), harbour.target().concept());
    Stance tunnel = s.stream().filter(x -> x.target().text().equals("The tunnel")).findFirst().orElseThrow();
    assertEquals(Stance.Polarity.AGAINST, tunnel.polarity());
    Stance paris = s.stream().filter(x -> x.target().text().equals("the Paris agreement")).findFirst().orElseThrow();
    assertEquals(Optional.of("paris_agreement"), paris.target().concept(), "shipped concepts stay");
  }

  @Test
  void anOpinionThemeUnderNeitherPolarityIsRejected() throws Exception {
    Path file = Files.writeString(dir.resolve("odd.yaml"), "format: framelens-lexicon/1\nthemes:\n"
        + "  - id: odd\n    entries:\n      - strange\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OpinionWords.of(Lexicons.load(file)));
    assertTrue(e.getMessage().contains("'odd'"), e.getMessage());
  }
}
