package org.framelens.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import org.framelens.corpus.Json;

/** The report tree as indented JSON, {@code \n} line ends on every platform. */
final class JsonRenderer implements Renderer {

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    WRITER = Json.mapper().writer(printer);
  }

  @Override
  public void render(FramingReport report, Writer out) throws IOException {
    WRITER.writeValue(out, report);
    out.write("\n");
  }
}
