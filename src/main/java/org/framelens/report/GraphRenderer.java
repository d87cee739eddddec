package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import org.framelens.network.AttributedGraph;
import org.framelens.network.NetworkExport;
import org.framelens.network.NetworkView;

/** The report's discourse network as GraphML or GEXF: one view (two-mode or a projection) per file. */
final class GraphRenderer implements Renderer {

  private final boolean gexf;
  private final NetworkView view;

  GraphRenderer(boolean gexf, NetworkView view) {
    this.gexf = gexf;
    this.view = view;
  }

  @Override
  public void render(FramingReport report, Writer out) throws IOException {
    AttributedGraph g = view.graph(ReportNetwork.of(report));
    if (gexf) {
      NetworkExport.gexf(g, out);
    } else {
      NetworkExport.graphml(g, out);
    }
  }
}
