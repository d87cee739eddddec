package org.framelens.report;

import static org.framelens.report.Text.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.StanceCell;

/**
 * Who stands for or against what, over normalised targets (actors, themes, concepts): the top
 * actors down, the most argued-over targets across, every other target of a row in its last
 * cell. Free-text targets are a long tail listed below with their counts, never one column each.
 * The table scrolls inside a bounded box (its header row stays in view) and the tail is folded, so
 * fifty top actors do not make the page itself tall.
 */
final class HtmlStances {

  /** Targets that get a column; beyond this a table stops fitting on a screen. */
  static final int COLUMNS = 10;
  /** Free-text targets listed by name; the rest are counted. */
  static final int TAIL = 60;
  /** Other targets named in a row's last cell. */
  private static final int OTHERS = 4;

  private HtmlStances() {}

  static void section(FramingReport r, List<ActorFrame> top, StringBuilder o) {
    Set<String> ids = new HashSet<>();
    top.forEach(a -> ids.add(a.id()));
    List<StanceCell> cells = r.stanceTable().stream().filter(c -> ids.contains(c.actor())).toList();
    o.append("<section id=\"stances\">\n<h2>Stances</h2>\n");
    if (cells.isEmpty() && r.stanceTail().isEmpty()) {
      o.append("<p class=\"empty\">No stances.</p>\n</section>\n");
      return;
    }
    Map<String, int[]> totals = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (StanceCell c : cells) {
      totals.computeIfAbsent(c.target(), k -> new int[1])[0] += c.forCount() + c.against();
      labels.putIfAbsent(c.target(), c.targetLabel());
    }
    List<String> columns = totals.keySet().stream()
        .sorted(Comparator.comparingInt((String t) -> -totals.get(t)[0]).thenComparing(t -> t))
        .limit(COLUMNS).toList();
    if (!cells.isEmpty()) {
      table(top, cells, columns, labels, totals.size(), o);
    }
    tail(r, o);
    o.append("</section>\n");
  }

  private static void table(List<ActorFrame> top, List<StanceCell> cells, List<String> columns,
      Map<String, String> labels, int targets, StringBuilder o) {
    o.append("<p class=\"note\">The top actors against the ").append(columns.size()).append(" most argued-over of ")
        .append(targets).append(" actor, theme and concept targets; a row's other targets are in its last cell.")
        .append(" Evidence is in each actor's section.</p>\n<div class=\"card scroll bounded\"><table class=\"stance-table\">\n<tr><th>Actor</th>");
    columns.forEach(t -> o.append("<th class=\"c\">").append(html(labels.get(t))).append("</th>"));
    o.append("<th>Other targets</th></tr>\n");
    Map<String, Map<String, StanceCell>> byActor = new LinkedHashMap<>();
    for (StanceCell c : cells) {
      byActor.computeIfAbsent(c.actor(), k -> new TreeMap<>()).put(c.target(), c);
    }
    for (ActorFrame a : top) {
      Map<String, StanceCell> row = byActor.get(a.id());
      if (row == null) {
        continue;
      }
      o.append("<tr><td><a href=\"#").append(Svg.anchor(a.id())).append("\">").append(html(a.name())).append("</a></td>");
      for (String t : columns) {
        o.append("<td class=\"c\">");
        StanceCell c = row.get(t);
        if (c != null) {
          pills("", c.forCount(), c.against(), o);
        }
        o.append("</td>");
      }
      List<StanceCell> others = new ArrayList<>(row.values().stream().filter(c -> !columns.contains(c.target())).toList());
      others.sort(Comparator.comparingInt((StanceCell c) -> -(c.forCount() + c.against())).thenComparing(StanceCell::target));
      o.append("<td class=\"others\">");
      for (StanceCell c : others.subList(0, Math.min(OTHERS, others.size()))) {
        o.append("<span>").append(html(Svg.clip(c.targetLabel(), 28)));
        if (c.forCount() > 0) {
          o.append(" <b class=\"f\">+").append(c.forCount()).append("</b>");
        }
        if (c.against() > 0) {
          o.append(" <b class=\"a\">−").append(c.against()).append("</b>");
        }
        o.append("</span>");
      }
      if (others.size() > OTHERS) {
        o.append(" <span class=\"badge\">+").append(others.size() - OTHERS).append(" more</span>");
      }
      o.append("</td></tr>\n");
    }
    o.append("</table></div>\n");
  }

  /** Free-text targets over all actors, by how often they were argued about, folded until clicked. */
  private static void tail(FramingReport r, StringBuilder o) {
    if (r.stanceTail().isEmpty()) {
      return;
    }
    Map<String, int[]> byLabel = new TreeMap<>();
    for (StanceCell c : r.stanceTail()) {
      int[] n = byLabel.computeIfAbsent(c.targetLabel(), k -> new int[2]);
      n[0] += c.forCount();
      n[1] += c.against();
    }
    List<Map.Entry<String, int[]>> sorted = new ArrayList<>(byLabel.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
        .thenComparing(Map.Entry::getKey));
    o.append("<details class=\"more\"><summary>Other targets, as written: ")
        .append(sorted.size()).append(" free-text targets that are no known actor, theme or concept")
        .append(sorted.size() > TAIL ? "; the " + TAIL + " most frequent" : "").append("</summary>\n<ul class=\"tail\">");
    for (Map.Entry<String, int[]> e : sorted.subList(0, Math.min(TAIL, sorted.size()))) {
      o.append("<li>").append(html(Svg.clip(e.getKey(), 60)));
      pills("", e.getValue()[0], e.getValue()[1], o);
      o.append("</li>");
    }
    o.append("</ul>\n</details>\n");
  }

  static void pills(String label, int forCount, int against, StringBuilder o) {
    String prefix = label.isEmpty() ? "" : html(label) + " ";
    if (forCount > 0) {
      o.append("<span class=\"pill for\">").append(prefix).append("for ").append(forCount).append("</span>");
    }
    if (against > 0) {
      o.append("<span class=\"pill against\">").append(prefix).append("against ").append(against).append("</span>");
    }
  }
}
