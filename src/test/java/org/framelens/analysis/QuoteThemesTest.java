package org.framelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.corpus.Document;
import org.junit.jupiter.api.Test;

/** What a quote is about, with the shipped lexicons and the real pipeline. */
class QuoteThemesTest {

  private static DocumentAnalysis analyze(String text) {
    return Analyzer.forConfig(AnalyzerConfig.defaults()).analyze(new Document("d", text));
  }

  @Test
  void aQuoteThatRejectsSanctionsIsAboutSanctionsAndItsHitStaysNegated() {
    DocumentAnalysis a = analyze("\"We will never submit to unilateral coercive measures,\" the minister told reporters.");
    assertEquals(1, a.quotes().size());
    // "never submit" is resistance rhetoric of its own; the sanctions hit is in its negation scope
    assertEquals(List.of("resistance", "sanctions"), a.quotes().get(0).themes());
    CreditedHit hit = a.themes().get(1);
    assertEquals("sanctions", hit.hit().theme());
    assertTrue(hit.hit().negated());
  }

  @Test
  void aQuoteOpeningWithACapitalisedPluralIsAboutItsTheme() {
    DocumentAnalysis a = analyze("\"Sanctions have failed,\" he said. \"They hurt Europe more than Russia.\"");
    assertEquals(List.of("sanctions"), a.quotes().get(0).themes());
  }

  @Test
  void aQuoteAboutTariffsHasNoSanctionsTheme() {
    DocumentAnalysis a = analyze("\"Tariffs on steel will rise next year,\" the trade minister said.");
    assertEquals(List.of(), a.quotes().get(0).themes());
  }
}
