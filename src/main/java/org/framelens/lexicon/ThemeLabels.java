package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Statements annotated with their themes, read from a TSV of labels only:
 * {@code document<TAB>start<TAB>end<TAB>theme,theme} (or {@code -} for none), {@code #} comments.
 * Offsets are character offsets into the document's text, so the labels can be shared without it.
 */
public record ThemeLabels(List<Statement> statements) {

  /** One labelled statement; {@code line} is where it was written, for messages. */
  public record Statement(String document, int start, int end, Set<String> themes, int line) {
    public Statement {
      themes = Set.copyOf(themes);
    }
  }

  public ThemeLabels {
    statements = List.copyOf(statements);
  }

  /**
   * Parses the lines of {@code source}; every problem is reported as {@code source:line: message}
   * and thrown together, the way lexicon files are checked.
   */
  public static ThemeLabels parse(String source, List<String> lines, Lexicon lexicon) {
    List<Statement> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != 4) {
        problems.add(source + ":" + number + ": expected 4 tab-separated columns (document, start, end, themes), got " + cols.length);
        continue;
      }
      int start;
      int end;
      try {
        start = Integer.parseInt(cols[1].strip());
        end = Integer.parseInt(cols[2].strip());
      } catch (NumberFormatException e) {
        problems.add(source + ":" + number + ": start and end must be whole numbers");
        continue;
      }
      if (start < 0 || end <= start) {
        problems.add(source + ":" + number + ": expected 0 <= start < end, got " + start + ", " + end);
        continue;
      }
      Set<String> themes = new LinkedHashSet<>();
      String t = cols[3].strip();
      if (!t.equals("-") && !t.isEmpty()) {
        for (String theme : t.split(",")) {
          String id = theme.strip();
          if (!lexicon.contains(id)) {
            problems.add(source + ":" + number + ": unknown theme '" + id + "'");
          }
          themes.add(id);
        }
      }
      out.add(new Statement(cols[0].strip(), start, end, themes, number));
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    return new ThemeLabels(out);
  }
}
