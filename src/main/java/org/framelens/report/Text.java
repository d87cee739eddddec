package org.framelens.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Formatting shared by the renderers: fixed, locale-free, escaping for each target language. */
final class Text {

  private Text() {}

  /** Shortest plain decimal: 1, 0.5, 0.3333; never an exponent, never a locale's comma. */
  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Inline Markdown: markup characters escaped, line breaks folded so tables stay tables. An
   * underscore inside a word (theme ids like nato_expansion) is no markup and stays readable.
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    String folded = s.replaceAll("\\s*\\R\\s*", " ");
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean intraword = c == '_' && i > 0 && i + 1 < folded.length()
          && Character.isLetterOrDigit(folded.charAt(i - 1)) && Character.isLetterOrDigit(folded.charAt(i + 1));
      if ("\\`*_[]<>|#".indexOf(c) >= 0 && !intraword) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** RFC 4180: quoted only when needed, quotes doubled. */
  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  static String joined(List<String> values) {
    return String.join(";", values);
  }
}
