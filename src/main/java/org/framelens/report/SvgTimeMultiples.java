package org.framelens.report;

import static org.framelens.report.Svg.f;
import static org.framelens.report.Text.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.Tally;

/**
 * Themes and stances over time as small multiples: one small chart for all voices, then one per
 * top actor, all on the same periods so they read side by side. Each theme is one SVG path of
 * bars, not a rectangle per bar, which keeps fifty actors over a hundred periods light.
 */
final class SvgTimeMultiples {

  private static final int PLOT_W = 250;
  private static final int THEME_H = 56;
  private static final int STANCE_H = 40;
  private static final int WIDTH = PLOT_W + 50;
  private static final int HEIGHT = THEME_H + STANCE_H + 30;

  /**
   * Charts shown before the rest fold into a closed {@code <details>}: two rows on a wide screen.
   * Fifty charts open were some 3,000 pixels of page a reader scrolls past to reach the actors.
   */
  static final int SHOWN = 6;

  private SvgTimeMultiples() {}

  /** Counts per period for one chart: theme hits by theme, stances for and against. */
  private static final class Series {
    final Map<String, Map<String, Integer>> themes = new TreeMap<>(); // theme -> period -> hits
    final Map<String, int[]> stances = new TreeMap<>(); // period -> {for, against}
  }

  static void section(FramingReport r, List<ActorFrame> top, Map<String, String> colours, StringBuilder o) {
    TreeSet<String> periods = new TreeSet<>();
    r.timeline().forEach(p -> periods.add(p.period()));
    Map<String, Series> byActor = new TreeMap<>();
    TreeSet<String> topIds = new TreeSet<>();
    top.forEach(a -> topIds.add(a.id()));
    Series all = new Series();
    for (Tally t : r.tallies()) {
      if (t.period().isEmpty()) {
        continue;
      }
      if (t.kind().equals("stance")) {
        periods.add(t.period());
        all.stances.computeIfAbsent(t.period(), k -> new int[2])[t.polarity().equals("for") ? 0 : 1] += t.count();
      }
      if (!topIds.contains(t.actor())) {
        continue;
      }
      Series s = byActor.computeIfAbsent(t.actor(), k -> new Series());
      if (t.kind().equals("theme")) {
        s.themes.computeIfAbsent(t.key(), k -> new TreeMap<>()).merge(t.period(), t.count(), Integer::sum);
        periods.add(t.period());
      } else if (t.kind().equals("stance")) {
        int[] c = s.stances.computeIfAbsent(t.period(), k -> new int[2]);
        c[t.polarity().equals("for") ? 0 : 1] += t.count();
        periods.add(t.period());
      }
    }
    if (periods.isEmpty()) {
      return;
    }
    for (PeriodTheme p : r.timeline()) {
      all.themes.computeIfAbsent(p.theme(), k -> new TreeMap<>()).merge(p.period(), p.hits(), Integer::sum);
    }
    List<String> axis = new ArrayList<>(periods);
    o.append("<section id=\"time\">\n<h2>Over time</h2>\n<p class=\"note\">Theme hits (bars, coloured by theme) and")
        .append(" stances (green for, red against) per ").append(html(r.overview().granularity())).append(", from ")
        .append(html(axis.get(0))).append(" to ").append(html(axis.get(axis.size() - 1)))
        .append(". Each chart has its own scale; its peak is written on it.</p>\n<div class=\"multiples\">\n");
    chart("All voices", all, axis, colours, o);
    List<ActorFrame> charted = top.stream().filter(a -> byActor.containsKey(a.id())).toList();
    for (int i = 0; i < charted.size(); i++) {
      if (i == SHOWN - 1) {
        o.append("</div>\n<details class=\"more\"><summary>").append(charted.size() - i)
            .append(" more top actors over time</summary>\n<div class=\"multiples\">\n");
      }
      chart(charted.get(i).name(), byActor.get(charted.get(i).id()), axis, colours, o);
    }
    o.append(charted.size() >= SHOWN ? "</div>\n</details>\n</section>\n" : "</div>\n</section>\n");
  }

  private static void chart(String title, Series s, List<String> axis, Map<String, String> colours, StringBuilder o) {
    double step = (double) PLOT_W / axis.size();
    double bar = Math.max(step * 0.8, 0.6);
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < axis.size(); i++) {
      index.put(axis.get(i), i);
    }
    Map<String, Integer> totals = new TreeMap<>();
    s.themes.values().forEach(m -> m.forEach((p, n) -> totals.merge(p, n, Integer::sum)));
    int maxHits = Math.max(1, totals.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int maxStances = Math.max(1, s.stances.values().stream().mapToInt(c -> Math.max(c[0], c[1])).max().orElse(1));
    o.append("<figure class=\"multiple\"><figcaption>").append(html(Svg.clip(title, 34))).append("</figcaption>");
    Svg.open(o, WIDTH, HEIGHT, "themes and stances over time: " + title);
    int left = 40;
    int base = 6 + THEME_H;
    o.append("<text x=\"").append(left - 4).append("\" y=\"14\" text-anchor=\"end\" font-size=\"10\" fill=\"#5d6677\">")
        .append(maxHits).append("</text><line x1=\"").append(left).append("\" x2=\"").append(left + PLOT_W)
        .append("\" y1=\"").append(base).append("\" y2=\"").append(base).append("\" stroke=\"#c9d0dc\"/>");
    Map<String, Double> stacked = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> theme : s.themes.entrySet()) {
      StringBuilder d = new StringBuilder();
      for (Map.Entry<String, Integer> e : theme.getValue().entrySet()) {
        double h = (double) THEME_H * e.getValue() / maxHits;
        double below = stacked.getOrDefault(e.getKey(), 0.0);
        double x = left + index.get(e.getKey()) * step;
        d.append('M').append(f(x)).append(' ').append(f(base - below - h)).append('h').append(f(bar)).append('v')
            .append(f(h)).append('h').append(f(-bar)).append('z');
        stacked.put(e.getKey(), below + h);
      }
      o.append("<path d=\"").append(d).append("\" fill=\"").append(colours.getOrDefault(theme.getKey(), "#888888"))
          .append("\"><title>").append(html(theme.getKey())).append("</title></path>");
    }
    int mid = base + 4 + STANCE_H / 2;
    if (!s.stances.isEmpty()) {
      StringBuilder up = new StringBuilder();
      StringBuilder down = new StringBuilder();
      for (Map.Entry<String, int[]> e : s.stances.entrySet()) {
        double x = left + index.get(e.getKey()) * step;
        double hf = (double) (STANCE_H / 2) * e.getValue()[0] / maxStances;
        double ha = (double) (STANCE_H / 2) * e.getValue()[1] / maxStances;
        if (hf > 0) {
          up.append('M').append(f(x)).append(' ').append(f(mid - hf)).append('h').append(f(bar)).append('v')
              .append(f(hf)).append('h').append(f(-bar)).append('z');
        }
        if (ha > 0) {
          down.append('M').append(f(x)).append(' ').append(mid).append('h').append(f(bar)).append('v')
              .append(f(ha)).append('h').append(f(-bar)).append('z');
        }
      }
      o.append("<line x1=\"").append(left).append("\" x2=\"").append(left + PLOT_W).append("\" y1=\"").append(mid)
          .append("\" y2=\"").append(mid).append("\" stroke=\"#e3e7ef\"/>");
      path(o, up, Svg.FOR, "for");
      path(o, down, Svg.AGAINST, "against");
      o.append("<text x=\"").append(left - 4).append("\" y=\"").append(mid - STANCE_H / 2 + 8)
          .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#5d6677\">").append(maxStances).append("</text>");
    }
    o.append("<text x=\"").append(left).append("\" y=\"").append(HEIGHT - 4).append("\" font-size=\"10\" fill=\"#5d6677\">")
        .append(html(axis.get(0))).append("</text><text x=\"").append(left + PLOT_W).append("\" y=\"").append(HEIGHT - 4)
        .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#5d6677\">").append(html(axis.get(axis.size() - 1)))
        .append("</text></svg></figure>\n");
  }

  private static void path(StringBuilder o, StringBuilder d, String colour, String title) {
    if (d.length() > 0) {
      o.append("<path d=\"").append(d).append("\" fill=\"").append(colour).append("\"><title>").append(title)
          .append("</title></path>");
    }
  }
}
