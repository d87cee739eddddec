package org.framelens.stance;

import java.util.ArrayList;
import java.util.List;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.ThemeHit;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.nlp.ParsedDocument;
import org.framelens.stance.Stance.Polarity;

/**
 * Words with a prior polarity, from the opinion lexicon ({@code lexicons/opinion/}): a theme
 * {@code positive} or {@code negative}, or any theme below one of them, so analysts extend it with
 * their own files. Compiled once; thread-safe.
 */
public final class OpinionWords {

  /** An opinion word or phrase in a document, with the polarity of its root theme. */
  public record Opinion(int start, int end, Polarity polarity, double weight, boolean negated) {}

  private final Lexicon lexicon;
  private final ThemeMatcher matcher;

  private OpinionWords(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.matcher = ThemeMatcher.compile(lexicon);
  }

  /** @throws IllegalArgumentException when a theme sits under neither {@code positive} nor {@code negative} */
  public static OpinionWords of(Lexicon lexicon) {
    for (var theme : lexicon.themes()) {
      root(lexicon, theme.id());
    }
    return new OpinionWords(lexicon);
  }

  private static Polarity root(Lexicon lexicon, String id) {
    List<String> chain = new ArrayList<>(lexicon.ancestors(id));
    chain.add(0, id);
    for (String at : chain) {
      if (at.equals("positive")) {
        return Polarity.FOR;
      }
      if (at.equals("negative")) {
        return Polarity.AGAINST;
      }
    }
    throw new IllegalArgumentException("opinion lexicon theme '" + id + "' is under neither 'positive' nor 'negative'");
  }

  public List<Opinion> find(ParsedDocument doc) {
    List<Opinion> out = new ArrayList<>();
    for (ThemeHit h : matcher.match(doc)) {
      out.add(new Opinion(h.start(), h.end(), root(lexicon, h.theme()), h.weight(), h.negated()));
    }
    return out;
  }
}
