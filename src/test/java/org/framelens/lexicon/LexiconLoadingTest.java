package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconLoadingTest {

  static Path resource(String name) {
    try {
      return Path.of(LexiconLoadingTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> problems(String... nameThenText) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      sources.put(nameThenText[i], nameThenText[i + 1]);
    }
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.fromSources(sources, Lexicon.empty()));
    return e.problems();
  }

  @Test
  void readsEveryKindOfEntryWithItsSettings() {
    Lexicon lexicon = Lexicons.fromSources(Map.of("t.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: pressure
            label: Pressure
            description: d
            source: s
            entries:
              - sanction
              - unilateral coercive measures
              - hegemon*
              - {term: NATO, case: sensitive}
              - {term: sanctioned, match: exact}
              - {term: embargo, weight: 0.5}
        """), Lexicon.empty());
    Theme t = lexicon.theme("pressure").orElseThrow();
    assertEquals("Pressure", t.label());
    assertEquals(List.of(
        new Entry("sanction", Entry.Match.LEMMA, false, 1.0),
        new Entry("unilateral coercive measures", Entry.Match.LEMMA, false, 1.0),
        new Entry("hegemon*", Entry.Match.LEMMA, false, 1.0),
        new Entry("NATO", Entry.Match.LEMMA, true, 1.0),
        new Entry("sanctioned", Entry.Match.EXACT, false, 1.0),
        new Entry("embargo", Entry.Match.LEMMA, false, 0.5)), t.entries());
  }

  @Test
  void reportsEveryProblemOfAFileWithItsLine() {
    List<String> problems = problems("lexicons/bad.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: one
            colour: red
            entries:
              - {term: embargo, weight: -2}
              - {term: sanction, match: fuzzy}
              - {term: hegemony, case: upper}
              - {term: x, extra: 1}
              - "a*b"
          - id: two
            entries: []
        """);
    assertEquals(List.of(
        "lexicons/bad.yaml:4: unknown theme key 'colour', expected one of [description, entries, id, label, parent, source]",
        "lexicons/bad.yaml:6: bad weight '-2', expected a number > 0",
        "lexicons/bad.yaml:7: unknown match 'fuzzy', expected lemma or exact",
        "lexicons/bad.yaml:8: unknown case 'upper', expected sensitive or insensitive",
        "lexicons/bad.yaml:9: unknown entry key 'extra', expected one of [case, match, near, term, weight, window]",
        "lexicons/bad.yaml:10: 'a*b': * is supported only at the start or the end of a word",
        "lexicons/bad.yaml:11: theme 'two' has no entries"), problems);
  }

  @Test
  void rejectsAnotherFormatVersion() {
    assertEquals(List.of("x.yaml:1: unsupported format 'framelens-lexicon/2', expected 'framelens-lexicon/1'"),
        problems("x.yaml", "format: framelens-lexicon/2\nthemes: []\n"));
  }

  @Test
  void rejectsUnknownTopLevelKeysAndMissingThemes() {
    assertEquals(List.of("x.yaml:2: unknown top-level key 'version', expected one of [format, themes]",
        "x.yaml:1: missing key 'themes'"),
        problems("x.yaml", "format: framelens-lexicon/1\nversion: 3\n"));
  }

  @Test
  void reportsYamlSyntaxErrorsAtTheirLine() {
    List<String> problems = problems("x.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: [unclosed\n");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("x.yaml:4: invalid YAML"), problems.get(0));
  }

  @Test
  void findsDuplicateIdsAcrossFiles() {
    String a = "format: framelens-lexicon/1\nthemes:\n  - id: same\n    entries: [a]\n";
    String b = "format: framelens-lexicon/1\nthemes:\n  - id: other\n    entries: [b]\n  - id: same\n    entries: [c]\n";
    assertEquals(List.of("b.yaml:5: duplicate theme id 'same', first defined at a.yaml:3"),
        problems("a.yaml", a, "b.yaml", b));
  }

  @Test
  void findsUnknownParentsAtTheParentLine() {
    assertEquals(List.of("x.yaml:5: theme 'child': unknown parent 'nobody'"), problems("x.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: child
            entries: [a]
            parent: nobody
        """));
  }

  @Test
  void findsParentCycles() {
    List<String> problems = problems("x.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: a
            parent: b
            entries: [x]
          - id: b
            parent: a
            entries: [y]
        """);
    assertEquals(List.of("x.yaml:4: theme 'a': parent cycle a -> b -> a",
        "x.yaml:7: theme 'b': parent cycle b -> a -> b"), problems);
  }

  @Test
  void aParentWithChildrenNeedsNoEntriesOfItsOwn() {
    Lexicon lexicon = Lexicons.fromSources(Map.of("x.yaml", """
        format: framelens-lexicon/1
        themes:
          - id: pressure
          - id: sanctions
            parent: pressure
            entries: [sanction]
        """), Lexicon.empty());
    assertEquals(List.of("pressure"), lexicon.ancestors("sanctions"));
    assertEquals(List.of("sanctions"), lexicon.children("pressure"));
  }

  @Test
  void aThemeWithNeitherEntriesNorChildrenIsAnError() {
    assertEquals(List.of("x.yaml:3: theme 'lonely' has no entries"),
        problems("x.yaml", "format: framelens-lexicon/1\nthemes:\n  - id: lonely\n"));
  }

  @Test
  void aBrokenFileNeverHalfLoads() {
    Path dir = resource("broken");
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicons.load(dir));
    assertTrue(e.problems().stream().anyMatch(p -> p.endsWith("bad.yaml:5: bad weight 'heavy', expected a number > 0")),
        e.problems().toString());
  }

  @Test
  void loadsAFolderOfUserFilesOnTopOfABase() throws Exception {
    Lexicon base = Lexicons.fromSources(Map.of("base.yaml",
        "format: framelens-lexicon/1\nthemes:\n  - id: pressure\n    entries: [coercion]\n"), Lexicon.empty());
    Lexicon both = Lexicons.load(resource("user"), base);
    assertEquals(List.of("pressure", "hope", "tariffs"), both.themes().stream().map(Theme::id).toList());
    assertEquals(List.of("pressure"), both.ancestors("tariffs"));
    assertTrue(both.contains("hope"), "the quanteda file in the folder loads too");
  }

  @Test
  void userThemesThatNameABaseParentFailOnTheirOwn() {
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicons.load(resource("user")));
    assertTrue(e.problems().get(0).endsWith("tariffs.yaml:5: theme 'tariffs': unknown parent 'pressure'"),
        e.problems().toString());
  }

  @Test
  void aUserThemeMayNotReuseABaseId() {
    Lexicon base = Lexicons.fromSources(Map.of("base.yaml",
        "format: framelens-lexicon/1\nthemes:\n  - id: tariffs\n    entries: [duty]\n"
            + "  - id: pressure\n    entries: [coercion]\n"), Lexicon.empty());
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicons.load(resource("user"), base));
    assertTrue(e.problems().get(0).endsWith(
        "tariffs.yaml:3: theme id 'tariffs' is already defined (by the lexicons this adds to)"), e.problems().toString());
  }

  @Test
  void ancestorsRunFromNearestToRoot() {
    Lexicon lexicon = Lexicon.of(List.of(
        new Theme("a", "A", "", "", "", List.of(Entry.of("x"))),
        new Theme("b", "B", "", "", "a", List.of(Entry.of("y"))),
        new Theme("c", "C", "", "", "b", List.of(Entry.of("z")))));
    assertEquals(List.of("b", "a"), lexicon.ancestors("c"));
    assertEquals(List.of(), lexicon.ancestors("a"));
    assertThrows(IllegalArgumentException.class, () -> lexicon.ancestors("nope"));
  }
}
