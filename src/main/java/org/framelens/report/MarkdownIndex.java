package org.framelens.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.Ranked;
import org.framelens.report.FramingReport.StanceCell;

/**
 * The parts of the Markdown report that keep a large corpus readable: the overview's top lists,
 * the free-text stance targets listed per actor rather than tabulated, and one index row for each
 * actor without a section of its own.
 */
final class MarkdownIndex {

  /** Entries shown in each top list of the overview. */
  static final int TOP_LIST = 10;
  /** Free-text targets and co-quoted actors shown per actor, the most frequent first. */
  static final int PER_ACTOR = 10;

  private MarkdownIndex() {}

  static void overview(FramingReport r, StringBuilder o) {
    FramingReport.Overview v = r.overview();
    o.append("## Overview\n\n");
    o.append(v.quotes()).append(v.quotes() == 1 ? " quote" : " quotes");
    if (v.unresolvedQuotes() > 0) {
      o.append(", ").append(v.unresolvedQuotes()).append(" without a named speaker");
    }
    o.append("; ").append(v.tokens()).append(" tokens");
    if (v.from().isPresent()) {
      o.append("; dated ").append(v.from().get()).append(" to ").append(v.to().orElse("")).append(" (by ")
          .append(v.granularity()).append(")");
    }
    o.append(". Stances shown have a confidence of at least ").append(Text.number(v.minStanceConfidence()));
    if (v.stancesBelowConfidence() > 0) {
      o.append(" (").append(v.stancesBelowConfidence()).append(" below it left out)");
    }
    if (v.unresolvedStances() > 0) {
      o.append("; ").append(v.unresolvedStances()).append(" more with a holder or a target that names no one");
    }
    o.append(".");
    if (v.filteredOut() > 0) {
      o.append(" ").append(v.filteredOut()).append(v.filteredOut() == 1 ? " document" : " documents")
          .append(" left out by the filters.");
    }
    o.append("\n\n");
    top(o, "Top actors by quotes", "Actor", "Quotes", v.topActors());
    top(o, "Top themes by hits", "Theme", "Hits", v.topThemes());
    top(o, "Top stance targets", "Target", "Stances", v.topTargets());
    if (v.outlets().size() > 1) {
      top(o, "Outlets", "Outlet", "Documents", v.outlets());
    }
  }

  private static void top(StringBuilder o, String title, String what, String count, List<Ranked> ranked) {
    if (ranked.isEmpty()) {
      return;
    }
    o.append("**").append(title).append("**");
    if (ranked.size() > TOP_LIST) {
      o.append(" (first ").append(TOP_LIST).append(" of ").append(ranked.size()).append(")");
    }
    o.append("\n\n");
    MarkdownRenderer.table(o, "lr", what, count);
    for (Ranked x : ranked.subList(0, Math.min(TOP_LIST, ranked.size()))) {
      // free-text targets in quotes: words as written, not an actor, theme or concept
      String label = x.kind().equals("text") ? "“" + x.label() + "”" : x.label();
      MarkdownRenderer.cells(o, Text.md(label), Long.toString(x.count()));
    }
    o.append('\n');
  }

  /** Free-text targets of the actors with a section, one line per actor: listed, never a column each. */
  static void stanceTail(FramingReport r, Set<String> detailed, StringBuilder o) {
    Map<String, List<StanceCell>> byActor = new TreeMap<>();
    for (StanceCell c : r.stanceTail()) {
      if (detailed.contains(c.actor())) {
        byActor.computeIfAbsent(c.actorName() + "\u0000" + c.actor(), k -> new java.util.ArrayList<>()).add(c);
      }
    }
    if (byActor.isEmpty()) {
      return;
    }
    o.append("**Other targets** (free text; at most ").append(PER_ACTOR).append(" per actor, the most frequent first)\n\n");
    byActor.forEach((who, cells) -> {
      o.append("- ").append(Text.md(who.substring(0, who.indexOf('\u0000')))).append(": ")
          .append(cells.stream().sorted(Comparator.comparingInt((StanceCell c) -> c.forCount() + c.against())
              .reversed().thenComparing(StanceCell::target)).limit(PER_ACTOR).map(MarkdownIndex::tailEntry)
              .collect(Collectors.joining("; ")));
      if (cells.size() > PER_ACTOR) {
        o.append("; and ").append(cells.size() - PER_ACTOR).append(" more");
      }
      o.append('\n');
    });
    o.append('\n');
  }

  private static String tailEntry(StanceCell c) {
    StringBuilder b = new StringBuilder();
    if (c.forCount() > 0) {
      b.append("for ").append(Text.md(c.targetLabel())).append(c.forCount() > 1 ? " " + c.forCount() : "");
    }
    if (c.against() > 0) {
      b.append(b.length() > 0 ? ", " : "").append("against ").append(Text.md(c.targetLabel()))
          .append(c.against() > 1 ? " " + c.against() : "");
    }
    return b.toString();
  }

  /** Every actor without a section, one row each, in the report's order (most active first). */
  static void otherActors(FramingReport r, StringBuilder o) {
    List<ActorFrame> rest = r.actors().stream().filter(a -> !a.detailed()).toList();
    if (rest.isEmpty()) {
      return;
    }
    o.append("### Other actors\n\n");
    MarkdownRenderer.table(o, "llllrrrr", "Actor", "Id", "Type", "Side", "Documents", "Quotes", "Theme hits",
        "Stances");
    for (ActorFrame a : rest) {
      MarkdownRenderer.cells(o, Text.md(a.name()), "`" + a.id().replace("`", "'") + "`", a.type(),
          Text.md(a.side().orElse("")), Integer.toString(a.documentCount()), Integer.toString(a.quoteCount()),
          Integer.toString(a.themeHits()), Integer.toString(a.stanceCount()));
    }
    o.append('\n');
  }
}
