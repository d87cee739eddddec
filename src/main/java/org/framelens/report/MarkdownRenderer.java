package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.ThemeScore;

/** The report as Markdown: overview tables first, then one section per actor. */
final class MarkdownRenderer implements Renderer {

  /** Entries shown per list in the sides table, so one big side stays one readable row. */
  static final int SIDE_LIST = 8;

  @Override
  public void render(FramingReport r, Writer w) throws IOException {
    StringBuilder o = new StringBuilder(8192);
    FramingReport.Overview v = r.overview();
    o.append("# Framing report\n\n");
    o.append(v.documents()).append(v.documents() == 1 ? " document, " : " documents, ")
        .append(r.actors().size()).append(" actors, ").append(r.themes().size()).append(" themes, ")
        .append(v.stances()).append(" stances.\n\n");
    o.append("Documents: ").append(r.documents().stream()
        .map(d -> "`" + d.id().replace("`", "'") + "`" + d.date().map(x -> " (" + Text.md(x) + ")").orElse(""))
        .collect(Collectors.joining(", ")));
    if (v.documents() > r.documents().size()) {
        o.append(" and ").append(v.documents() - r.documents().size()).append(" more");
    }
    o.append(".\n\n");
    MarkdownIndex.overview(r, o);
    sides(r, o);
    actorsByThemes(r, o);
    stanceTable(r, o);
    timeline(r, o);

    o.append("## Actors\n\n");
    Map<String, String> names = new TreeMap<>();
    r.actors().forEach(a -> names.put(a.id(), a.name()));
    for (ActorFrame a : r.actors()) {
      if (a.detailed()) {
        actor(a, names, o);
      }
    }
    MarkdownIndex.otherActors(r, o);
    w.write(o.toString());
  }

  private static void sides(FramingReport r, StringBuilder o) {
    if (r.affiliations().isEmpty()) {
      return;
    }
    o.append("## Sides\n\nEach side is an actor together with everyone affiliated with it; at most ")
        .append(SIDE_LIST).append(" members (by id), themes and stance targets (actors, themes, concepts; most frequent first) each.\n\n");
    table(o, "llrll", "Side", "Members", "Quotes", "Themes (hits)", "Stances");
    for (AffiliationFrame s : r.affiliations()) {
      List<FramingReport.TargetCount> targets = s.stanceSummary().stream().filter(t -> !t.kind().equals("text"))
          .sorted(Comparator.comparingInt((FramingReport.TargetCount t) -> t.forCount() + t.against()).reversed()
              .thenComparing(FramingReport.TargetCount::target)).toList();
      cells(o, Text.md(s.name()), Text.md(capped(s.members())), Integer.toString(s.quotes()),
          Text.md(capped(s.themes().stream().filter(t -> t.hits() > 0).map(t -> t.theme() + " " + t.hits()).toList())),
          Text.md(capped(targets.stream().map(MarkdownRenderer::stanceCount).toList())));
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
      if (a.themes().isEmpty() || !a.detailed()) {
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
      MarkdownIndex.stanceTail(r, r.actors().stream().filter(ActorFrame::detailed).map(ActorFrame::id)
          .collect(Collectors.toSet()), o);
      return;
    }
    Set<String> detailed = r.actors().stream().filter(ActorFrame::detailed).map(ActorFrame::id)
        .collect(Collectors.toSet());
    o.append("## Stances\n\nTargets that are actors, themes or concepts, for the actors with a section.\n\n");
    table(o, "llrrl", "Actor", "Target", "For", "Against", "Documents");
    for (StanceCell c : r.stanceTable()) {
      if (detailed.contains(c.actor())) {
        cells(o, Text.md(c.actorName()), Text.md(c.targetLabel()), Integer.toString(c.forCount()),
            Integer.toString(c.against()), Text.md(documents(c.documents(), c.documentCount())));
      }
    }
    o.append('\n');
    MarkdownIndex.stanceTail(r, detailed, o);
  }

  private static void timeline(FramingReport r, StringBuilder o) {
    if (r.timeline().isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
    for (PeriodTheme m : r.timeline()) {
      byMonth.computeIfAbsent(m.period(), k -> new TreeMap<>()).put(m.theme(), m.hits());
    }
    List<String> themes = r.timeline().stream().map(PeriodTheme::theme).distinct().sorted().toList();
    String unit = r.overview().granularity();
    o.append("## Themes over time\n\nHits of every voice in documents dated that ").append(unit).append(".\n\n");
    String[] head = new String[themes.size() + 1];
    head[0] = Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
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
        .append(". Documents: ").append(Text.md(documents(a.documents(), a.documentCount()))).append(".\n\n");

    if (!a.quotes().isEmpty()) {
      o.append(a.quoteCount() > a.quotes().size()
          ? "**Quotes** (" + a.quotes().size() + " of " + a.quoteCount() + ")\n\n" : "**Quotes**\n\n");
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
            Text.number(t.weight()), Integer.toString(t.negated()), Text.md(documents(t.documents(), t.documentCount())));
      }
      o.append('\n');
    }
    if (!a.stances().isEmpty()) {
      o.append(a.stanceCount() > a.stances().size()
          ? "**Stances** (" + a.stances().size() + " of " + a.stanceCount() + ")\n\n" : "**Stances**\n\n");
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
      o.append(a.coQuoted().stream().limit(MarkdownIndex.PER_ACTOR).map((CoQuoted c) -> Text.md(c.name()) + " ("
          + c.documentCount() + (c.documentCount() == 1 ? " document)" : " documents)"))
          .collect(Collectors.joining(", ")));
      if (a.coQuoted().size() > MarkdownIndex.PER_ACTOR) {
        o.append(" and ").append(a.coQuoted().size() - MarkdownIndex.PER_ACTOR).append(" others");
      }
      o.append("\n\n");
    }
  }

  /** The first {@link #SIDE_LIST} entries, then how many more. */
  private static String capped(List<String> entries) {
    String shown = String.join(", ", entries.subList(0, Math.min(SIDE_LIST, entries.size())));
    return entries.size() > SIDE_LIST ? shown + " and " + (entries.size() - SIDE_LIST) + " more" : shown;
  }

  /** A sample of document ids, and how many there are in all when the sample is not all. */
  static String documents(List<String> sample, int count) {
    String shown = String.join(", ", sample);
    return count > sample.size() ? shown + " and " + (count - sample.size()) + " more" : shown;
  }

  /** {@code align}: one letter per column, {@code l} text, {@code r} numbers. */
  static void table(StringBuilder o, String align, String... head) {
    cells(o, head);
    o.append('|');
    for (int i = 0; i < head.length; i++) {
      o.append(align.charAt(i) == 'r' ? " ---: |" : " --- |");
    }
    o.append('\n');
  }

  static void cells(StringBuilder o, String... cells) {
    o.append('|');
    for (String c : cells) {
      o.append(' ').append(c).append(" |");
    }
    o.append('\n');
  }
}
