package org.framelens.lexicon;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of themes per statement: for each theme, a statement labelled with it and
 * predicted with it is right, predicted only is a false positive, labelled only a miss. Both sides
 * are closed over ancestors first, so a {@code sanctions} label also counts as its parent
 * {@code western_pressure}, and a hit on the parent alone is right for the parent only.
 */
public final class ThemeScores {

  /** Counts for one theme or overall (micro-averaged). */
  public record Counts(int right, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) right / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) right / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(int r, int p, int g) {
      return new Counts(right + r, predicted + p, gold + g);
    }
  }

  private final Lexicon lexicon;
  private final Map<String, Counts> perTheme = new TreeMap<>();
  private Counts overall = new Counts(0, 0, 0);
  private int statements;
  private int labelled;
  private int exact;

  public ThemeScores(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Scores one statement. */
  public void add(Set<String> gold, Set<String> predicted) {
    Set<String> g = closed(gold);
    Set<String> p = closed(predicted);
    statements++;
    if (!g.isEmpty()) {
      labelled++;
    }
    if (g.equals(p)) {
      exact++;
    }
    Set<String> all = new LinkedHashSet<>(g);
    all.addAll(p);
    for (String theme : all) {
      int r = g.contains(theme) && p.contains(theme) ? 1 : 0;
      int pr = p.contains(theme) ? 1 : 0;
      int go = g.contains(theme) ? 1 : 0;
      perTheme.merge(theme, new Counts(r, pr, go), (a, b) -> a.plus(b.right(), b.predicted(), b.gold()));
      overall = overall.plus(r, pr, go);
    }
  }

  private Set<String> closed(Set<String> themes) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : themes) {
      out.add(t);
      if (lexicon.contains(t)) {
        out.addAll(lexicon.ancestors(t));
      }
    }
    return out;
  }

  /** Per theme, sorted by id. */
  public Map<String, Counts> perTheme() {
    return java.util.Collections.unmodifiableMap(perTheme);
  }

  public Counts overall() {
    return overall;
  }

  public int statements() {
    return statements;
  }

  /** Statements with at least one theme label. */
  public int labelled() {
    return labelled;
  }

  /** Statements whose predicted themes equal their labels (both closed over ancestors). */
  public int exact() {
    return exact;
  }
}
