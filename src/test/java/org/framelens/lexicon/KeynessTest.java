package org.framelens.lexicon;

import static org.framelens.lexicon.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Candidate entries from the words around a theme's hits. */
class KeynessTest {

  private static final ThemeMatcher M = ThemeMatcher.compile(Lexicons.fromSources(Map.of("t.yaml", """
      format: framelens-lexicon/1
      themes:
        - id: sanctions
          entries: [sanction]
      """), Lexicon.empty()));

  private static List<String> terms(String... documents) {
    Keyness k = new Keyness(Set.of("sanctions"), Set.of("sanction"), 3);
    int n = 0;
    for (String d : documents) {
      ParsedDocument parsed = doc(d);
      k.add("d" + n++, parsed, M.match(parsed));
    }
    return k.candidates(10, 2).stream().map(Keyness.Candidate::term).toList();
  }

  @Test
  void wordsNearHitsRankAboveWordsFoundEverywhereAndExistingEntriesAreLeftOut() {
    List<String> terms = terms(
        "new sanction/sanction hit oil exports/export | city parks open today",
        "sanction/sanction on oil exports/export again | city roads close today",
        "the city budget grew | parks and roads and budget news");
    assertEquals("oil export", terms.get(0));
    assertTrue(!terms.contains("city") && !terms.contains("sanction"), terms.toString());
  }

  @Test
  void aTwoWordPhraseWhoseWordsMeetByChanceIsNoCandidate() {
    // "market" and "big" are everywhere; next to each other near a hit twice is chance, not a phrase
    List<String> terms = terms(
        "sanction/sanction big market | big day market day big news market news big talk market talk",
        "sanction/sanction big market | big year market year big deal market deal big hope market hope",
        "big game market game big fan market fan big win market win");
    assertTrue(!terms.contains("big market"), terms.toString());
  }
}
