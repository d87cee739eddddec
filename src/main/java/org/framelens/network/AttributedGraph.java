package org.framelens.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.framelens.network.DiscourseNetwork.ActorNode;
import org.framelens.network.DiscourseNetwork.TargetNode;
import org.framelens.network.DiscourseNetwork.Tie;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/** A JGraphT graph with the node and edge attributes the exports write. */
public record AttributedGraph(Graph<String, DefaultWeightedEdge> graph,
    Map<String, Map<String, Attribute>> vertexAttributes,
    Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttributes) {

  /**
   * Node attributes every export declares, in this order; targets leave actor ones empty, and
   * their {@code type} is their kind (actor, theme, concept or text).
   */
  static final String LABEL = "label";
  static final String MODE = "mode";
  static final String TYPE = "type";
  static final String AFFILIATION = "affiliation";
  static final String QUOTES = "quotes";
  /** Edge attributes of the two-mode graph. */
  static final String WEIGHT = "weight";
  static final String FOR = "for";
  static final String AGAINST = "against";

  static Map<String, Attribute> actorAttributes(ActorNode a) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put(LABEL, DefaultAttribute.createAttribute(a.name()));
    m.put(MODE, DefaultAttribute.createAttribute("actor"));
    m.put(TYPE, DefaultAttribute.createAttribute(a.type()));
    m.put(AFFILIATION, DefaultAttribute.createAttribute(a.affiliation()));
    m.put(QUOTES, DefaultAttribute.createAttribute(a.quotes()));
    return m;
  }

  static Map<String, Attribute> targetAttributes(TargetNode t) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put(LABEL, DefaultAttribute.createAttribute(t.label()));
    m.put(MODE, DefaultAttribute.createAttribute("target"));
    m.put(TYPE, DefaultAttribute.createAttribute(t.kind()));
    m.put(AFFILIATION, DefaultAttribute.createAttribute(""));
    m.put(QUOTES, DefaultAttribute.createAttribute(0));
    return m;
  }

  static Map<String, Attribute> tieAttributes(Tie t) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put(FOR, DefaultAttribute.createAttribute(t.forCount()));
    m.put(AGAINST, DefaultAttribute.createAttribute(t.against()));
    return m;
  }
}
