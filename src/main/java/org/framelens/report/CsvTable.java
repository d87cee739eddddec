package org.framelens.report;

import java.util.Locale;

/** The tables the CSV renderer writes, one per file. */
public enum CsvTable {
  /** Per period and actor: theme hits, negated hits, stances and quotes, counted. The default. */
  LONG,
  /** Per actor: its theme profile. */
  THEMES,
  /** A sample of stances (a few per actor and target) with their evidence. */
  STANCES,
  /** A sample of quotes (a few per actor) with their speakers and themes. */
  QUOTES,
  /** Per actor: who it is and how much it says. */
  ACTORS,
  /** Per period and theme: hits in dated documents. */
  TIMELINE,
  /** Per actor and normalised stance target (actor, theme, concept or free text): for and against. */
  TARGETS;

  public Renderer renderer() {
    return new CsvRenderer(this);
  }

  public static CsvTable parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
