package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.AnalysisJsonl;
import org.framelens.corpus.AtomicOutput;
import org.framelens.network.NetworkView;
import org.framelens.report.CsvTable;
import org.framelens.report.FramingReport;
import org.framelens.report.Renderer;
import org.framelens.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code framelens report}: renders saved analyze output as a framing report; runs no NLP. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Per-actor framing report (quotes, themes, stances, sides) from saved analyze JSONL output.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:report written",
        "1:the report could not be written",
        "2:bad options",
        "3:an input file is missing or unreadable (nothing written)",
        "4:no line could be read (nothing written)",
        "5:report written, but some lines were skipped (see stderr)"})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ANALYSIS.jsonl", description = "analyze output, one document per line")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md", converter = FormatName.class,
      description = "md, html, json, csv, or the discourse network as graphml or gexf (default: ${DEFAULT-VALUE})")
  ReportFormat format = ReportFormat.MD;

  @Option(names = "--csv-table", paramLabel = "TABLE", converter = TableName.class,
      description = "with --format csv: long (default), themes, stances, quotes, actors or timeline")
  CsvTable csvTable;

  @Option(names = "--network", paramLabel = "VIEW", converter = ViewName.class,
      description = "with --format graphml or gexf: two-mode (actors and targets, the default), congruence or conflict")
  NetworkView network;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write here, atomically, instead of standard output")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (csvTable != null && format != ReportFormat.CSV) {
      err.println("--csv-table needs --format csv");
      err.flush();
      return ExitCodes.USAGE;
    }
    if (network != null && !format.isNetwork()) {
      err.println("--network needs --format graphml or gexf");
      err.flush();
      return ExitCodes.USAGE;
    }
    boolean missing = false;
    for (Path p : inputs) {
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        err.println(p + ": no such readable file");
        missing = true;
      }
    }
    if (missing) {
      err.flush();
      return ExitCodes.MISSING_INPUT;
    }
    List<DocumentAnalysis> analyses = new ArrayList<>();
    int skipped = 0;
    for (Path p : inputs) {
      try {
        AnalysisJsonl.Result read = AnalysisJsonl.read(p);
        analyses.addAll(read.analyses());
        read.problems().forEach(err::println);
        skipped += read.problems().size();
      } catch (IOException e) {
        err.println(p + ": " + e.getMessage());
        err.flush();
        return ExitCodes.MISSING_INPUT;
      }
    }
    if (analyses.isEmpty()) {
      err.println("no analysis could be read from " + inputs.size() + (inputs.size() == 1 ? " file" : " files"));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    int written = ReportOutput.write(analyses, ReportOutput.renderer(format, csvTable, network), output,
        spec.commandLine().getOut(), err);
    if (written != 0) {
      return ExitCodes.FAILED;
    }
    err.flush();
    return skipped > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  /** Format names in any case, whatever the enclosing CommandLine's enum setting. */
  static final class FormatName implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected md, html, json, csv, graphml or gexf but was '" + value + "'");
      }
    }
  }

  static final class ViewName implements ITypeConverter<NetworkView> {
    @Override
    public NetworkView convert(String value) {
      try {
        return NetworkView.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected two-mode, congruence or conflict but was '" + value + "'");
      }
    }
  }

  static final class TableName implements ITypeConverter<CsvTable> {
    @Override
    public CsvTable convert(String value) {
      try {
        return CsvTable.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "expected long, themes, stances, quotes, actors or timeline but was '" + value + "'");
      }
    }
  }
}
