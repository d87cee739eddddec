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

/** The report's stance cells as a discourse network, with actor attributes from the report. */
final class ReportNetwork {

  private ReportNetwork() {}

  static DiscourseNetwork of(FramingReport report) {
    Map<String, ActorFrame> frames = new TreeMap<>();
    report.actors().forEach(a -> frames.put(a.id(), a));
    Map<String, ActorNode> actors = new TreeMap<>();
    Map<String, TargetNode> targets = new TreeMap<>();
    List<Tie> ties = new ArrayList<>();
    for (StanceCell c : report.stanceTable()) {
      if (c.forCount() + c.against() == 0) {
        continue;
      }
      ActorFrame f = frames.get(c.actor());
      actors.computeIfAbsent(c.actor(), id -> f == null
          ? new ActorNode(id, c.actorName(), "unknown", "", 0)
          : new ActorNode(id, f.name(), f.type(), f.affiliation().orElse(""), f.quoteCount()));
      targets.putIfAbsent(c.target(), new TargetNode(c.target(), c.targetLabel()));
      ties.add(new Tie(c.actor(), c.target(), c.forCount(), c.against()));
    }
    return new DiscourseNetwork(List.copyOf(actors.values()), List.copyOf(targets.values()), ties);
  }
}
