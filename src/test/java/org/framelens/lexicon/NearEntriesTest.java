package org.framelens.lexicon;

import static org.framelens.lexicon.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

/** The {@code near} operator: a term that counts only with another term within a token window. */
class NearEntriesTest {

  private static Lexicon lexicon(String entries) {
    return Lexicons.fromSources(Map.of("t.yaml",
        "format: framelens-lexicon/1\nthemes:\n  - id: hegemony\n    entries:\n" + entries), Lexicon.empty());
  }

  private static List<String> hits(String entries, ParsedDocument d) {
    List<String> out = new ArrayList<>();
    for (ThemeHit h : ThemeMatcher.compile(lexicon(entries)).match(d)) {
      out.add(h.entry() + ":" + h.span().of(d.text()) + (h.negated() ? ":negated" : ""));
    }
    return out;
  }

  private static final String DICTATE = "      - {term: dictate, near: [term, condition], window: [0, 4]}\n";

  @Test
  void aNearEntryMatchesWhenItsNearTermFollowsWithinTheWindow() {
    // the hit covers the term and the near term after it, so the mention is counted once
    assertEquals(List.of("dictate NEAR/0,4 term|condition:dictate the terms"),
        hits(DICTATE, doc("they want to dictate/dictate the terms/term of trade")));
    assertEquals(List.of("dictate NEAR/0,4 term|condition:dictates its conditions"),
        hits(DICTATE, doc("Washington dictates/dictate its conditions/condition")));
  }

  @Test
  void aNearEntryDoesNotMatchOutsideTheWindowOrOnTheWrongSide() {
    assertEquals(List.of(), hits(DICTATE, doc("they dictate/dictate every single detail of the terms/term")));
    assertEquals(List.of(), hits(DICTATE, doc("the terms/term were dictated/dictate")));
    assertEquals(List.of(), hits(DICTATE, doc("they dictate/dictate nothing")));
  }

  @Test
  void aNearEntryDoesNotReachIntoTheNextSentence() {
    assertEquals(List.of(), hits(DICTATE, doc("they dictate/dictate . | Terms/term apply")));
  }

  @Test
  void aSymmetricWindowLooksBothWaysForAPhrase() {
    String e = "      - {term: single power, near: whole world, window: 4}\n";
    assertEquals(List.of("single power NEAR/4,4 whole world:single power"),
        hits(e, doc("the whole world obeys a single power")));
    assertEquals(List.of("single power NEAR/4,4 whole world:single power over the whole world"),
        hits(e, doc("a single power over the whole world")));
    assertEquals(List.of(), hits(e, doc("a single power plant served the whole world")));
  }

  @Test
  void aNearHitAbsorbsAPlainEntryInsideItsSpanSoTheMentionCountsOnce() {
    String e = "      - {term: impose, near: sanction, window: [0, 3]}\n      - sanction\n";
    assertEquals(List.of("impose NEAR/0,3 sanction:imposed new sanctions", "sanction:sanctions"),
        hits(e, doc("they imposed/impose new sanctions/sanction | more sanctions/sanction")));
  }

  @Test
  void anotherThemeStillMatchesInsideTheStretchANearHitRanOver() {
    String e = "      - {term: aid, near: weapon, window: 4}\n  - id: arms\n    entries: [weapon]\n";
    assertEquals(List.of("aid NEAR/4,4 weapon:aid including weapons", "weapon:weapons"),
        hits(e, doc("military aid/aid including weapons/weapon")));
  }

  @Test
  void theDefaultWindowIsFiveTokensEachSide() {
    Entry entry = lexicon("      - {term: vassal, near: state}\n").themes().get(0).entries().get(0);
    assertEquals(Optional.of(new Entry.Near(List.of("state"), 5, 5)), entry.near());
  }

  @Test
  void aNearHitCarriesNegationFromItsTerm() {
    assertEquals(List.of("dictate NEAR/0,4 term|condition:dictate terms:negated"),
        hits(DICTATE, doc("nobody will dictate/dictate terms/term to us")));
  }

  @Test
  void aPlainEntryWithTheSameTermStillMatchesWithoutTheNearTerm() {
    String e = DICTATE + "      - dictatorship\n      - dictate\n";
    assertEquals(List.of("dictate:dictate"), hits(e, doc("they dictate/dictate nothing")));
  }

  @Test
  void badNearEntriesAreReportedWithTheirLine() {
    LexiconException e = assertThrows(LexiconException.class,
        () -> lexicon("      - {term: a, window: 3}\n      - {term: b, near: c, window: [0, 0]}\n"
            + "      - {term: d, near: e, window: 40}\n      - {term: f, near: '*'}\n"));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("t.yaml:5: 'window' needs 'near'"), all);
    assertTrue(all.contains("t.yaml:6: bad window"), all);
    assertTrue(all.contains("t.yaml:7: bad window"), all);
    assertTrue(all.contains("t.yaml:8: near '*': a bare *"), all);
  }
}
