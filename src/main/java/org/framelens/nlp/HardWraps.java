package org.framelens.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes hard line wrapping before sentence splitting. The pipeline reads every newline as a
 * sentence break (paragraphs, headlines and datelines have no final period), which cuts sentences
 * of wire copy, e-mail and plain-text archives wrapped at a fixed width in two ("voiced support
 * for the / new charter ..."). A line break inside a sentence becomes a space, so
 * every character keeps its offset. Stateless.
 */
public final class HardWraps {

  /** A single newline (no blank line), with the spaces around it. */
  private static final Pattern SINGLE_NEWLINE = Pattern.compile("(?<![\\n\\r])[ \\t]*\\r?\\n(?![ \\t]*\\r?\\n)");
  /** The end of a line that ends a sentence or a heading: a final stop, or a closing quote or bracket after one. */
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;]['\"”’)\\]]*$");
  /** Line breaks before a lower-case word that a text must have for its lines to count as wrapped. */
  private static final int MIN_CONTINUATIONS = 3;

  private HardWraps() {}

  /**
   * The text with each line break inside a sentence replaced by a space: always where the next line
   * goes on in lower case after a line without a final stop; in a text whose lines are wrapped (at
   * least {@value #MIN_CONTINUATIONS} such breaks, a tenth of its single line breaks) also before a
   * capital ("the government of / President Nadiri").
   */
  public static String unwrap(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    int singles = 0;
    int continuations = 0;
    Matcher m = SINGLE_NEWLINE.matcher(text);
    while (m.find()) {
      singles++;
      if (midSentence(text, m.start(), m.end(), false)) {
        continuations++;
      }
    }
    if (continuations == 0) {
      return text;
    }
    boolean wrapped = continuations >= MIN_CONTINUATIONS && continuations * 10 >= singles;
    char[] out = text.toCharArray();
    m.reset();
    while (m.find()) {
      if (midSentence(text, m.start(), m.end(), wrapped)) {
        for (int k = m.start(); k < m.end(); k++) {
          out[k] = ' ';
        }
      }
    }
    return new String(out);
  }

  private static boolean midSentence(String text, int breakStart, int breakEnd, boolean wrapped) {
    int lineStart = text.lastIndexOf('\n', breakStart - 1) + 1;
    String line = text.substring(lineStart, breakStart).strip();
    if (line.isEmpty() || TERMINAL.matcher(line).find() || breakEnd >= text.length()) {
      return false;
    }
    char next = text.charAt(breakEnd);
    return Character.isLowerCase(next) || wrapped && (Character.isLetterOrDigit(next) || next == '(' || next == '"');
  }
}
