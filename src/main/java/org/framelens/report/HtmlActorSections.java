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

/** A full section for each top actor: theme profile, co-quoted actors, sampled quotes and stances with evidence. */
final class HtmlActorSections {

  /**
   * Quotes and stances open on the page; the rest of the sample is one click away, which keeps
   * fifty sections short enough to scan and cheap for a browser to lay out.
   */
  private static final int SHOWN_QUOTES = 3;
  private static final int SHOWN_STANCES = 5;

  /** Co-quoted actors named, those sharing most documents first; document ids named. */
  private static final int CO_QUOTED = 12;
  private static final int DOCUMENTS = 10;

  private HtmlActorSections() {}

  /**
   * One actor's section, a closed {@code <details>} element: its one-line summary (name, type,
   * counts) shows until it is clicked, or reached through a link.
   */
  static void actor(ActorFrame a, Map<String, String> colours, Map<String, String> names, StringBuilder o) {
    o.append("<details class=\"card actor\" id=\"").append(anchor(a.id())).append("\">\n<summary class=\"actor-head\"><h3>")
        .append(html(a.name())).append("</h3><span class=\"badge\">").append(html(a.type())).append("</span>");
    a.role().ifPresent(x -> o.append("<span class=\"badge\">").append(html(x)).append("</span>"));
    a.affiliation().ifPresent(x -> o.append("<span class=\"badge\">").append(html(x)).append("</span>"));
    o.append("<span class=\"badge\">").append(a.quoteCount()).append(a.quoteCount() == 1 ? " quote" : " quotes")
        .append(" · ").append(a.documentCount()).append(a.documentCount() == 1 ? " document" : " documents")
        .append(" · ").append(a.stanceCount()).append(a.stanceCount() == 1 ? " stance" : " stances").append("</span>");
    o.append("</summary>\n<div class=\"actor-grid\"><div>\n<h4>Themes</h4>\n");
    themeBars(a, colours, o);
    if (!a.coQuoted().isEmpty()) {
      o.append("<h4 style=\"margin-top:14px\">Quoted alongside</h4><div>");
      List<CoQuoted> most = a.coQuoted().stream()
          .sorted(Comparator.comparingInt((CoQuoted c) -> -c.documentCount()).thenComparing(CoQuoted::actor))
          .limit(CO_QUOTED).toList();
      for (CoQuoted c : most) {
        o.append("<a class=\"badge\" style=\"margin:0 4px 4px 0\" href=\"#").append(anchor(c.actor())).append("\">")
            .append(html(c.name())).append(" · ").append(c.documentCount()).append("</a>");
      }
      if (a.coQuoted().size() > CO_QUOTED) {
        o.append("<span class=\"badge\">+").append(a.coQuoted().size() - CO_QUOTED).append(" more</span>");
      }
      o.append("</div>\n");
    }
    List<String> docs = a.documents().subList(0, Math.min(DOCUMENTS, a.documents().size()));
    o.append("<div class=\"docs\">Documents").append(shown(docs.size(), a.documentCount())).append(": ")
        .append(html(String.join(", ", docs))).append("</div>\n");
    o.append("</div><div>\n");
    if (!a.quotes().isEmpty()) {
      o.append("<h4>Quotes").append(shown(a.quotes().size(), a.quoteCount())).append("</h4>\n");
      for (int i = 0; i < a.quotes().size(); i++) {
        QuoteEntry q = a.quotes().get(i);
        if (i == SHOWN_QUOTES) {
          o.append("<details><summary>").append(a.quotes().size() - SHOWN_QUOTES).append(" more quotes</summary>\n");
        }
        o.append("<blockquote>“").append(html(q.text())).append("”<span class=\"src\">")
            .append(html(q.document()));
        if (q.speakers().size() > 1) {
          o.append(" · with ").append(html(String.join(", ",
              q.speakers().stream().filter(s -> !s.equals(a.id())).map(s -> names.getOrDefault(s, s)).toList())));
        }
        o.append("</span>");
        for (String t : q.themes()) {
          HtmlCharts.chip(t, colours, o);
        }
        o.append("</blockquote>\n");
      }
      if (a.quotes().size() > SHOWN_QUOTES) {
        o.append("</details>\n");
      }
    }
    if (!a.stances().isEmpty()) {
      o.append("<h4>Stances").append(shown(a.stances().size(), a.stanceCount())).append("</h4>\n<ul class=\"stances\">\n");
      for (int i = 0; i < a.stances().size(); i++) {
        StanceEntry s = a.stances().get(i);
        if (i == SHOWN_STANCES) {
          o.append("</ul>\n<details><summary>").append(a.stances().size() - SHOWN_STANCES)
              .append(" more stances</summary>\n<ul class=\"stances\">\n");
        }
        o.append("<li><span class=\"pill ").append(s.polarity().equals("for") ? "for" : "against").append("\">")
            .append(html(s.polarity())).append("</span> <b>").append(html(s.targetLabel())).append("</b>");
        s.targetTheme().ifPresent(t -> HtmlCharts.chip(t, colours, o));
        o.append(" <details><summary>evidence · ").append(html(s.document())).append("</summary><p>“").append(html(s.evidence())).append("”<br><small>")
            .append(html(s.document())).append(", characters ").append(s.evidenceStart()).append("–")
            .append(s.evidenceEnd()).append(", ").append(html(s.source())).append(", cue “").append(html(s.cue()))
            .append("”</small></p></details></li>\n");
      }
      o.append("</ul>\n");
      if (a.stances().size() > SHOWN_STANCES) {
        o.append("</details>\n");
      }
    }
    if (a.quotes().isEmpty() && a.stances().isEmpty()) {
      o.append("<p class=\"empty\">No quotes or stances.</p>\n");
    }
    o.append("</div></div>\n</details>\n");
  }

  private static void themeBars(ActorFrame a, Map<String, String> colours, StringBuilder o) {
    if (a.themes().isEmpty()) {
      o.append("<p class=\"empty\">No theme hits.</p>\n");
      return;
    }
    int labelW = 150;
    int barW = 170;
    int rowH = 24;
    int width = labelW + barW + 70;
    int height = rowH * a.themes().size() + 4;
    o.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"theme profile of ")
        .append(html(a.name())).append("\">\n");
    for (int i = 0; i < a.themes().size(); i++) {
      ThemeScore t = a.themes().get(i);
      int y = i * rowH + 2;
      o.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1d2330\">").append(html(clip(t.theme(), 21)))
          .append("</text><rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(barW)
          .append("\" height=\"16\" rx=\"3\" fill=\"#eef1f6\"/>");
      if (t.hits() > 0) {
        o.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"")
            .append(f(Math.max(2, barW * t.share()))).append("\" height=\"16\" rx=\"3\" fill=\"")
            .append(colours.get(t.theme())).append("\"><title>").append(html(t.theme())).append(": ")
            .append(t.hits()).append(" hits, weight ").append(Text.number(t.weight())).append("</title></rect>");
      }
      o.append("<text x=\"").append(labelW + barW + 6).append("\" y=\"").append(y + 15)
          .append("\" font-size=\"12\" fill=\"#5d6677\">").append(t.hits() > 0 ? Text.percent(t.share()) : "–");
      if (t.negated() > 0) {
        o.append("</text><text x=\"").append(labelW + barW + 50).append("\" y=\"").append(y + 15)
            .append("\" font-size=\"12\" fill=\"#c0392b\">¬").append(t.negated());
      }
      o.append("</text>\n");
    }
    o.append("</svg>\n");
  }

  /** " (a sample of 5 of 120)" when the report holds a sample, nothing when it holds them all. */
  private static String shown(int sample, int count) {
    return sample < count ? " (a sample of " + sample + " of " + count + ")" : "";
  }
}
