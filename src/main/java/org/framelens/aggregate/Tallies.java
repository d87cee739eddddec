package org.framelens.aggregate;

/** The kinds of rows in the long table. */
final class Tallies {

  static final String THEME = "theme";
  static final String THEME_NEGATED = "theme_negated";
  static final String STANCE = "stance";
  static final String QUOTE = "quote";

  private Tallies() {}
}
