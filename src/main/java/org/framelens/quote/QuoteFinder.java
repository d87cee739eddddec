package org.framelens.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks: curly and straight double quotes, guillemets, low-high German
 * quotes, and single curly quotes used as primary marks. Single quotes inside a double quote are
 * nested quotes and stay part of it. A quote never runs past its paragraph (one line): an
 * unclosed quote ends there, and a following paragraph that opens with a quote mark continues it.
 */
public final class QuoteFinder {

  public List<QuoteMarks> find(String text) {
    List<QuoteMarks> found = new ArrayList<>();
    boolean previousParagraphUnclosed = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        previousParagraphUnclosed = scanParagraph(text, lineStart, lineEnd, previousParagraphUnclosed, found);
      }
      lineStart = lineEnd + 1;
    }
    return List.copyOf(found);
  }

  /** Returns whether the paragraph ended inside an unclosed quote. */
  private static boolean scanParagraph(String text, int from, int to, boolean afterUnclosed, List<QuoteMarks> out) {
    int firstVisible = from;
    while (firstVisible < to && Character.isWhitespace(text.charAt(firstVisible))) {
      firstVisible++;
    }
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!opensHere(text, i, from, to)) {
        i++;
        continue;
      }
      int close = findClose(text, c, i + 1, to);
      boolean continuation = afterUnclosed && i == firstVisible;
      if (close < 0) {
        int end = trimEnd(text, i + 1, to);
        if (end > i + 1) {
          out.add(new QuoteMarks(i, i + 1, end, end, true, continuation));
        }
        return true;
      }
      int start = trimStart(text, i + 1, close);
      int end = trimEnd(text, start, close);
      if (end > start) {
        out.add(new QuoteMarks(i, start, end, close + 1, false, continuation));
      }
      i = close + 1;
    }
    return false;
  }

  private static boolean opensHere(String text, int i, int from, int to) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201C': // “
      case '\u201E': // „
      case '\u00AB': // «
        return true;
      case '"':
      case '\u201F':
        return isPrimaryOpenContext(text, i, from) && i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
      case '\u2018': // ‘ as a primary mark, only where it cannot be an apostrophe
        return isPrimaryOpenContext(text, i, from) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
            && findClose(text, c, i + 1, to) > 0;
      default:
        return false;
    }
  }

  private static boolean isPrimaryOpenContext(String text, int i, int from) {
    if (i == from) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || "([{—–-/:;,".indexOf(before) >= 0 || before == '\u2018'
        || before == '\u201C';
  }

  private static int findClose(String text, char open, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      switch (open) {
        case '\u201C', '\u201E', '\u201F', '"' -> {
          if (c == '\u201D' || c == '"' || (open == '\u201E' && c == '\u201C')) {
            return j;
          }
          // “It's unusual,“ said Noble: an opening mark after the words and before a space closes
          if (c == '\u201C' && j > from && !Character.isWhitespace(text.charAt(j - 1))
              && (j + 1 == to || Character.isWhitespace(text.charAt(j + 1)))) {
            return j;
          }
        }
        case '\u00AB' -> {
          if (c == '\u00BB') {
            return j;
          }
        }
        case '\u2018' -> {
          if (c == '\u2019' && closesSingle(text, j, to)) {
            return j;
          }
        }
        default -> {
          return -1;
        }
      }
    }
    return -1;
  }

  /** A ’ closes a single-quoted passage only where it is not an apostrophe (don’t, ministers’ talks). */
  private static boolean closesSingle(String text, int j, int to) {
    if (j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
      return false;
    }
    if (j + 1 < to && Character.isWhitespace(text.charAt(j + 1)) && j > 0 && text.charAt(j - 1) == 's') {
      return false;
    }
    return j > 0 && !Character.isWhitespace(text.charAt(j - 1));
  }

  private static int trimStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
