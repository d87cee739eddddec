package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedLexiconsTest {

  private static final Path THEMES = Path.of("lexicons/themes");
  private static final List<String> EXPECTED = List.of("counterterrorism", "hegemony", "military_technology",
      "multipolarity", "nato_expansion", "resistance", "sanctions", "security_cooperation", "sovereignty",
      "unilateralism", "western_pressure");

  private static ParsedDocument seed;
  private static List<ThemeHit> seedHits;

  @BeforeAll
  static void parseSeedArticle() throws IOException {
    String text = Files.readString(Path.of("seeds/iran-belarus-defense-pact.txt"));
    seed = NlpPipeline.shared(NlpPipeline.Level.LEMMAS).parse(text);
    seedHits = ThemeMatcher.compile(Lexicons.shipped()).match(seed);
  }

  static Stream<Path> shippedFiles() throws IOException {
    try (Stream<Path> files = Files.list(THEMES)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void everyShippedFileValidatesAndDefinesTheThemeItIsNamedFor(Path file) throws IOException {
    // parents may live in other files, so cross-file checks run on the whole folder below
    List<String> problems = new java.util.ArrayList<>();
    List<LexiconReader.Draft> drafts = LexiconReader.read(file.toString(), Files.readString(file), problems);
    assertEquals(List.of(), problems);
    assertEquals(1, drafts.size(), file + " defines one theme");
    Theme theme = drafts.get(0).theme();
    String id = file.getFileName().toString().replace(".yaml", "");
    assertEquals(id, theme.id());
    assertFalse(theme.source().isBlank(), id + " says where its terms come from");
    assertFalse(theme.description().isBlank(), id + " has a description");
    int entries = theme.entries().size();
    // paraphrase patterns grew the themes; past ~100 an entry list stops being reviewable at once
    assertTrue(entries >= 25 && entries <= 100, id + " has " + entries + " entries");
  }

  @Test
  void theShippedFolderLoadsAsAWholeFromTheWorkTreeAndTheClasspathAlike() throws IOException {
    Lexicon fromFolder = Lexicons.load(THEMES);
    Lexicon fromClasspath = Lexicons.shipped();
    assertEquals(EXPECTED, fromFolder.themes().stream().map(Theme::id).sorted().toList());
    assertEquals(fromFolder.themes().stream().map(Theme::id).sorted().toList(),
        fromClasspath.themes().stream().map(Theme::id).sorted().toList());
    assertEquals(fromFolder.entryCount(), fromClasspath.entryCount());
  }

  @Test
  void sanctionsAndNatoExpansionCountTowardWesternPressure() {
    assertEquals(List.of("western_pressure"), Lexicons.shipped().ancestors("sanctions"));
    assertEquals(List.of("western_pressure"), Lexicons.shipped().ancestors("nato_expansion"));
    assertEquals(List.of(), Lexicons.shipped().ancestors("hegemony"));
  }

  @Test
  void noShippedEntryIsAnOverGenericSingleWord() {
    List<String> generic = List.of("power", "order", "world", "pressure", "state", "country", "security",
        "defense", "defence", "military", "government", "policy", "war", "international", "force");
    for (Theme t : Lexicons.shipped().themes()) {
      for (Entry e : t.entries()) {
        // a generic word is fine as the term of a near entry: the near term makes it specific
        assertFalse(e.near().isEmpty() && generic.contains(e.term().toLowerCase()),
            t.id() + " has the generic entry " + e.term());
      }
    }
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
      "artificial crises imposed by hegemonic powers, hegemony, hegemonic powers",
      "escalating unilateralism, unilateralism, escalating unilateralism",
      "multipolarity, multipolarity, multipolarity",
      "resistance to coercion, resistance, resistance to coercion",
      "Western sanctions and NATO, sanctions, Western sanctions",
      "NATO expansion, nato_expansion, NATO expansion"})
  void theSeedArticlesPhrasesHitTheirThemes(String phrase, String theme, String matched) {
    int at = seed.text().indexOf(phrase);
    assertTrue(at >= 0, "the seed article contains " + phrase);
    List<ThemeHit> inPhrase = seedHits.stream()
        .filter(h -> h.start() >= at && h.end() <= at + phrase.length()).toList();
    assertTrue(inPhrase.stream().anyMatch(h -> h.theme().equals(theme)
        && h.span().of(seed.text()).equals(matched) && !h.negated()),
        phrase + " gave " + inPhrase);
  }

  @Test
  void natoExpansionWinsOverEveryShorterOverlappingEntry() {
    int at = seed.text().indexOf("NATO expansion");
    List<ThemeHit> overlapping = seedHits.stream()
        .filter(h -> h.start() < at + "NATO expansion".length() && at < h.end()).toList();
    assertEquals(List.of(new ThemeHit("nato_expansion", "nato expansion", at, at + 14, 1.0, false)), overlapping);
  }

  @Test
  void theSeedArticleTouchesMostShippedThemes() {
    List<String> themes = seedHits.stream().map(ThemeHit::theme).distinct().sorted().toList();
    assertEquals(List.of("counterterrorism", "hegemony", "military_technology", "multipolarity", "nato_expansion",
        "resistance", "sanctions", "security_cooperation", "unilateralism", "western_pressure"), themes);
  }

  @Test
  void aNegatedSentenceParsedByCoreNlpIsMarkedNegated() {
    ParsedDocument d = NlpPipeline.shared(NlpPipeline.Level.LEMMAS)
        .parse("We do not seek hegemony, but we reject sanctions. Iran wasn't pursuing hegemony.");
    List<ThemeHit> hits = ThemeMatcher.compile(Lexicons.shipped()).match(d);
    assertEquals(List.of("hegemony:true", "sanctions:false", "hegemony:true"),
        hits.stream().map(h -> h.theme() + ":" + h.negated()).toList());
  }

  @Test
  void userLexiconsAddToTheShippedOnesOrReplaceThem() throws IOException {
    Path user = LexiconLoadingTest.resource("user/tariffs.yaml");
    String text = Files.readString(user).replace("parent: pressure", "parent: western_pressure");
    Lexicon added = Lexicons.fromSources(Map.of("tariffs.yaml", text), Lexicons.shipped());
    assertEquals(List.of("western_pressure"), added.ancestors("tariffs"));
    assertEquals(Lexicons.shipped().size() + 1, added.size());
    Lexicon replaced = Lexicons.fromSources(Map.of("tariffs.yaml", text.replace("    parent: western_pressure\n", "")),
        Lexicon.empty());
    assertEquals(List.of("tariffs"), replaced.themes().stream().map(Theme::id).toList());
  }
}
