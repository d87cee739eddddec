package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Theme labels as read from TSV, and precision and recall over them. */
class ThemeScoringTest {

  private static final Lexicon SHIPPED = Lexicons.shipped();

  @Test
  void labelsAreReadWithOffsetsThemesAndLinesSkippingCommentsAndBlankLines() {
    ThemeLabels labels = ThemeLabels.parse("l.tsv", List.of("# header", "", "doc-1\t0\t42\tsanctions,hegemony",
        "doc-1\t50\t90\t-"), SHIPPED);
    assertEquals(List.of(new ThemeLabels.Statement("doc-1", 0, 42, Set.of("sanctions", "hegemony"), 3),
        new ThemeLabels.Statement("doc-1", 50, 90, Set.of(), 4)), labels.statements());
  }

  @Test
  void everyBadLabelLineIsReportedWithItsLine() {
    LexiconException e = assertThrows(LexiconException.class, () -> ThemeLabels.parse("l.tsv",
        List.of("doc\t0\t10", "doc\tx\t10\t-", "doc\t10\t5\t-", "doc\t0\t10\tsanction"), SHIPPED));
    assertEquals(List.of(
        "l.tsv:1: expected 4 tab-separated columns (document, start, end, themes), got 3",
        "l.tsv:2: start and end must be whole numbers",
        "l.tsv:3: expected 0 <= start < end, got 10, 5",
        "l.tsv:4: unknown theme 'sanction'"), e.problems());
  }

  @Test
  void precisionAndRecallCountEachThemeOfEachStatementOnce() {
    ThemeScores s = new ThemeScores(SHIPPED);
    s.add(Set.of("hegemony"), Set.of("hegemony"));
    s.add(Set.of("hegemony", "sovereignty"), Set.of("sovereignty", "unilateralism"));
    s.add(Set.of(), Set.of());
    s.add(Set.of(), Set.of("counterterrorism"));
    assertEquals(new ThemeScores.Counts(2, 4, 3), s.overall());
    assertEquals(0.5, s.overall().precision());
    assertEquals(2.0 / 3, s.overall().recall(), 1e-9);
    assertEquals(new ThemeScores.Counts(1, 1, 2), s.perTheme().get("hegemony"));
    assertEquals(new ThemeScores.Counts(0, 1, 0), s.perTheme().get("unilateralism"));
    assertEquals(4, s.statements());
    assertEquals(2, s.labelled());
    assertEquals(2, s.exact());
  }

  @Test
  void aChildLabelAlsoCountsForItsParentAndAParentHitIsRightForTheParentOnly() {
    ThemeScores s = new ThemeScores(SHIPPED);
    s.add(Set.of("sanctions"), Set.of("western_pressure"));
    assertEquals(new ThemeScores.Counts(1, 1, 1), s.perTheme().get("western_pressure"));
    assertEquals(new ThemeScores.Counts(0, 0, 1), s.perTheme().get("sanctions"));
    assertEquals(new ThemeScores.Counts(1, 1, 2), s.overall());
  }

  @Test
  void logLikelihoodMatchesDunningsFormulaAndIsZeroWhenRatesAreEqual() {
    // a = 10 in 1,000 target tokens, b = 10 in 10,000 reference tokens: worked out by hand
    double e1 = 1000.0 * 20 / 11000;
    double e2 = 10000.0 * 20 / 11000;
    double expected = 2 * (10 * Math.log(10 / e1) + 10 * Math.log(10 / e2));
    assertEquals(expected, Keyness.g2(10, 10, 1000, 10000), 1e-9);
    assertEquals(0.0, Keyness.g2(5, 50, 1000, 10000), 1e-9);
  }
}
