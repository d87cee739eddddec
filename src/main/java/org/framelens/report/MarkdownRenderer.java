package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.MonthTheme;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.ThemeScore;

/** The report as Markdown: overview tables first, then one section per actor. */
final class MarkdownRenderer implements Renderer {

  @Override
  public void render(FramingReport r, Writer w) throws IOException {
    StringBuilder o = new StringBuilder(8192);
    o.append("# Framing report\n\n");
    o.append(r.documents().size()).append(r.documents().size() == 1 ? " document, " : " documents, ")
        .append(r.actors().size()).append(" actors, ").append(r.themes().size()).append(" themes, ")
        .append(r.stances().size()).append(" stances.\n\n");
    o.append("Documents: ").append(r.documents().stream()
        .map(d -> "`" + d.id().replace("`", "'") + "`" + d.date().map(x -> " (" + Text.md(x) + ")").orElse(""))
        .collect(Collectors.joining(", "))).append("\n\n");

    sides(r, o);
    actorsByThemes(r, o);
    stanceTable(r, o);
    timeline(r, o);

    o.append("## Actors\n\n");
    Map<String, String> names = new TreeMap<>();
    r.actors().forEach(a -> names.put(a.id(), a.name()));
    for (ActorFrame a : r.actors()) {
      actor(a, names, o);
    }
    w.write(o.toString());
  }

  private static void sides(FramingReport r, StringBuilder o) {
    if (r.affiliations().isEmpty()) {
      return;
    }
    o.append("## Sides\n\nEach side is an actor together with everyone affiliated with it.\n\n");
    table(o, "llrll", "Side", "Members", "Quotes", "Themes (hits)", "Stances");
    for (AffiliationFrame s : r.affiliations()) {
      cells(o, Text.md(s.name()), Text.md(String.join(", ", s.members())), Integer.toString(s.quotes()),
          Text.md(s.themes().stream().filter(t -> t.hits() > 0)
              .map(t -> t.theme() + " " + t.hits()).collect(Collectors.joining(", "))),
          Text.md(s.stanceSummary().stream().map(MarkdownRenderer::stanceCount)
              .collect(Collectors.joining(", "))));
    }
    o.append('\n');
  }

  private static String stanceCount(FramingReport.TargetCount c) {
    StringBuilder b = new StringBuilder();
    if (c.forCount() > 0) {
      b.append("for ").append(c.label()).append(" ").append(c.forCount());
    }
    if (c.against() > 0) {
      b.append(b.length() > 0 ? "; " : "").append("against ").append(c.label()).append(" ").append(c.against());
    }
    return b.toString();
  }

  private static void actorsByThemes(FramingReport r, StringBuilder o) {
    if (r.themes().isEmpty()) {
      return;
    }
    o.append("## Actors × themes\n\nHits per theme; negated hits in brackets.\n\n");
    String[] head = new String[r.themes().size() + 1];
    head[0] = "Actor";
    for (int i = 0; i < r.themes().size(); i++) {
      head[i + 1] = Text.md(r.themes().get(i));
    }
    table(o, "l" + "r".repeat(head.length - 1), head);
    for (ActorFrame a : r.actors()) {
      if (a.themes().isEmpty()) {
        continue;
      }
      String[] row = new String[head.length];
      row[0] = Text.md(a.name());
      for (int i = 0; i < r.themes().size(); i++) {
        Optional<ThemeScore> t = a.theme(r.themes().get(i));
        row[i + 1] = t.map(s -> s.hits() + (s.negated() > 0 ? " (" + s.negated() + ")" : "")).orElse("");
      }
      cells(o, row);
    }
    o.append('\n');
  }

  private static void stanceTable(FramingReport r, StringBuilder o) {
    if (r.stanceTable().isEmpty()) {
      return;
    }
    o.append("## Stances\n\n");
    table(o, "llrrl", "Actor", "Target", "For", "Against", "Documents");
    for (StanceCell c : r.stanceTable()) {
      cells(o, Text.md(c.actorName()), Text.md(c.targetLabel()), Integer.toString(c.forCount()),
          Integer.toString(c.against()), Text.md(String.join(", ", c.documents())));
    }
    o.append('\n');
  }

  private static void timeline(FramingReport r, StringBuilder o) {
    if (r.timeline().isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
    for (MonthTheme m : r.timeline()) {
      byMonth.computeIfAbsent(m.month(), k -> new TreeMap<>()).put(m.theme(), m.hits());
    }
    List<String> themes = r.timeline().stream().map(MonthTheme::theme).distinct().sorted().toList();
    o.append("## Themes over time\n\nHits of every voice in documents dated that month.\n\n");
    String[] head = new String[themes.size() + 1];
    head[0] = "Month";
    for (int i = 0; i < themes.size(); i++) {
      head[i + 1] = Text.md(themes.get(i));
    }
    table(o, "l" + "r".repeat(head.length - 1), head);
    for (Map.Entry<String, Map<String, Integer>> e : byMonth.entrySet()) {
      String[] row = new String[head.length];
      row[0] = e.getKey();
      for (int i = 0; i < themes.size(); i++) {
        Integer n = e.getValue().get(themes.get(i));
        row[i + 1] = n == null ? "" : n.toString();
      }
      cells(o, row);
    }
    o.append('\n');
  }

  private static void actor(ActorFrame a, Map<String, String> names, StringBuilder o) {
    o.append("### ").append(Text.md(a.name())).append("\n\n");
    StringBuilder who = new StringBuilder();
    who.append(a.type());
    a.role().ifPresent(x -> who.append(", ").append(Text.md(x)));
    a.affiliation().ifPresent(x -> who.append(", affiliated with ").append(Text.md(x)));
    a.side().filter(g -> !g.equals(a.affiliation().orElse(""))).filter(g -> !g.equals(a.id()))
        .ifPresent(g -> who.append(", side ").append(Text.md(g)));
    o.append("`").append(a.id().replace("`", "'")).append("` — ").append(who)
        .append(". Documents: ").append(Text.md(String.join(", ", a.documents()))).append(".\n\n");

    if (!a.quotes().isEmpty()) {
      o.append("**Quotes**\n\n");
      for (QuoteEntry q : a.quotes()) {
        o.append("- “").append(Text.md(q.text())).append("” — ").append(Text.md(q.document()));
        if (!q.themes().isEmpty()) {
          o.append("; themes: ").append(Text.md(String.join(", ", q.themes())));
        }
        if (q.speakers().size() > 1) {
          o.append("; with ").append(Text.md(q.speakers().stream().filter(s -> !s.equals(a.id()))
              .map(s -> names.getOrDefault(s, s)).collect(Collectors.joining(", "))));
        }
        o.append('\n');
      }
      o.append('\n');
    }
    if (!a.themes().isEmpty()) {
      o.append("**Themes**\n\n");
      table(o, "lrrrrl", "Theme", "Hits", "Share", "Weight", "Negated", "Documents");
      for (ThemeScore t : a.themes()) {
        cells(o, Text.md(t.theme()), Integer.toString(t.hits()), Text.percent(t.share()),
            Text.number(t.weight()), Integer.toString(t.negated()), Text.md(String.join(", ", t.documents())));
      }
      o.append('\n');
    }
    if (!a.stances().isEmpty()) {
      o.append("**Stances**\n\n");
      for (StanceEntry s : a.stances()) {
        o.append("- ").append(s.polarity()).append(" **").append(Text.md(s.targetLabel())).append("**");
        s.targetTheme().ifPresent(t -> o.append(" (").append(Text.md(t)).append(")"));
        o.append(" — “").append(Text.md(s.evidence())).append("” (").append(Text.md(s.document()))
            .append(", ").append(s.source()).append(", cue “").append(Text.md(s.cue())).append("”)\n");
      }
      o.append('\n');
    }
    if (!a.coQuoted().isEmpty()) {
      o.append("**Quoted alongside:** ");
      o.append(a.coQuoted().stream().map((CoQuoted c) -> Text.md(c.name()) + " (" + c.documents().size()
          + (c.documents().size() == 1 ? " document)" : " documents)")).collect(Collectors.joining(", ")));
      o.append("\n\n");
    }
  }

  /** {@code align}: one letter per column, {@code l} text, {@code r} numbers. */
  private static void table(StringBuilder o, String align, String... head) {
    cells(o, head);
    o.append('|');
    for (int i = 0; i < head.length; i++) {
      o.append(align.charAt(i) == 'r' ? " ---: |" : " --- |");
    }
    o.append('\n');
  }

  private static void cells(StringBuilder o, String... cells) {
    o.append('|');
    for (String c : cells) {
      o.append(' ').append(c).append(" |");
    }
    o.append('\n');
  }
}
