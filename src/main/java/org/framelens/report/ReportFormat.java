package org.framelens.report;

import java.util.Locale;
import org.framelens.network.NetworkView;

/** The formats a framing report renders to. */
public enum ReportFormat {
  /** Markdown, for reading in a terminal or on a forge. */
  MD("md"),
  /** One self-contained HTML page with inline CSS and SVG charts. */
  HTML("html"),
  /** The report tree, {@code "schemaVersion": 1}. */
  JSON("json"),
  /** RFC 4180 CSV; the long table unless a {@link CsvTable} is chosen. */
  CSV("csv"),
  /** The discourse network (two-mode unless a {@link NetworkView} is chosen) as GraphML. */
  GRAPHML("graphml"),
  /** The same network as GEXF, Gephi's own format. */
  GEXF("gexf");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public Renderer renderer() {
    return switch (this) {
      case MD -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer();
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer(CsvTable.LONG);
      case GRAPHML, GEXF -> renderer(NetworkView.TWO_MODE);
    };
  }

  /** For GraphML and GEXF: the chosen view of the network; other formats ignore it. */
  public Renderer renderer(NetworkView view) {
    return switch (this) {
      case GRAPHML -> new GraphRenderer(false, view);
      case GEXF -> new GraphRenderer(true, view);
      default -> renderer();
    };
  }

  /** GraphML and GEXF draw the network; the others render the whole report. */
  public boolean isNetwork() {
    return this == GRAPHML || this == GEXF;
  }

  /** Accepts {@code md}, {@code html}, ... in any case. */
  public static ReportFormat parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
