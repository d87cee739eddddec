package org.framelens.report;

import static org.framelens.report.Text.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.TargetCount;
import org.framelens.report.FramingReport.ThemeScore;

/**
 * One self-contained page: inline CSS and SVG, no script, nothing fetched from the network, every
 * text escaped. Evidence for each stance sits in a {@code <details>} under it, one click away.
 */
final class HtmlRenderer implements Renderer {

  private static final String[] PALETTE = {
      "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#8cd17d"};

  /** Beyond this a heat map stops being readable; the rest are in the actor sections below. */
  private static final int HEAT_MAP_ROWS = 40;

  private static final String CSS = """
      :root{--ink:#1d2330;--muted:#5d6677;--line:#e3e7ef;--bg:#f5f7fb;--card:#fff;--for:#2e8b57;--against:#c0392b;--accent:#2f5ea8}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      header{background:linear-gradient(120deg,#1f3a68,#2f5ea8);color:#fff;padding:28px 40px 22px}
      header h1{margin:0 0 4px;font-size:28px;font-weight:650;letter-spacing:-.01em}
      header p{margin:0;opacity:.85}
      .stats{display:flex;gap:14px;margin-top:18px;flex-wrap:wrap}
      .stat{background:rgba(255,255,255,.12);border-radius:10px;padding:8px 16px;min-width:110px}
      .stat b{display:block;font-size:24px;line-height:1.1}
      .stat span{font-size:12px;text-transform:uppercase;letter-spacing:.06em;opacity:.85}
      main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}
      section{margin-bottom:28px}
      h2{font-size:19px;margin:0 0 12px;color:#22304a}
      h3{margin:0;font-size:19px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px;box-shadow:0 1px 2px rgba(20,30,60,.05)}
      .note{color:var(--muted);font-size:13px;margin:-6px 0 10px}
      .sides{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}
      .side h3{font-size:17px}
      .members{color:var(--muted);font-size:13px;margin:2px 0 10px}
      table{border-collapse:collapse;width:100%;font-size:14px}
      th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
      td.n{text-align:center}
      .pill{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;margin:1px 2px;white-space:nowrap}
      .for{background:#e3f4ea;color:var(--for)}
      .against{background:#fbe6e3;color:var(--against)}
      .chip{display:inline-block;border-radius:6px;padding:0 7px;font-size:12px;margin:2px 3px 0 0;color:#fff}
      ul.stances .chip{margin-left:6px}
      .badge{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:0 8px;font-size:12px;color:var(--muted);margin-left:6px;vertical-align:middle}
      .actor{margin-bottom:18px}
      .actor-head{display:flex;align-items:baseline;flex-wrap:wrap;gap:4px;margin-bottom:12px}
      .actor-grid{display:grid;grid-template-columns:minmax(300px,380px) 1fr;gap:24px}
      @media (max-width:860px){.actor-grid{grid-template-columns:1fr}}
      h4{margin:0 0 6px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
      blockquote{margin:0 0 10px;padding:6px 12px;border-left:3px solid var(--accent);background:#f7f9fd;border-radius:0 8px 8px 0}
      blockquote .src{display:block;color:var(--muted);font-size:12px}
      ul.stances{list-style:none;margin:0 0 10px;padding:0}
      ul.stances li{margin-bottom:6px}
      details summary{cursor:pointer;color:var(--muted);font-size:12px}
      details[open] summary{color:var(--ink)}
      details p{margin:4px 0 0 0;padding:6px 10px;background:#f7f9fd;border-radius:8px;font-size:13px}
      .docs{color:var(--muted);font-size:12px;margin-top:8px}
      .empty{color:var(--muted);font-style:italic;font-size:13px}
      svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
      .scroll{overflow-x:auto}
      footer{color:var(--muted);font-size:12px;text-align:center;padding:10px}
      """;

  @Override
  public void render(FramingReport r, Writer w) throws IOException {
    Map<String, String> colours = new LinkedHashMap<>();
    for (int i = 0; i < r.themes().size(); i++) {
      colours.put(r.themes().get(i), PALETTE[i % PALETTE.length]);
    }
    StringBuilder o = new StringBuilder(32_768);
    o.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .append("<title>Framing report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(r, o);
    o.append("<main>\n");
    sides(r, colours, o);
    heatMap(r, o);
    stanceGrid(r, o);
    timeline(r, colours, o);
    o.append("<section>\n<h2>Actors</h2>\n");
    Map<String, String> names = new TreeMap<>();
    r.actors().forEach(a -> names.put(a.id(), a.name()));
    for (ActorFrame a : r.actors()) {
      actor(a, colours, names, o);
    }
    o.append("</section>\n</main>\n<footer>framelens framing report · schema ")
        .append(r.schemaVersion()).append("</footer>\n</body>\n</html>\n");
    w.write(o.toString());
  }

  private static void header(FramingReport r, StringBuilder o) {
    o.append("<header>\n<h1>Framing report</h1>\n<p>Who says what, in which words, and where they stand.</p>\n")
        .append("<div class=\"stats\">");
    stat(o, (int) r.overview().documents(), "documents");
    stat(o, r.actors().size(), "actors");
    stat(o, (int) r.overview().quotes(), "quotes");
    stat(o, r.themes().size(), "themes");
    stat(o, (int) r.overview().stances(), "stances");
    o.append("</div>\n</header>\n");
  }

  private static void stat(StringBuilder o, int n, String label) {
    o.append("<div class=\"stat\"><b>").append(n).append("</b><span>").append(label).append("</span></div>");
  }

  private static void sides(FramingReport r, Map<String, String> colours, StringBuilder o) {
    if (r.affiliations().isEmpty()) {
      return;
    }
    o.append("<section>\n<h2>Sides</h2>\n<p class=\"note\">Each side is an actor with everyone affiliated")
        .append(" with it; its bar is the share of each theme in what the side says.</p>\n<div class=\"sides\">\n");
    for (AffiliationFrame s : r.affiliations()) {
      o.append("<div class=\"card side\"><h3>").append(html(s.name())).append("</h3>")
          .append("<div class=\"members\">").append(html(String.join(", ", s.members()))).append(" · ")
          .append(s.quotes()).append(s.quotes() == 1 ? " quote" : " quotes").append("</div>\n");
      stackedBar(s.themes(), colours, o);
      o.append("<div>");
      for (TargetCount c : s.stanceSummary()) {
        pills(c.label(), c.forCount(), c.against(), o);
      }
      o.append("</div></div>\n");
    }
    o.append("</div>\n</section>\n");
  }

  private static void stackedBar(List<ThemeScore> themes, Map<String, String> colours, StringBuilder o) {
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
  private static void heatMap(FramingReport r, StringBuilder o) {
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
        .append("<div class=\"card scroll\"><svg width=\"").append(width).append("\" height=\"").append(height)
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

  private static void stanceGrid(FramingReport r, StringBuilder o) {
    if (r.stanceTable().isEmpty()) {
      return;
    }
    Map<String, String> targets = new TreeMap<>();
    Map<String, String> actors = new LinkedHashMap<>();
    Map<String, StanceCell> cells = new TreeMap<>();
    for (ActorFrame a : r.actors()) {
      if (!a.stanceSummary().isEmpty()) {
        actors.put(a.id(), a.name());
      }
    }
    for (StanceCell c : r.stanceTable()) {
      targets.put(c.target(), c.targetLabel());
      cells.put(c.actor() + "\u0000" + c.target(), c);
    }
    o.append("<section>\n<h2>Stances</h2>\n<p class=\"note\">Who stands for or against whom and what;")
        .append(" the evidence is under each actor below.</p>\n<div class=\"card scroll\"><table>\n<tr><th>Actor</th>");
    targets.values().forEach(label -> o.append("<th>").append(html(label)).append("</th>"));
    o.append("</tr>\n");
    for (Map.Entry<String, String> a : actors.entrySet()) {
      o.append("<tr><td><a href=\"#").append(anchor(a.getKey())).append("\">").append(html(a.getValue()))
          .append("</a></td>");
      for (String t : targets.keySet()) {
        StanceCell c = cells.get(a.getKey() + "\u0000" + t);
        o.append("<td class=\"n\">");
        if (c != null) {
          pills("", c.forCount(), c.against(), o);
        }
        o.append("</td>");
      }
      o.append("</tr>\n");
    }
    o.append("</table></div>\n</section>\n");
  }

  /** One stacked bar per month: overlapping lines would hide themes with equal counts. */
  private static void timeline(FramingReport r, Map<String, String> colours, StringBuilder o) {
    if (r.timeline().isEmpty()) {
      return;
    }
    Map<String, List<PeriodTheme>> byMonth = new TreeMap<>();
    for (PeriodTheme m : r.timeline()) {
      byMonth.computeIfAbsent(m.period(), k -> new ArrayList<>()).add(m);
    }
    int max = 1;
    for (List<PeriodTheme> ms : byMonth.values()) {
      max = Math.max(max, ms.stream().mapToInt(PeriodTheme::hits).sum());
    }
    List<String> themes = new ArrayList<>(new TreeSet<>(r.timeline().stream().map(PeriodTheme::theme).toList()));
    int left = 50;
    int barW = 44;
    int gap = 22;
    int plotW = Math.max(260, (barW + gap) * byMonth.size() + gap);
    int plotH = 200;
    int top = 14;
    int width = left + plotW + 220;
    int height = Math.max(plotH + top + 40, 24 + 20 * themes.size());
    o.append("<section>\n<h2>Themes over time</h2>\n<p class=\"note\">Hits of every voice, the articles'")
        .append(" own included, in documents dated that month.</p>\n<div class=\"card scroll\"><svg width=\"")
        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"themes over time\">\n");
    for (int k = 0; k <= 4; k++) {
      double y = top + plotH - plotH * k / 4.0;
      o.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(f(y))
          .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e3e7ef\"/><text x=\"").append(left - 8)
          .append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#5d6677\">")
          .append(Text.number(Math.round(max * k / 4.0 * 10_000.0) / 10_000.0)).append("</text>\n");
    }
    int i = 0;
    for (Map.Entry<String, List<PeriodTheme>> e : byMonth.entrySet()) {
      int x = left + gap + i++ * (barW + gap);
      double y = top + plotH;
      for (PeriodTheme m : e.getValue()) {
        double h = (double) plotH * m.hits() / max;
        y -= h;
        o.append("<rect x=\"").append(x).append("\" y=\"").append(f(y)).append("\" width=\"").append(barW)
            .append("\" height=\"").append(f(Math.max(h - 1, 0.5))).append("\" fill=\"")
            .append(colours.getOrDefault(m.theme(), "#888888")).append("\"><title>").append(html(m.theme()))
            .append(' ').append(html(m.period())).append(": ").append(m.hits()).append("</title></rect>");
      }
      o.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(top + plotH + 20)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#3a4356\">").append(html(e.getKey()))
          .append("</text>\n");
    }
    for (int k = 0; k < themes.size(); k++) {
      int ly = top + 10 + 20 * k;
      o.append("<rect x=\"").append(left + plotW + 24).append("\" y=\"").append(ly - 10)
          .append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
          .append(colours.getOrDefault(themes.get(k), "#888888")).append("\"/><text x=\"").append(left + plotW + 42)
          .append("\" y=\"").append(ly).append("\" font-size=\"12\" fill=\"#1d2330\">").append(html(themes.get(k)))
          .append("</text>\n");
    }
    o.append("</svg></div>\n</section>\n");
  }

  private static void actor(ActorFrame a, Map<String, String> colours, Map<String, String> names,
      StringBuilder o) {
    o.append("<div class=\"card actor\" id=\"").append(anchor(a.id())).append("\">\n<div class=\"actor-head\"><h3>")
        .append(html(a.name())).append("</h3><span class=\"badge\">").append(html(a.type())).append("</span>");
    a.role().ifPresent(x -> o.append("<span class=\"badge\">").append(html(x)).append("</span>"));
    a.affiliation().ifPresent(x -> o.append("<span class=\"badge\">").append(html(x)).append("</span>"));
    o.append("</div>\n<div class=\"actor-grid\"><div>\n<h4>Themes</h4>\n");
    themeBars(a, colours, o);
    if (!a.coQuoted().isEmpty()) {
      o.append("<h4 style=\"margin-top:14px\">Quoted alongside</h4><div>");
      for (CoQuoted c : a.coQuoted()) {
        o.append("<a class=\"badge\" style=\"margin:0 4px 4px 0\" href=\"#").append(anchor(c.actor())).append("\">")
            .append(html(c.name())).append("</a>");
      }
      o.append("</div>\n");
    }
    o.append("<div class=\"docs\">Documents: ").append(html(String.join(", ", a.documents()))).append("</div>\n");
    o.append("</div><div>\n");
    if (!a.quotes().isEmpty()) {
      o.append("<h4>Quotes</h4>\n");
      for (QuoteEntry q : a.quotes()) {
        o.append("<blockquote>“").append(html(q.text())).append("”<span class=\"src\">")
            .append(html(q.document()));
        if (q.speakers().size() > 1) {
          o.append(" · with ").append(html(String.join(", ",
              q.speakers().stream().filter(s -> !s.equals(a.id())).map(s -> names.getOrDefault(s, s)).toList())));
        }
        o.append("</span>");
        for (String t : q.themes()) {
          chip(t, colours, o);
        }
        o.append("</blockquote>\n");
      }
    }
    if (!a.stances().isEmpty()) {
      o.append("<h4>Stances</h4>\n<ul class=\"stances\">\n");
      for (StanceEntry s : a.stances()) {
        o.append("<li><span class=\"pill ").append(s.polarity().equals("for") ? "for" : "against").append("\">")
            .append(html(s.polarity())).append("</span> <b>").append(html(s.targetLabel())).append("</b>");
        s.targetTheme().ifPresent(t -> chip(t, colours, o));
        o.append(" <details><summary>evidence · ").append(html(s.document())).append("</summary><p>“").append(html(s.evidence())).append("”<br><small>")
            .append(html(s.document())).append(", characters ").append(s.evidenceStart()).append("–")
            .append(s.evidenceEnd()).append(", ").append(html(s.source())).append(", cue “").append(html(s.cue()))
            .append("”</small></p></details></li>\n");
      }
      o.append("</ul>\n");
    }
    if (a.quotes().isEmpty() && a.stances().isEmpty()) {
      o.append("<p class=\"empty\">No quotes or stances.</p>\n");
    }
    o.append("</div></div>\n</div>\n");
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

  private static void pills(String label, int forCount, int against, StringBuilder o) {
    String prefix = label.isEmpty() ? "" : html(label) + " ";
    if (forCount > 0) {
      o.append("<span class=\"pill for\">").append(prefix).append("for ").append(forCount).append("</span>");
    }
    if (against > 0) {
      o.append("<span class=\"pill against\">").append(prefix).append("against ").append(against).append("</span>");
    }
  }

  private static void chip(String theme, Map<String, String> colours, StringBuilder o) {
    o.append("<span class=\"chip\" style=\"background:").append(colours.getOrDefault(theme, "#888888"))
        .append("\">").append(html(theme)).append("</span>");
  }

  /** From the page background to deep blue. */
  private static String shade(double share) {
    double s = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(232 + (31 - 232) * s);
    int g = (int) Math.round(238 + (78 - 238) * s);
    int b = (int) Math.round(250 + (156 - 250) * s);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String anchor(String id) {
    StringBuilder b = new StringBuilder("actor-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
    }
    return b.toString();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }
}
