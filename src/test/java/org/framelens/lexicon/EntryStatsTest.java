package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hits per entry and theme over documents, unused entries and suspicious ones. */
class EntryStatsTest {

  private static final Lexicon LEXICON = Lexicons.fromSources(Map.of("t.yaml", """
      format: framelens-lexicon/1
      themes:
        - id: t
          entries: [often, rare, never]
      """), Lexicon.empty());

  private static ThemeHit hit(String entry, boolean negated) {
    return new ThemeHit("t", entry, 0, 1, 1.0, negated);
  }

  @Test
  void countsHitsNegatedHitsAndDocumentsPerEntryAndTheme() {
    EntryStats s = new EntryStats(LEXICON);
    s.add(List.of(hit("often", false), hit("often", true), hit("rare", false)));
    s.add(List.of(hit("often", false)));
    s.add(List.of());
    assertEquals(3, s.documents());
    assertEquals(List.of(new EntryStats.Row("t", "", 4, 1, 2, false, "")), s.themes());
    assertEquals(new EntryStats.Row("t", "often", 3, 1, 2, false, ""), s.entries().get(0));
    assertEquals(new EntryStats.Row("t", "rare", 1, 0, 1, false, ""), s.entries().get(1));
    assertEquals(List.of("never"), s.unused().stream().map(EntryStats.Row::entry).toList());
  }

  @Test
  void anEntryInManyDocumentsIsSuspiciousButNotBelowTenHits() {
    EntryStats s = new EntryStats(LEXICON);
    for (int d = 0; d < 100; d++) {
      List<ThemeHit> hits = new ArrayList<>();
      if (d < 12) {
        hits.add(hit("often", false));
      }
      if (d < 9) {
        hits.add(hit("rare", false));
      }
      s.add(hits);
    }
    EntryStats.Row often = s.entries().get(0);
    assertTrue(often.suspicious());
    assertEquals("in 12% of documents", often.why());
    assertFalse(s.entries().get(1).suspicious(), "9 hits are too few to judge");
  }

  @Test
  void anEntryGivingMostOfItsThemesHitsIsSuspicious() {
    EntryStats s = new EntryStats(LEXICON);
    for (int d = 0; d < 1000; d++) {
      s.add(d < 30 ? List.of(hit("often", false)) : d < 35 ? List.of(hit("rare", false)) : List.of());
    }
    assertEquals("86% of the theme's hits", s.entries().get(0).why());
  }
}
