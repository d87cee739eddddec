package org.framelens.quote;

import java.util.List;
import java.util.Optional;
import org.framelens.Mention;

/**
 * A quotation: the text inside the quote marks ({@code start}/{@code end}), its speakers (empty
 * when nobody can be named, every member for a group), the cue it was read from, the rule that
 * decided and how sure it is, and the themes its own words carry.
 */
public record Quote(int start, int end, String text, List<Speaker> speakers, Optional<Mention> cue,
    String method, double confidence, List<String> themes) {

  public Quote {
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    cue = cue == null ? Optional.empty() : cue;
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  public Quote withThemes(List<String> newThemes) {
    return new Quote(start, end, text, speakers, cue, method, confidence, newThemes);
  }
}
