package org.framelens.lexicon;

import static org.framelens.lexicon.LexiconLoadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportersTest {

  private static List<String> terms(Lexicon lexicon, String theme) {
    return lexicon.theme(theme).orElseThrow().entries().stream().map(Entry::term).toList();
  }

  @Test
  void quantedaNestedKeysBecomeNestedThemesWithDottedIds() throws Exception {
    Lexicon lexicon = Lexicons.load(resource("quanteda.yml"));
    assertEquals(List.of("economy", "politics", "politics.domestic", "politics.foreign"),
        lexicon.themes().stream().map(Theme::id).toList());
    assertEquals(List.of("politics"), lexicon.ancestors("politics.foreign"));
    assertEquals("foreign", lexicon.theme("politics.foreign").orElseThrow().label());
    assertEquals(List.of("tax*", "budget", "interest rate"), terms(lexicon, "economy"));
    assertEquals(List.of("diplomat*", "embass*", "*lateralism"), terms(lexicon, "politics.foreign"));
  }

  @Test
  void quantedaPatternsMatchSurfaceWordsLikeQuantedaDoes() throws Exception {
    Lexicon lexicon = Lexicons.load(resource("quanteda.yml"));
    Entry tax = lexicon.theme("economy").orElseThrow().entries().get(0);
    assertEquals(Entry.Match.EXACT, tax.match());
    List<ThemeHit> hits = ThemeMatcher.compile(lexicon)
        .match(Docs.doc("Taxes and Embassies face Unilateralism and the Interest Rates/interest_rate"));
    assertEquals(List.of("economy:Taxes", "politics.foreign:Embassies", "politics.foreign:Unilateralism"),
        hits.stream().map(h -> h.theme() + ":" + h.span().of("Taxes and Embassies face Unilateralism and the Interest Rates")).toList());
  }

  @Test
  void liwcCategoriesBecomeThemesAndWordsJoinEveryListedCategory() throws Exception {
    Lexicon lexicon = Lexicons.load(resource("liwc.dic"));
    assertEquals(List.of("posemo", "negemo", "power"), lexicon.themes().stream().map(Theme::id).toList());
    assertEquals(List.of("happy", "kind of"), terms(lexicon, "posemo"));
    assertEquals(List.of("sad*", "threat*"), terms(lexicon, "negemo"));
    assertEquals(List.of("threat*", "dominat*"), terms(lexicon, "power"));
    List<ThemeHit> hits = ThemeMatcher.compile(lexicon).match(Docs.doc("they threatened domination"));
    assertEquals(List.of("negemo", "power", "power"), hits.stream().map(ThemeHit::theme).toList());
  }

  @Test
  void liwcProblemsNameTheirLines() {
    String text = "%\n1\tposemo\n%\nhappy\t1\nglad\t9\nlo*ve\t1\n";
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.fromSources(Map.of("x.dic", text), Lexicon.empty()));
    assertEquals(List.of("x.dic:5: unknown category number '9'",
        "x.dic:6: 'lo*ve': * is supported only at the start or the end of a word"), e.problems());
  }

  @Test
  void aLiwcFileWithoutHeaderIsRejected() {
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.fromSources(Map.of("x.dic", "happy\t1\n"), Lexicon.empty()));
    assertEquals(List.of("x.dic:1: expected the '%' line that opens a LIWC category header"), e.problems());
  }

  @Test
  void quantedaProblemsNameTheirLines() {
    LexiconException e = assertThrows(LexiconException.class,
        () -> Lexicons.fromSources(Map.of("q.yaml", "hope:\n  - hope*\nfear:\n  - {a: b}\nnone:\n"), Lexicon.empty()));
    assertEquals(List.of("q.yaml:4: expected a pattern string", "q.yaml:5: category 'none' has no patterns",
        "q.yaml:3: theme 'fear' has no entries", "q.yaml:5: theme 'none' has no entries"), e.problems());
  }
}
