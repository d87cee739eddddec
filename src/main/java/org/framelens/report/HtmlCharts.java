package org.framelens.report;

import static org.framelens.report.Svg.anchor;
import static org.framelens.report.Svg.clip;
import static org.framelens.report.Svg.f;
import static org.framelens.report.Svg.shade;
import static org.framelens.report.Text.html;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.TargetCount;
import org.framelens.report.FramingReport.ThemeScore;

/** The charts over actors and sides: the sides' theme bars and the actors-by-themes heat map. */
final class HtmlCharts {

  /**
   * Beyond this a heat map stops being readable; the rest are in the index table. The map scrolls
   * inside a bounded box, so its rows do not make the page itself tall.
   */
  private static final int HEAT_MAP_ROWS = 40;

  /** Sides shown as cards; a large corpus has hundreds of small ones. */
  private static final int SIDES = 12;

  /** Side cards shown before the rest fold into a closed details: two rows on a wide screen. */
  static final int SIDES_OPEN = 6;

  /** Stance targets named on a side's card, the most argued-over first; free text is left to the stance section. */
  private static final int SIDE_TARGETS = 8;

  /** Members named on a side's card. */
  private static final int MEMBERS = 8;

  private HtmlCharts() {}

  static void sides(FramingReport r, Map<String, String> colours, StringBuilder o) {
    if (r.affiliations().isEmpty()) {
      return;
    }
    o.append("<section>\n<h2>Sides</h2>\n<p class=\"note\">Each side is an actor with everyone affiliated")
        .append(" with it; its bar is the share of each theme in what the side says.</p>\n<div class=\"sides\">\n");
    List<AffiliationFrame> shown = r.affiliations().subList(0, Math.min(SIDES, r.affiliations().size()));
    for (int i = 0; i < shown.size(); i++) {
      AffiliationFrame s = shown.get(i);
      if (i == SIDES_OPEN) {
        o.append("</div>\n<details class=\"more\"><summary>").append(shown.size() - i)
            .append(" more sides</summary>\n<div class=\"sides\">\n");
      }
      o.append("<div class=\"card side\"><h3>").append(html(s.name())).append("</h3>")
          .append("<div class=\"members\">").append(html(String.join(", ", s.members().subList(0, Math.min(MEMBERS, s.members().size())))))
          .append(s.members().size() > MEMBERS ? " and " + (s.members().size() - MEMBERS) + " more" : "").append(" · ")
          .append(s.quotes()).append(s.quotes() == 1 ? " quote" : " quotes").append("</div>\n");
      stackedBar(s.themes(), colours, o);
      o.append("<div>");
      List<TargetCount> named = s.stanceSummary().stream().filter(c -> !c.kind().equals("text"))
          .sorted(Comparator.comparingInt((TargetCount c) -> -(c.forCount() + c.against()))
              .thenComparing(TargetCount::target))
          .toList();
      for (TargetCount c : named.subList(0, Math.min(SIDE_TARGETS, named.size()))) {
        HtmlStances.pills(c.label(), c.forCount(), c.against(), o);
      }
      int more = s.stanceSummary().size() - Math.min(SIDE_TARGETS, named.size());
      if (more > 0) {
        o.append(" <span class=\"badge\">+").append(more).append(" other targets</span>");
      }
      o.append("</div></div>\n");
    }
    o.append(shown.size() > SIDES_OPEN ? "</div>\n</details>\n</section>\n" : "</div>\n</section>\n");
  }

  static void stackedBar(List<ThemeScore> themes, Map<String, String> colours, StringBuilder o) {
    int total = themes.stream().mapToInt(ThemeScore::hits).sum();
    if (total == 0) {
      o.append("<p class=\"empty\">No theme hits.</p>");
      return;
    }
    int width = 300;
    o.append("<svg width=\"").append(width).append("\" height=\"22\" viewBox=\"0 0 ").append(width)
        .append(" 22\" role=\"img\" aria-label=\"theme shares\">");
    double x = 0;
    for (ThemeScore t : themes) {
      if (t.hits() == 0) {
        continue;
      }
      double wd = (double) t.hits() / total * width;
      o.append("<rect x=\"").append(f(x)).append("\" y=\"2\" width=\"").append(f(Math.max(wd - 1, 0.5)))
          .append("\" height=\"18\" rx=\"3\" fill=\"").append(colours.get(t.theme())).append("\"><title>")
          .append(html(t.theme())).append(": ").append(t.hits()).append("</title></rect>");
      x += wd;
    }
    o.append("</svg>\n<div>");
    for (ThemeScore t : themes) {
      if (t.hits() > 0) {
        chip(t.theme(), colours, o);
      }
    }
    o.append("</div>\n");
  }

  /** Actors down, themes across; a cell's colour is the theme's share of the actor's own hits. */
  static void heatMap(FramingReport r, StringBuilder o) {
    List<ActorFrame> withThemes = r.actors().stream().filter(a -> !a.themes().isEmpty()).toList();
    List<ActorFrame> rows = withThemes.subList(0, Math.min(HEAT_MAP_ROWS, withThemes.size()));
    List<String> themes = r.themes();
    if (rows.isEmpty() || themes.isEmpty()) {
      return;
    }
    int left = 230;
    int top = 130;
    int cw = 76;
    int ch = 34;
    int width = left + cw * themes.size() + 110;
    int height = top + ch * rows.size() + 46;
    o.append("<section>\n<h2>Actors × themes</h2>\n<p class=\"note\">Number: hits. Shade: share of the")
        .append(" actor's own hits. Red corner: negated hits (\"we do not seek …\").")
        .append(rows.size() < withThemes.size()
            ? " The " + rows.size() + " most active of " + withThemes.size() + " actors; all are in the JSON and CSV." : "")
        .append("</p>\n")
        .append("<div class=\"card scroll bounded\"><svg width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"actor by theme heat map\">\n");
    for (int j = 0; j < themes.size(); j++) {
      double cx = left + cw * j + cw / 2.0;
      o.append("<text transform=\"translate(").append(f(cx)).append(',').append(top - 10)
          .append(") rotate(-40)\" font-size=\"13\" fill=\"#3a4356\">").append(html(themes.get(j)))
          .append("</text>\n");
    }
    for (int i = 0; i < rows.size(); i++) {
      ActorFrame a = rows.get(i);
      int y = top + ch * i;
      o.append("<text x=\"").append(left - 12).append("\" y=\"").append(y + ch / 2 + 5)
          .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d2330\">").append(html(clip(a.name(), 30)))
          .append("</text>\n");
      for (int j = 0; j < themes.size(); j++) {
        Optional<ThemeScore> t = a.theme(themes.get(j));
        int x = left + cw * j;
        double share = t.map(ThemeScore::share).orElse(0.0);
        String fill = t.isEmpty() ? "#f3f5f9" : shade(share);
        o.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
            .append(cw - 2).append("\" height=\"").append(ch - 2).append("\" rx=\"4\" fill=\"").append(fill)
            .append("\"><title>").append(html(a.name())).append(" · ").append(html(themes.get(j)));
        t.ifPresent(s -> o.append(": ").append(s.hits()).append(" hits, ").append(Text.percent(s.share()))
            .append(", ").append(s.negated()).append(" negated"));
        o.append("</title></rect>");
        if (t.isPresent()) {
          ThemeScore s = t.get();
          o.append("<text x=\"").append(x + cw / 2).append("\" y=\"").append(y + ch / 2 + 5)
              .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"")
              .append(share > 0.45 ? "#ffffff" : "#1d2330").append("\">").append(s.hits()).append("</text>");
          if (s.negated() > 0) {
            o.append("<path d=\"M").append(x + cw - 14).append(' ').append(y + 1).append(" h13 v13 z\" fill=\"#c0392b\">")
                .append("<title>").append(s.negated()).append(" negated</title></path>");
          }
        }
        o.append('\n');
      }
    }
    int ly = top + ch * rows.size() + 18;
    o.append("<text x=\"").append(left).append("\" y=\"").append(ly + 12)
        .append("\" font-size=\"12\" fill=\"#5d6677\">share 0%</text>");
    for (int k = 0; k <= 10; k++) {
      o.append("<rect x=\"").append(left + 62 + k * 16).append("\" y=\"").append(ly).append("\" width=\"16\" height=\"16\" fill=\"")
          .append(shade(k / 10.0)).append("\"/>");
    }
    o.append("<text x=\"").append(left + 62 + 11 * 16 + 6).append("\" y=\"").append(ly + 12)
        .append("\" font-size=\"12\" fill=\"#5d6677\">100%</text>\n</svg></div>\n</section>\n");
  }

  static void chip(String theme, Map<String, String> colours, StringBuilder o) {
    o.append("<span class=\"chip\" style=\"background:").append(colours.getOrDefault(theme, "#888888"))
        .append("\">").append(html(theme)).append("</span>");
  }
}
