package org.framelens.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.network.DiscourseNetwork.ActorNode;
import org.framelens.network.DiscourseNetwork.TargetNode;
import org.framelens.network.DiscourseNetwork.Tie;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/** Which graph of a discourse network to export or draw. */
public enum NetworkView {
  /** Actors and targets; an edge per tie, weighted by for plus against, both counts as attributes. */
  TWO_MODE,
  /** Actors only; weighted by the targets and sides two actors share. */
  CONGRUENCE,
  /** Actors only; weighted by the targets two actors take opposite sides on. */
  CONFLICT;

  static final String ACTOR_PREFIX = "actor:";
  static final String TARGET_PREFIX = "target:";

  /** Accepts {@code two-mode}, {@code congruence}, {@code conflict} in any case. */
  public static NetworkView parse(String name) {
    return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The graph with insertion-ordered vertices and edges (sorted ids), so exports are byte-stable.
   * In the two-mode graph vertex ids carry an {@code actor:} or {@code target:} prefix, since an
   * actor can also be a target.
   */
  public AttributedGraph graph(DiscourseNetwork network) {
    Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
        .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true)
        .edgeClass(DefaultWeightedEdge.class).buildGraph();
    AttributedGraph out = new AttributedGraph(g, new LinkedHashMap<>(), new LinkedHashMap<>());
    boolean twoMode = this == TWO_MODE;
    for (ActorNode a : network.actors()) {
      String id = twoMode ? ACTOR_PREFIX + a.id() : a.id();
      g.addVertex(id);
      out.vertexAttributes().put(id, AttributedGraph.actorAttributes(a));
    }
    if (twoMode) {
      for (TargetNode t : network.targets()) {
        String id = TARGET_PREFIX + t.id();
        g.addVertex(id);
        out.vertexAttributes().put(id, AttributedGraph.targetAttributes(t));
      }
      for (Tie t : network.ties()) {
        DefaultWeightedEdge e = g.addEdge(ACTOR_PREFIX + t.actor(), TARGET_PREFIX + t.target());
        g.setEdgeWeight(e, t.weight());
        out.edgeAttributes().put(e, AttributedGraph.tieAttributes(t));
      }
      return out;
    }
    List<Projection.Link> links = (this == CONGRUENCE ? Projection.CONGRUENCE : Projection.CONFLICT).links(network);
    for (Projection.Link l : links) {
      DefaultWeightedEdge e = g.addEdge(l.a(), l.b());
      g.setEdgeWeight(e, l.weight());
      out.edgeAttributes().put(e, Map.of());
    }
    return out;
  }
}
