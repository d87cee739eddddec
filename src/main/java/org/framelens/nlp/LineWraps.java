package org.framelens.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hard-wrapped text (wire feeds, plain-text archives, e-mail: lines cut at a fixed width, a blank
 * line between paragraphs) read as its paragraphs. A line break is a sentence break in news
 * ({@link NlpPipeline}), so a wrapped sentence would be cut at each line and its verbs lose their
 * subjects. Where a text has blank lines between paragraphs and also breaks lines in mid-sentence
 * (a line that goes on in lower case), each single line break inside a paragraph is read as a
 * space. The result has the same length, so every offset still points into the original text.
 */
final class LineWraps {

  /** A single line break followed by a line that goes on in lower case: "of the \nnew law". */
  private static final Pattern MID_SENTENCE = Pattern.compile("[^\\n]\\n[ \\t]*[a-z]");
  /** A blank line: the paragraph break of a wrapped text. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
  /** How many mid-sentence breaks make a text hard-wrapped rather than one odd line. */
  private static final int WRAPS = 2;

  private LineWraps() {}

  /** The text with wrapped lines joined by spaces, or the text itself when it is not hard-wrapped. */
  static String unwrapped(String text) {
    if (!wrapped(text)) {
      return text;
    }
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\n' && !blankAround(c, i)) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  static boolean wrapped(String text) {
    if (!BLANK_LINE.matcher(text).find()) {
      return false;
    }
    Matcher m = MID_SENTENCE.matcher(text);
    int n = 0;
    while (m.find() && n < WRAPS) {
      n++;
    }
    return n >= WRAPS;
  }

  /** Whether the line before or after the break at {@code i} is blank (a paragraph break, kept). */
  private static boolean blankAround(char[] c, int i) {
    int j = i - 1;
    while (j >= 0 && (c[j] == ' ' || c[j] == '\t' || c[j] == '\r')) {
      j--;
    }
    if (j < 0 || c[j] == '\n') {
      return true;
    }
    int k = i + 1;
    while (k < c.length && (c[k] == ' ' || c[k] == '\t' || c[k] == '\r')) {
      k++;
    }
    return k >= c.length || c[k] == '\n';
  }
}
