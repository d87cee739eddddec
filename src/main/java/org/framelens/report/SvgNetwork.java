package org.framelens.report;

import static org.framelens.report.Svg.f;
import static org.framelens.report.Text.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.network.AttributedGraph;
import org.framelens.network.DiscourseNetwork;
import org.framelens.network.NetworkLayout;
import org.framelens.network.NetworkView;
import org.framelens.network.Projection;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The congruence network of the top actors as SVG: two actors are linked when they take the same
 * side on the same target, the line as thick as the number of such targets. Laid out in Java
 * (seeded Fruchterman-Reingold), so the page needs no script to draw it and is the same every run.
 */
final class SvgNetwork {

  private static final int WIDTH = 960;
  private static final int HEIGHT = 560;
  private static final int MARGIN = 70;

  private SvgNetwork() {}

  static void section(FramingReport r, List<FramingReport.ActorFrame> top, StringBuilder o) {
    Set<String> ids = new LinkedHashSet<>();
    top.forEach(a -> ids.add(a.id()));
    DiscourseNetwork network = ReportNetwork.of(r).restrictedTo(ids);
    AttributedGraph g = NetworkView.CONGRUENCE.graph(network);
    Graph<String, DefaultWeightedEdge> full = g.graph();
    Set<String> linked = new LinkedHashSet<>();
    full.vertexSet().stream().filter(v -> full.degreeOf(v) > 0).forEach(linked::add);
    o.append("<section id=\"network\">\n<h2>Who stands together</h2>\n<p class=\"note\">The top actors linked when")
        .append(" they take the same side on the same target; the thicker the line, the more targets they share.")
        .append(" Dashed red lines: one is for what the other is against.");
    if (linked.isEmpty()) {
      o.append("</p>\n<p class=\"empty\">No two top actors take the same side on a target.</p>\n</section>\n");
      return;
    }
    int apart = top.size() - linked.size();
    if (apart > 0) {
      o.append(' ').append(apart).append(apart == 1 ? " top actor shares" : " top actors share")
          .append(" no side with another and is left out.");
    }
    o.append(" The full two-mode network and its projections: <code>--format graphml</code> or <code>gexf</code>.</p>\n");
    Graph<String, DefaultWeightedEdge> graph = new AsSubgraph<>(full, linked);
    Map<String, double[]> at = NetworkLayout.layout(graph, WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN);
    double maxWeight = graph.edgeSet().stream().mapToDouble(graph::getEdgeWeight).max().orElse(1);
    int maxQuotes = top.stream().mapToInt(FramingReport.ActorFrame::quoteCount).max().orElse(1);
    o.append("<div class=\"card scroll\">");
    Svg.open(o, WIDTH, HEIGHT, "congruence network of the top actors");
    o.append("\n<g class=\"edges\" stroke=\"#7f9cc9\" stroke-linecap=\"round\">");
    for (DefaultWeightedEdge e : graph.edgeSet()) {
      double[] a = at.get(graph.getEdgeSource(e));
      double[] b = at.get(graph.getEdgeTarget(e));
      double w = graph.getEdgeWeight(e);
      o.append("<line x1=\"").append(f(a[0] + MARGIN)).append("\" y1=\"").append(f(a[1] + MARGIN))
          .append("\" x2=\"").append(f(b[0] + MARGIN)).append("\" y2=\"").append(f(b[1] + MARGIN))
          .append("\" stroke-width=\"").append(f(1 + 5 * w / maxWeight)).append("\" stroke-opacity=\"0.55\"><title>")
          .append(html(name(network, graph.getEdgeSource(e)))).append(" and ")
          .append(html(name(network, graph.getEdgeTarget(e)))).append(": ").append(Text.number(w))
          .append(w == 1 ? " shared side" : " shared sides").append("</title></line>");
    }
    o.append("</g>\n");
    conflicts(network, at, o);
    o.append("<g class=\"nodes\">");
    for (String v : graph.vertexSet()) {
      double[] p = at.get(v);
      DiscourseNetwork.ActorNode node = network.actor(v).orElseThrow();
      double radius = 5 + 13 * Math.sqrt((double) Math.max(node.quotes(), 0) / Math.max(maxQuotes, 1));
      double x = p[0] + MARGIN;
      double y = p[1] + MARGIN;
      o.append("<a href=\"#").append(Svg.anchor(v)).append("\"><circle cx=\"").append(f(x)).append("\" cy=\"")
          .append(f(y)).append("\" r=\"").append(f(radius)).append("\" fill=\"").append(typeColour(node.type()))
          .append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>").append(html(node.name())).append(" · ")
          .append(node.quotes()).append(node.quotes() == 1 ? " quote" : " quotes").append("</title></circle>")
          .append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y - radius - 4))
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2330\">")
          .append(html(Svg.clip(node.name(), 24))).append("</text></a>");
    }
    o.append("</g>\n");
    legend(o);
    o.append("</svg></div>\n</section>\n");
  }

  /**
   * Conflict among the drawn actors as thin dashed red lines over the same layout: allies sit
   * together, and the lines across show who argues with whom.
   */
  private static void conflicts(DiscourseNetwork network, Map<String, double[]> at, StringBuilder o) {
    List<Projection.Link> links = Projection.CONFLICT.links(network).stream()
        .filter(l -> at.containsKey(l.a()) && at.containsKey(l.b())).toList();
    if (links.isEmpty()) {
      return;
    }
    o.append("<g class=\"conflicts\" stroke=\"").append(Svg.AGAINST).append("\" stroke-dasharray=\"4 5\" stroke-opacity=\"0.3\">");
    for (Projection.Link l : links) {
      double[] a = at.get(l.a());
      double[] b = at.get(l.b());
      o.append("<line x1=\"").append(f(a[0] + MARGIN)).append("\" y1=\"").append(f(a[1] + MARGIN))
          .append("\" x2=\"").append(f(b[0] + MARGIN)).append("\" y2=\"").append(f(b[1] + MARGIN))
          .append("\" stroke-width=\"1\"><title>").append(html(name(network, l.a()))).append(" against ")
          .append(html(name(network, l.b()))).append(" on ").append(l.weight()).append(l.weight() == 1 ? " target" : " targets")
          .append("</title></line>");
    }
    o.append("</g>\n");
  }

  private static void legend(StringBuilder o) {
    String[] types = {"person", "organization", "state", "unnamed"};
    for (int i = 0; i < types.length; i++) {
      int x = 16 + i * 130;
      o.append("<circle cx=\"").append(x).append("\" cy=\"").append(HEIGHT - 16).append("\" r=\"6\" fill=\"")
          .append(typeColour(types[i])).append("\"/><text x=\"").append(x + 10).append("\" y=\"").append(HEIGHT - 12)
          .append("\" font-size=\"12\" fill=\"#5d6677\">").append(types[i])
          .append("</text>");
    }
  }

  private static String name(DiscourseNetwork n, String id) {
    return n.actor(id).map(DiscourseNetwork.ActorNode::name).orElse(id);
  }

  static String typeColour(String type) {
    return switch (type.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> "#2f5ea8";
      case "ORGANIZATION" -> "#f28e2b";
      case "STATE" -> "#59a14f";
      default -> "#9c755f";
    };
  }
}
