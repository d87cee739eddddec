package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaderImportTest {

  /** Lines in VADER's layout: token, mean valence, standard deviation, the raters' scores. */
  private static final List<String> LINES = List.of(
      ":-(\t-2.2\t0.9\t[-2, -2]",
      "lol\t2.9\t0.8\t[3, 3]",
      "ok\t1.6\t0.5\t[2, 1]",
      "splendid\t2.8\t0.6\t[3, 3]",
      "decent\t1.6\t0.5\t[2, 1]",
      "meh\t-0.3\t0.4\t[0, -1]",
      "tepid\t-1.1\t0.4\t[-1, -1]",
      "heinous\t-3.1\t0.7\t[-3, -3]",
      "menaces\t-2.4\t0.7\t[-2, -3]",
      "yes\t1.7\t0.5\t[2, 2]",
      "won\t2.7\t0.8\t[3, 2]",
      "loser\t-2.4\t0.7\t[-2, -3]",
      "",
      "well-known\t1.9\t0.5\t[2, 2]");

  private static final VaderImport.Options OPTIONS = new VaderImport.Options(1.5, 2.0, Set.of("menace"));

  @Test
  void keepsClearWordsAndDropsEmoticonsChatAcronymsWeakAndSkippedWords() {
    List<VaderImport.Word> words = VaderImport.words(LINES, OPTIONS);
    assertEquals(List.of("decent", "heinous", "loser", "splendid", "yes"),
        words.stream().map(VaderImport.Word::word).toList(), "'won' reports an outcome in news, 'loser' judges");
    assertEquals(0.5, words.get(0).weight(), "below the strong valence");
    assertEquals(1.0, words.get(1).weight());
  }

  @Test
  void aMalformedLineIsAnErrorNamingItsLineNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VaderImport.words(List.of("good\t1.9\t0.3\t[2]", "broken line"), OPTIONS));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
  }

  @Test
  void theFileItWritesLoadsAsAnOpinionLexiconWithTheLicenceInItsHeader(@TempDir Path dir) throws IOException {
    Path opinion = Files.createDirectories(dir.resolve("opinion"));
    Files.writeString(opinion.resolve("roots.yaml"),
        "format: framelens-lexicon/1\nthemes:\n  - id: positive\n    entries: [good]\n  - id: negative\n    entries: [bad]\n");
    String yaml = VaderImport.yaml(VaderImport.words(LINES, OPTIONS), OPTIONS, "vader_lexicon.txt");
    Files.writeString(opinion.resolve("vader.yaml"), yaml);
    assertTrue(yaml.contains("Copyright (c) 2016 C.J. Hutto"), "MIT notice kept");
    Lexicon lexicon = Lexicons.load(opinion);
    Theme positive = lexicon.theme("vader_positive").orElseThrow();
    assertEquals("positive", positive.parentId());
    assertEquals(List.of("decent", "splendid", "yes"), positive.entries().stream().map(Entry::term).toList(),
        "\"yes\" stays a word, not a YAML boolean");
    assertEquals(Entry.Match.EXACT, positive.entries().get(0).match());
    assertEquals(List.of("heinous", "loser"),
        lexicon.theme("vader_negative").orElseThrow().entries().stream().map(Entry::term).toList());
  }
}
