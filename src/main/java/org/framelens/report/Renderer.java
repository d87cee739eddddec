package org.framelens.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Implementations are stateless and thread-safe, and give the same
 * bytes for the same report: sorted input, no clock, numbers formatted with {@code Locale.ROOT}.
 * They do not close the writer.
 */
public interface Renderer {

  void render(FramingReport report, Writer out) throws IOException;
}
