package org.framelens.network;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Positions for drawing a graph: JGraphT's Fruchterman-Reingold with a fixed seed over vertices
 * added in sorted order, so the same network is drawn the same way on every run and machine
 * (Java's floating point is strict since 17). Vertices without edges are set apart in a row
 * along the bottom, where the force layout would scatter them at random.
 */
public final class NetworkLayout {

  private static final long SEED = 20_240_501L;
  private static final int ITERATIONS = 300;

  private NetworkLayout() {}

  /** Positions inside [0, width] x [0, height], in the graph's vertex order. */
  public static Map<String, double[]> layout(Graph<String, DefaultWeightedEdge> graph, double width, double height) {
    List<String> connected = graph.vertexSet().stream().filter(v -> graph.degreeOf(v) > 0).toList();
    List<String> alone = graph.vertexSet().stream().filter(v -> graph.degreeOf(v) == 0).toList();
    double rowHeight = alone.isEmpty() ? 0 : Math.min(60, height * 0.2);
    Map<String, double[]> out = new LinkedHashMap<>();
    if (!connected.isEmpty()) {
      Graph<String, DefaultWeightedEdge> core = new AsSubgraph<>(graph, new LinkedHashSet<>(connected));
      MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(width, height - rowHeight));
      new FRLayoutAlgorithm2D<String, DefaultWeightedEdge>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
          new Random(SEED)).layout(core, model);
      fit(connected, model, width, height - rowHeight, out);
    }
    for (int i = 0; i < alone.size(); i++) {
      double x = width * (i + 0.5) / alone.size();
      out.put(alone.get(i), new double[] {x, height - rowHeight / 2});
    }
    Map<String, double[]> ordered = new LinkedHashMap<>();
    graph.vertexSet().forEach(v -> ordered.put(v, out.get(v)));
    return ordered;
  }

  /** Stretches the layout to fill the box: the algorithm leaves wide margins. */
  private static void fit(List<String> vertices, MapLayoutModel2D<String> model, double width, double height,
      Map<String, double[]> out) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (String v : vertices) {
      Point2D p = model.get(v);
      minX = Math.min(minX, p.getX());
      maxX = Math.max(maxX, p.getX());
      minY = Math.min(minY, p.getY());
      maxY = Math.max(maxY, p.getY());
    }
    double spanX = Math.max(maxX - minX, 1e-9);
    double spanY = Math.max(maxY - minY, 1e-9);
    for (String v : vertices) {
      Point2D p = model.get(v);
      double x = vertices.size() == 1 ? width / 2 : (p.getX() - minX) / spanX * width;
      double y = vertices.size() == 1 ? height / 2 : (p.getY() - minY) / spanY * height;
      out.put(v, new double[] {x, y});
    }
  }
}
