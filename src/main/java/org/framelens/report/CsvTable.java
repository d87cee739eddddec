package org.framelens.report;

import java.util.Locale;

/** The tables the CSV renderer writes, one per file. */
public enum CsvTable {
  /** Per document and actor: theme hits, negated hits, stances and quotes, counted. The default. */
  LONG,
  /** Per actor: its theme profile. */
  THEMES,
  /** Every stance with its evidence. */
  STANCES,
  /** Every quote with its speakers and themes. */
  QUOTES,
  /** Per actor: who it is and how much it says. */
  ACTORS,
  /** Per month and theme: hits in dated documents. */
  TIMELINE;

  public Renderer renderer() {
    return new CsvRenderer(this);
  }

  public static CsvTable parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
