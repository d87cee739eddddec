package org.framelens.report;

import java.util.Locale;

/** The formats a framing report renders to. */
public enum ReportFormat {
  /** Markdown, for reading in a terminal or on a forge. */
  MD("md"),
  /** One self-contained HTML page with inline CSS and SVG charts. */
  HTML("html"),
  /** The report tree, {@code "schemaVersion": 1}. */
  JSON("json"),
  /** RFC 4180 CSV; the long table unless a {@link CsvTable} is chosen. */
  CSV("csv");

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
    };
  }

  /** Accepts {@code md}, {@code html}, ... in any case. */
  public static ReportFormat parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
