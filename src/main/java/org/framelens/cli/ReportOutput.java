package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.corpus.AtomicOutput;
import org.framelens.network.NetworkView;
import org.framelens.report.CsvTable;
import org.framelens.report.FramingReport;
import org.framelens.report.Renderer;
import org.framelens.report.ReportFormat;

/** Renders the report of an aggregate to standard output or, atomically, to a file: shared by analyze and report. */
final class ReportOutput {

  private ReportOutput() {}

  static Renderer renderer(ReportFormat format, CsvTable csvTable, NetworkView network) {
    if (format.isNetwork() && network != null) {
      return format.renderer(network);
    }
    return format == ReportFormat.CSV && csvTable != null ? csvTable.renderer() : format.renderer();
  }

  /** Returns 0, or {@link ExitCodes#FAILED} after saying why on stderr; a file is never left half-written. */
  static int write(CorpusAggregate aggregate, ActorRegistry registry, Renderer renderer, Path output,
      PrintWriter out, PrintWriter err) {
    FramingReport report = aggregate.report(registry);
    try {
      if (output == null) {
        renderer.render(report, out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("write error");
        }
      } else {
        AtomicOutput.write(output, w -> renderer.render(report, w));
      }
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println((output == null ? "stdout" : output.toString()) + ": " + e.getMessage());
      err.flush();
      return ExitCodes.FAILED;
    }
  }
}
