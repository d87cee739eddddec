package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceRow;
import org.framelens.report.FramingReport.Tally;
import org.framelens.report.FramingReport.ThemeScore;

/**
 * One table as RFC 4180 CSV: a header row, CRLF line ends, fields quoted only when they hold a
 * comma, a quote or a line break. Lists inside a field are joined with {@code ;}.
 */
final class CsvRenderer implements Renderer {

  private final CsvTable table;

  CsvRenderer(CsvTable table) {
    this.table = table;
  }

  @Override
  public void render(FramingReport report, Writer out) throws IOException {
    Map<String, ActorFrame> actors = new TreeMap<>();
    report.actors().forEach(a -> actors.put(a.id(), a));
    switch (table) {
      case LONG -> longTable(report, actors, out);
      case THEMES -> themes(report, out);
      case STANCES -> stances(report, actors, out);
      case QUOTES -> quotes(report, out);
      case ACTORS -> actors(report, out);
      case TIMELINE -> timeline(report, out);
      case TARGETS -> targets(report, out);
    }
  }

  private static void longTable(FramingReport report, Map<String, ActorFrame> actors, Writer out)
      throws IOException {
    row(out, "period", "actor", "actor_name", "actor_type", "affiliation", "side", "kind", "theme_or_target",
        "polarity", "count", "weight", "documents");
    for (Tally t : report.tallies()) {
      ActorFrame a = actors.get(t.actor());
      row(out, t.period(), t.actor(), a.name(), a.type(), a.affiliation().orElse(""), a.side().orElse(""),
          t.kind(), t.key(), t.polarity(), Integer.toString(t.count()), Text.number(t.weight()),
          Integer.toString(t.documents()));
    }
  }

  private static void themes(FramingReport report, Writer out) throws IOException {
    row(out, "actor", "actor_name", "actor_type", "side", "theme", "hits", "share", "weight", "negated",
        "documents", "document_sample");
    for (ActorFrame a : sortedActors(report)) {
      for (ThemeScore t : a.themes()) {
        row(out, a.id(), a.name(), a.type(), a.side().orElse(""), t.theme(), Integer.toString(t.hits()),
            Text.number(t.share()), Text.number(t.weight()), Integer.toString(t.negated()),
            Integer.toString(t.documentCount()), Text.joined(t.documents()));
      }
    }
  }

  private static void stances(FramingReport report, Map<String, ActorFrame> actors, Writer out)
      throws IOException {
    row(out, "document", "actor", "actor_name", "side", "target", "target_kind", "target_label", "target_actor",
        "target_theme", "target_concept", "polarity", "confidence", "source", "cue", "evidence", "evidence_start",
        "evidence_end");
    for (StanceRow r : report.stances()) {
      var s = r.stance();
      row(out, s.document(), r.actor(), r.actorName(), actors.get(r.actor()).side().orElse(""), s.target(),
          s.targetKind(), s.targetLabel(), s.targetActor().orElse(""), s.targetTheme().orElse(""),
          s.targetConcept().orElse(""), s.polarity(), Text.number(s.confidence()), s.source(), s.cue(),
          s.evidence(), Integer.toString(s.evidenceStart()), Integer.toString(s.evidenceEnd()));
    }
  }

  private static void targets(FramingReport report, Writer out) throws IOException {
    row(out, "actor", "actor_name", "target", "target_kind", "target_label", "for", "against", "documents",
        "document_sample");
    List<StanceCell> cells = new ArrayList<>(report.stanceTable());
    cells.addAll(report.stanceTail());
    cells.sort((x, y) -> x.actor().equals(y.actor()) ? x.target().compareTo(y.target())
        : x.actor().compareTo(y.actor()));
    for (StanceCell c : cells) {
      row(out, c.actor(), c.actorName(), c.target(), c.kind(), c.targetLabel(), Integer.toString(c.forCount()),
          Integer.toString(c.against()), Integer.toString(c.documentCount()), Text.joined(c.documents()));
    }
  }

  private static void quotes(FramingReport report, Writer out) throws IOException {
    row(out, "document", "actor", "actor_name", "side", "start", "end", "speakers", "themes", "confidence",
        "text");
    for (ActorFrame a : sortedActors(report)) {
      for (QuoteEntry q : a.quotes()) {
        row(out, q.document(), a.id(), a.name(), a.side().orElse(""), Integer.toString(q.start()),
            Integer.toString(q.end()), Text.joined(q.speakers()), Text.joined(q.themes()),
            Text.number(q.confidence()), q.text());
      }
    }
  }

  private static void actors(FramingReport report, Writer out) throws IOException {
    row(out, "actor", "actor_name", "actor_type", "role", "affiliation", "side", "documents", "quotes",
        "theme_hits", "stances", "detailed");
    for (ActorFrame a : sortedActors(report)) {
      row(out, a.id(), a.name(), a.type(), a.role().orElse(""), a.affiliation().orElse(""),
          a.side().orElse(""), Integer.toString(a.documentCount()), Integer.toString(a.quoteCount()),
          Integer.toString(a.themeHits()), Integer.toString(a.stanceCount()), Boolean.toString(a.detailed()));
    }
  }

  private static void timeline(FramingReport report, Writer out) throws IOException {
    row(out, "period", "theme", "hits", "documents", "document_sample");
    for (PeriodTheme m : report.timeline()) {
      row(out, m.period(), m.theme(), Integer.toString(m.hits()), Integer.toString(m.documentCount()),
          Text.joined(m.documents()));
    }
  }

  private static List<ActorFrame> sortedActors(FramingReport report) {
    List<ActorFrame> sorted = new ArrayList<>(report.actors());
    sorted.sort((x, y) -> x.id().compareTo(y.id()));
    return sorted;
  }

  private static void row(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(Text.csv(fields[i]));
    }
    out.write("\r\n");
  }
}
