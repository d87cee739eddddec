package org.framelens.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small drawing helpers the HTML parts share: numbers, colours, anchors. */
final class Svg {

  static final String[] PALETTE = {
      "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#8cd17d"};

  static final String FOR = "#2e8b57";
  static final String AGAINST = "#c0392b";

  private Svg() {}

  /** One colour per theme, in the report's sorted theme order. */
  static Map<String, String> themeColours(List<String> themes) {
    Map<String, String> colours = new LinkedHashMap<>();
    for (int i = 0; i < themes.size(); i++) {
      colours.put(themes.get(i), PALETTE[i % PALETTE.length]);
    }
    return colours;
  }

  /** One decimal, locale-free: enough for screen coordinates, and byte-stable. */
  static String f(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  /** From the page background to deep blue. */
  static String shade(double share) {
    double s = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(232 + (31 - 232) * s);
    int g = (int) Math.round(238 + (78 - 238) * s);
    int b = (int) Math.round(250 + (156 - 250) * s);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /**
   * An HTML id for an actor id, one to one: ASCII letters, digits and hyphens stay, anything else
   * becomes {@code _} and its hex code, so two actors never share an anchor.
   */
  static String anchor(String id) {
    StringBuilder b = new StringBuilder("actor-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
        b.append(c);
      } else {
        b.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return b.toString();
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static void open(StringBuilder o, int width, int height, String label) {
    o.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(Text.html(label)).append("\">");
  }
}
