package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.analysis.AnalysisJsonl;
import org.framelens.network.NetworkView;
import org.framelens.report.CsvTable;
import org.framelens.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code framelens report}: renders saved analyze output as a framing report; runs no NLP. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Per-actor framing report (quotes, themes, stances, sides) from saved analyze JSONL output.",
        "Documents stream into a bounded aggregate, so memory grows with actors and targets, not documents."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:report written",
        "1:the report could not be written",
        "2:bad options",
        "3:an input file is missing or unreadable (nothing written)",
        "4:no line could be read (nothing written)",
        "5:report written, but some lines were skipped (see stderr)",
        "7:the --actors registry is invalid or unreadable (nothing written)"})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ANALYSIS",
      description = "analyze output, one document per line: .jsonl files, folders of them (searched recursively), or - for standard input")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md", converter = FormatName.class,
      description = "md, html, json, csv, or the discourse network as graphml or gexf (default: ${DEFAULT-VALUE})")
  ReportFormat format = ReportFormat.MD;

  @Option(names = "--csv-table", paramLabel = "TABLE", converter = TableName.class,
      description = "with --format csv: long (default), themes, stances, quotes, actors, timeline or targets")
  CsvTable csvTable;

  @Option(names = "--network", paramLabel = "VIEW", converter = ViewName.class,
      description = "with --format graphml or gexf: two-mode (actors and targets, the default), congruence or conflict")
  NetworkView network;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write here, atomically, instead of standard output")
  Path output;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "lines parsed in parallel (default: the number of cores, ${DEFAULT-VALUE}); never changes the output")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  ReportOptionsMixin reportOptions = new ReportOptionsMixin();

  @Mixin
  ActorsOption actors = new ActorsOption();

  /** Standard input for "-", so {@code analyze ... | framelens report -} works; tests set their own. */
  InputStream stdin = System.in;

  private static final Path STDIN = Path.of("-");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    org.framelens.actor.ActorRegistry registry;
    try {
      registry = actors.registry();
    } catch (org.framelens.FramelensException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID_ACTORS;
    }
    if (csvTable != null && format != ReportFormat.CSV) {
      throw new ParameterException(spec.commandLine(), "--csv-table needs --format csv");
    }
    if (network != null && !format.isNetwork()) {
      throw new ParameterException(spec.commandLine(), "--network needs --format graphml or gexf");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ReportOptions options = reportOptions.options(spec);
    List<Path> files = new ArrayList<>();
    boolean missing = false;
    for (Path p : inputs) {
      if (p.equals(STDIN)) {
        files.add(STDIN);
        continue;
      }
      try {
        List<Path> found = files(p);
        if (found.isEmpty()) {
          err.println(p + (Files.isDirectory(p) ? ": no .jsonl file in this folder" : ": no such readable file"));
          missing = true;
        }
        files.addAll(found);
      } catch (IOException e) {
        err.println(p + ": " + e.getMessage());
        missing = true;
      }
    }
    if (missing) {
      err.flush();
      return ExitCodes.MISSING_INPUT;
    }
    CorpusAggregate aggregate = CorpusAggregate.empty(options);
    long[] read = {0, 0}; // analyses, skipped lines
    AnalysisJsonl.Sink sink = new AnalysisJsonl.Sink() {
      @Override
      public void analysis(DocumentAnalysis analysis) {
        read[0]++;
        aggregate.add(analysis);
      }

      @Override
      public void problem(AnalysisJsonl.Problem problem) {
        read[1]++;
        err.println(problem);
      }
    };
    for (Path p : files) {
      try {
        if (p.equals(STDIN)) {
          // a strict decoder, as for files: invalid UTF-8 is reported, never replaced
          AnalysisJsonl.walk(STDIN, new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8.newDecoder())),
              threads, sink);
        } else {
          AnalysisJsonl.walk(p, threads, sink);
        }
      } catch (IOException e) {
        err.println(p + ": " + e.getMessage());
        err.flush();
        return ExitCodes.MISSING_INPUT;
      }
    }
    if (read[0] == 0) {
      err.println("no analysis could be read from " + files.size() + (files.size() == 1 ? " file" : " files"));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    int written = ReportOutput.write(aggregate, registry, ReportOutput.renderer(format, csvTable, network), output,
        spec.commandLine().getOut(), err);
    if (written != 0) {
      return ExitCodes.FAILED;
    }
    err.flush();
    return read[1] > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  /** A readable file as itself; a folder as its .jsonl files, recursively, in path order; otherwise none. */
  static List<Path> files(Path p) throws IOException {
    if (Files.isRegularFile(p) && Files.isReadable(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".jsonl")).sorted()
          .toList();
    }
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
            "expected long, themes, stances, quotes, actors, timeline or targets but was '" + value + "'");
      }
    }
  }
}
