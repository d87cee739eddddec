package org.framelens.lexicon;

import java.util.List;
import org.framelens.FramelensException;

/**
 * A lexicon that cannot be used. Carries every problem found, each {@code path:line: message},
 * so one run shows an analyst all that needs fixing rather than the first mistake.
 */
public final class LexiconException extends FramelensException {

  private final List<String> problems;

  public LexiconException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a LexiconException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
