package org.framelens.network;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * GraphML and GEXF through JGraphT's exporters, which Gephi, igraph and networkx read. No date or
 * other clock value is written, so the same network gives the same bytes.
 */
public final class NetworkExport {

  private NetworkExport() {}

  public static void graphml(AttributedGraph g, Writer out) throws IOException {
    GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(v -> v);
    // the weight is written as a plain attribute: JGraphT's own weight key leaves out weights equal
    // to its default of 1, and networkx does not fill GraphML defaults in; that key is renamed
    // (and off) so "weight" is ours
    exporter.setExportEdgeWeights(false);
    exporter.setEdgeWeightAttributeName("jgrapht-weight");
    exporter.registerAttribute(AttributedGraph.WEIGHT, GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
    exporter.setExportVertexLabels(true);
    exporter.setVertexLabelAttributeName(AttributedGraph.LABEL);
    exporter.registerAttribute(AttributedGraph.MODE, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.TYPE, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.AFFILIATION, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.QUOTES, GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    exporter.registerAttribute(AttributedGraph.FOR, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    exporter.registerAttribute(AttributedGraph.AGAINST, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    export(g, exporter, out);
  }

  public static void gexf(AttributedGraph g, Writer out) throws IOException {
    GEXFExporter<String, DefaultWeightedEdge> exporter = new GEXFExporter<>(v -> v, new EdgeIds(g));
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
    exporter.registerAttribute(AttributedGraph.MODE, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.TYPE, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.AFFILIATION, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    exporter.registerAttribute(AttributedGraph.QUOTES, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute(AttributedGraph.FOR, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    exporter.registerAttribute(AttributedGraph.AGAINST, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    export(g, exporter, out);
  }

  private static <X extends BaseExporter<String, DefaultWeightedEdge> & GraphExporter<String, DefaultWeightedEdge>>
      void export(AttributedGraph g, X base, Writer out) throws IOException {
    base.setVertexAttributeProvider(v -> g.vertexAttributes().getOrDefault(v, Map.of()));
    base.setEdgeAttributeProvider(e -> {
      Map<String, Attribute> m = new LinkedHashMap<>();
      if (base instanceof GraphMLExporter) {
        m.put(AttributedGraph.WEIGHT, DefaultAttribute.createAttribute(g.graph().getEdgeWeight(e)));
      }
      m.putAll(g.edgeAttributes().getOrDefault(e, Map.of()));
      return m;
    });
    try {
      base.exportGraph(g.graph(), out);
    } catch (ExportException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Edge ids numbered in insertion order, which is sorted order. */
  private static final class EdgeIds implements Function<DefaultWeightedEdge, String> {
    private final Map<DefaultWeightedEdge, String> ids = new HashMap<>();

    EdgeIds(AttributedGraph g) {
      int i = 0;
      for (DefaultWeightedEdge e : g.graph().edgeSet()) {
        ids.put(e, "e" + i++);
      }
    }

    @Override
    public String apply(DefaultWeightedEdge e) {
      return ids.get(e);
    }
  }
}
