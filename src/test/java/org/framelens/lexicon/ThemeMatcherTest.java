package org.framelens.lexicon;

import static org.framelens.lexicon.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {

  private static ThemeMatcher matcher(String yamlThemes) {
    return ThemeMatcher.compile(Lexicons.fromSources(
        Map.of("t.yaml", "format: framelens-lexicon/1\nthemes:\n" + yamlThemes), Lexicon.empty()));
  }

  /** Each hit as {@code theme:matched text[:negated]}. */
  private static List<String> hits(ThemeMatcher m, ParsedDocument d) {
    List<String> out = new ArrayList<>();
    for (ThemeHit h : m.match(d)) {
      out.add(h.theme() + ":" + h.span().of(d.text()) + (h.negated() ? ":negated" : ""));
    }
    return out;
  }

  private static final String PRESSURE = """
        - id: pressure
          entries:
            - sanction
            - unilateral coercive measures
            - hegemon*
            - "*lateralism"
            - {term: NATO, case: sensitive}
            - {term: sanctioned, match: exact}
            - {term: embargo, weight: 0.5}
      """;

  @Test
  void matchesAnEntryOnTheTokenLemma() {
    assertEquals(List.of("pressure:sanctions"), hits(matcher(PRESSURE), doc("new sanctions/sanction today")));
  }

  @Test
  void matchesAnInflectedEntryWordOnTheTokensLemma() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [western sanctions, artificial crises]\n");
    assertEquals(List.of("t:Western sanction", "t:artificial crises"),
        hits(m, doc("Western sanction | artificial crises/crisis")));
  }

  @Test
  void matchesAPhraseWordByWordOnLemmas() {
    assertEquals(List.of("pressure:unilateral coercive measures"),
        hits(matcher(PRESSURE), doc("illegal unilateral coercive measures/measure")));
    assertEquals(List.of(), hits(matcher(PRESSURE), doc("unilateral coercive steps")));
  }

  @Test
  void exactEntriesIgnoreTheLemma() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [{term: sanctioned, match: exact}]\n");
    assertEquals(List.of("t:Sanctioned"), hits(m, doc("Sanctioned/sanction firms")));
    assertEquals(List.of(), hits(m, doc("sanctions/sanction")));
  }

  @Test
  void caseSensitiveEntriesNeedTheWordAsWritten() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [{term: NATO, case: sensitive}]\n");
    assertEquals(List.of("t:NATO"), hits(m, doc("NATO/nato said")));
    assertEquals(List.of(), hits(m, doc("Nato/nato said")));
  }

  @Test
  void globsMatchOnLemmaOrLowerCasedWordFromEitherEnd() {
    assertEquals(List.of("pressure:Hegemonic", "pressure:unilateralism", "pressure:Multilateralism"),
        hits(matcher(PRESSURE), doc("Hegemonic powers/power reject unilateralism . Multilateralism")));
  }

  @Test
  void theLongestOverlappingEntryWins() {
    ThemeMatcher m = matcher("""
          - id: alliance
            entries: [{term: NATO, case: sensitive}, expansion of nato]
          - id: nato_expansion
            entries: [NATO expansion, eastward expansion]
        """);
    assertEquals(List.of("nato_expansion:NATO expansion"), hits(m, doc("criticized NATO expansion")));
    assertEquals(List.of("alliance:expansion of NATO"), hits(m, doc("the expansion of NATO")));
    assertEquals(List.of("alliance:NATO"), hits(m, doc("NATO summit")));
  }

  @Test
  void aFailedLongerPhraseFallsBackToTheShorterEntry() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [sanction, sanction regime change]\n");
    assertEquals(List.of("t:sanction"), hits(m, doc("sanction regime fell")));
  }

  @Test
  void hitsCarryEntryWeightAndCharacterSpan() {
    ParsedDocument d = doc("an oil embargo");
    ThemeHit hit = matcher(PRESSURE).match(d).get(0);
    assertEquals(new ThemeHit("pressure", "embargo", 7, 14, 0.5, false), hit);
  }

  @Test
  void phrasesDoNotCrossSentences() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [nato expansion]\n");
    assertEquals(List.of(), hits(m, doc("NATO | expansion")));
  }

  @Test
  void aHitNamesTheMostSpecificTheme() {
    ThemeMatcher m = matcher("""
          - id: western_pressure
            entries: [sanction, coercion]
          - id: sanctions
            parent: western_pressure
            entries: [sanction]
        """);
    List<ThemeHit> hits = m.match(doc("sanctions/sanction and coercion"));
    assertEquals(List.of("sanctions", "western_pressure"), hits.stream().map(ThemeHit::theme).toList());
    assertEquals(List.of("western_pressure"), m.lexicon().ancestors("sanctions"));
  }

  @Test
  void theSameEntryInUnrelatedThemesHitsBoth() {
    ThemeMatcher m = matcher("  - id: a\n    entries: [blockade]\n  - id: b\n    entries: [blockade]\n");
    assertEquals(List.of("a:blockade", "b:blockade"), hits(m, doc("a blockade")));
  }

  @Test
  void negatorsMarkHitsUntilTheClauseEnds() {
    ThemeMatcher m = matcher("  - id: h\n    entries: [hegemony, sanction, cooperation, domination]\n");
    assertEquals(List.of("h:hegemony:negated"), hits(m, doc("we do not seek hegemony")));
    assertEquals(List.of("h:sanctions:negated"), hits(m, doc("no sanctions/sanction")));
    assertEquals(List.of("h:hegemony:negated"), hits(m, doc("we never sought hegemony")));
    assertEquals(List.of("h:cooperation", "h:hegemony:negated"), hits(m, doc("cooperation without hegemony")));
  }

  @Test
  void notOnlyAndNoDoubtAffirmRatherThanNegate() {
    ThemeMatcher m = matcher("  - id: h\n    entries: [hegemony, sanction]\n");
    assertEquals(List.of("h:hegemony"), hits(m, doc("they not only seek hegemony")));
    assertEquals(List.of("h:hegemony"), hits(m, doc("there is no doubt they seek hegemony")));
    assertEquals(List.of("h:hegemony:negated"), hits(m, doc("there is no hegemony")));
  }

  @Test
  void nApostropheTNeitherAndNorNegate() {
    ThemeMatcher m = matcher("  - id: h\n    entries: [hegemony, sanction]\n");
    assertEquals(List.of("h:hegemony:negated"), hits(m, doc("we do n't/not want hegemony")));
    assertEquals(List.of("h:hegemony:negated", "h:sanctions:negated"),
        hits(m, doc("neither hegemony nor/nor/CC sanctions/sanction")));
  }

  @Test
  void punctuationAndConjunctionsCloseTheNegationScope() {
    ThemeMatcher m = matcher("  - id: h\n    entries: [hegemony, sanction, cooperation]\n");
    assertEquals(List.of("h:hegemony:negated", "h:cooperation"),
        hits(m, doc("not hegemony but cooperation")));
    assertEquals(List.of("h:sanctions"), hits(m, doc("no deal , sanctions/sanction")));
    assertEquals(List.of("h:sanctions"), hits(m, doc("no deal and/and/CC sanctions/sanction")));
    assertEquals(List.of("h:hegemony"), hits(m, doc("not now . | hegemony")));
  }

  @Test
  void anEntryThatStartsWithANegatorIsNotNegatedByItself() {
    ThemeMatcher m = matcher("  - id: r\n    entries: [not bow to pressure]\n");
    assertEquals(List.of("r:not bow to pressure"), hits(m, doc("we will not bow to pressure")));
  }

  @Test
  void hyphenatedEntriesMatchWhetherOrNotTheTokeniserSplitHyphens() {
    ThemeMatcher m = matcher("  - id: t\n    entries: [anti-hegemonic, long-arm jurisdiction]\n");
    assertEquals(List.of("t:anti-hegemonic", "t:long - arm jurisdiction"),
        hits(m, doc("anti-hegemonic and long - arm jurisdiction")));
  }

  @Test
  void aTokenRangeLimitsTheHits() {
    ParsedDocument d = doc("sanction one sanction two sanction");
    List<ThemeHit> hits = matcher(PRESSURE).match(d, 1, 4);
    assertEquals(List.of(13), hits.stream().map(ThemeHit::start).toList());
    assertThrows(IndexOutOfBoundsException.class, () -> matcher(PRESSURE).match(d, 3, 9));
  }

  @Test
  void oneMatcherGivesTheSameAnswerOnManyThreads() throws Exception {
    ThemeMatcher m = matcher(PRESSURE);
    ParsedDocument d = doc("no sanctions/sanction , hegemonic NATO , unilateral coercive measures/measure");
    List<ThemeHit> expected = m.match(d);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ThemeHit>>> runs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        runs.add(pool.submit(() -> m.match(d)));
      }
      for (Future<List<ThemeHit>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(4, expected.size());
  }

  @Test
  void anEmptyDocumentHasNoHits() {
    ParsedDocument empty = new ParsedDocument("", new String[0], new String[0], new String[0], new String[0],
        new int[0], new int[0], new int[] {0});
    assertEquals(List.of(), matcher(PRESSURE).match(empty));
  }

  @Test
  void onRandomTextHitsAreInRangeInTextOrderNonOverlappingAndRepeatable() {
    String[] vocabulary = {"no", "sanctions/sanction", "unilateral", "coercive", "measures/measure", "hegemonic",
        "NATO", "Nato/nato", "embargo", ",", ".", "and/and/CC", "the", "multilateralism", "|"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    ThemeMatcher m = matcher(PRESSURE);
    int total = 0;
    for (int round = 0; round < 200; round++) {
      StringBuilder spec = new StringBuilder("start");
      for (int i = 0, n = random.nextInt(40); i < n; i++) {
        spec.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      ParsedDocument d = doc(spec.toString());
      List<ThemeHit> hits = m.match(d);
      assertEquals(hits, m.match(d));
      int lastEnd = 0;
      for (ThemeHit h : hits) {
        assertEquals(true, h.start() >= lastEnd && h.end() <= d.text().length() && h.start() < h.end(), h.toString());
        assertEquals(d.sentenceOf(d.tokenAtOrAfter(h.start())), d.sentenceOf(d.tokenAtOrAfter(h.end() - 1)),
            "a hit stays inside one sentence");
        lastEnd = h.end();
      }
      total += hits.size();
    }
    assertEquals(true, total > 100, "the random text produced " + total + " hits");
  }
}
