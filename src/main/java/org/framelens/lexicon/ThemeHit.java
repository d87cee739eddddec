package org.framelens.lexicon;

import org.framelens.Span;

/**
 * One lexicon match: the theme, the entry that matched, where, its weight, and whether it sits
 * inside a negation scope ("we do not seek hegemony").
 */
public record ThemeHit(String theme, String entry, int start, int end, double weight, boolean negated) {

  public Span span() {
    return new Span(start, end);
  }
}
