package org.framelens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.network.DiscourseNetwork;
import org.framelens.network.DiscourseNetwork.ActorNode;
import org.framelens.network.DiscourseNetwork.TargetNode;
import org.framelens.network.DiscourseNetwork.Tie;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.StanceCell;

/**
 * The report's stance cells as a discourse network, with actor attributes from the report: the
 * recognised targets (actors, themes, concepts) and the free-text long tail, each with its kind.
 */
final class ReportNetwork {

  private ReportNetwork() {}

  static DiscourseNetwork of(FramingReport report) {
    Map<String, ActorFrame> frames = new TreeMap<>();
    report.actors().forEach(a -> frames.put(a.id(), a));
    Map<String, ActorNode> actors = new TreeMap<>();
    Map<String, TargetNode> targets = new TreeMap<>();
    List<Tie> ties = new ArrayList<>();
    List<StanceCell> cells = new ArrayList<>(report.stanceTable());
    cells.addAll(report.stanceTail());
    for (StanceCell c : cells) {
      if (c.forCount() + c.against() == 0) {
        continue;
      }
      boolean text = c.kind().equals(TargetNode.TEXT);
      // a phrase as written gets an id of its own, apart from any actor or theme id it spells
      String target = text ? "text:" + c.target() : c.target();
      ActorFrame f = frames.get(c.actor());
      actors.computeIfAbsent(c.actor(), id -> f == null
          ? new ActorNode(id, c.actorName(), "unknown", "", 0)
          : new ActorNode(id, f.name(), f.type(), f.affiliation().orElse(""), f.quoteCount()));
      targets.putIfAbsent(target, new TargetNode(target, c.targetLabel(), c.kind()));
      ties.add(new Tie(c.actor(), target, c.forCount(), c.against()));
    }
    return new DiscourseNetwork(List.copyOf(actors.values()), List.copyOf(targets.values()), ties);
  }
}
