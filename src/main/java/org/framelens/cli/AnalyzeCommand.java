package org.framelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.AtomicOutput;
import org.framelens.corpus.CorpusReader;
import org.framelens.corpus.Document;
import org.framelens.corpus.InputProblem;
import org.framelens.corpus.Json;
import org.framelens.corpus.OrderedParallel;
import org.framelens.lexicon.LexiconException;
import org.framelens.network.NetworkView;
import org.framelens.report.CsvTable;
import org.framelens.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens analyze}: quotes, speakers, themes and stances for each input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Finds every quote and its speaker, the rhetorical themes each actor uses and the stances they take.",
        "INPUT is a .txt file (one article), a folder (its .txt files, recursively, in sorted order),",
        "a .jsonl corpus (one {\"id\", \"text\", ...} object per line) or - for one article on standard input",
        "(a JSONL corpus when its first line is a JSON object with a \"text\" string)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every document analysed",
        "1:unexpected failure, or the output could not be written",
        "2:bad options",
        "3:an input is missing or unreadable and nothing could be analysed (no output written)",
        "4:the inputs are bad and nothing could be analysed (no output written)",
        "5:output written, but some documents were skipped (each reported on stderr)",
        "6:a lexicon is invalid or unreadable",
        "7:the --actors registry is invalid or unreadable (nothing written)"})
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "articles to analyse")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", converter = InputFormatName.class,
      description = "auto (the default: by file name, and - by its first line), txt or jsonl; jsonl reads a corpus from standard input with -")
  CorpusReader.InputFormat inputFormat = CorpusReader.InputFormat.AUTO;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one analysis per document, the default), a framing report: md, html, json or csv,"
          + " or the discourse network: graphml or gexf")
  String format = "jsonl";

  @Option(names = "--csv-table", paramLabel = "TABLE", converter = ReportCommand.TableName.class,
      description = "with --format csv: long (default), themes, stances, quotes, actors, timeline or targets")
  CsvTable csvTable;

  @Option(names = "--network", paramLabel = "VIEW", converter = ReportCommand.ViewName.class,
      description = "with --format graphml or gexf: two-mode (actors and targets, the default), congruence or conflict")
  NetworkView network;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write here, atomically (never half-written), instead of standard output")
  Path output;

  @Option(names = "--lexicons", paramLabel = "PATH",
      description = "user lexicon file or folder (framelens YAML, quanteda YAML, LIWC .dic); repeatable; "
          + "a path through a folder named concepts or opinion adds stance concepts or opinion words")
  List<String> lexicons = new ArrayList<>();

  @Option(names = "--replace-lexicons", description = "use only the --lexicons themes, not the shipped ones")
  boolean replaceLexicons;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "documents analysed in parallel (default: the number of cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  ActorsOption actors = new ActorsOption();

  @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
  boolean quiet;

  @Mixin
  ReportOptionsMixin reportOptions = new ReportOptionsMixin();

  /** Standard input for "-"; tests set their own. */
  InputStream stdin = System.in;

  /**
   * How one document is analysed. A seam for tests only: no known input makes the analysis throw,
   * so a test makes one document's analysis fail here to check it is reported and skipped.
   */
  BiFunction<Analyzer, Document, DocumentAnalysis> analysis = Analyzer::analyze;

  private record Outcome(DocumentAnalysis analysis, InputProblem problem) {}

  /** Aborts an atomic write when nothing was analysed, so no empty output file appears. */
  private static final class NothingAnalysed extends RuntimeException {
    NothingAnalysed() {
      super(null, null, false, false);
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = parseFormat();
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ReportOptions options = reportOptions.options(spec);
    if (replaceLexicons && lexicons.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--replace-lexicons needs --lexicons");
    }
    org.framelens.actor.ActorRegistry registry;
    try {
      registry = actors.registry();
    } catch (org.framelens.FramelensException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID_ACTORS;
    }
    Analyzer analyzer;
    try {
      analyzer = Analyzer.forConfig(new AnalyzerConfig(lexicons, replaceLexicons));
    } catch (LexiconException e) {
      e.problems().forEach(err::println);
      err.flush();
      return ExitCodes.INVALID_LEXICON;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID_LEXICON;
    }
    Run run = new Run(analyzer, err, new Progress(err, !quiet && Progress.stderrIsTerminal()),
        reportFormat == null ? null : CorpusAggregate.empty(options));
    try {
      if (reportFormat == null) {
        writeJsonl(run, registry);
      } else {
        run.execute(null);
      }
    } catch (NothingAnalysed e) {
      // reported below
    } catch (IOException e) {
      err.println((output == null ? "stdout" : output.toString()) + ": " + e.getMessage());
      err.flush();
      return ExitCodes.FAILED;
    }
    run.progress.finish();
    if (run.analysed == 0) {
      err.println("nothing analysed: " + run.problems + (run.problems == 1 ? " input" : " inputs") + " skipped");
      err.flush();
      return run.missing > 0 ? ExitCodes.MISSING_INPUT : ExitCodes.BAD_INPUT;
    }
    if (reportFormat != null) {
      int written = ReportOutput.write(run.aggregate, registry, ReportOutput.renderer(reportFormat, csvTable, network),
          output,
          spec.commandLine().getOut(), err);
      if (written != ExitCodes.OK) {
        return written;
      }
    }
    err.flush();
    return run.problems > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private ReportFormat parseFormat() {
    String f = format.toLowerCase(Locale.ROOT);
    if (f.equals("jsonl")) {
      if (csvTable != null) {
        throw new ParameterException(spec.commandLine(), "--csv-table needs --format csv");
      }
      if (network != null) {
        throw new ParameterException(spec.commandLine(), "--network needs --format graphml or gexf");
      }
      return null;
    }
    try {
      ReportFormat r = ReportFormat.parse(f);
      if (csvTable != null && r != ReportFormat.CSV) {
        throw new ParameterException(spec.commandLine(), "--csv-table needs --format csv");
      }
      if (network != null && !r.isNetwork()) {
        throw new ParameterException(spec.commandLine(), "--network needs --format graphml or gexf");
      }
      return r;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--format: expected jsonl, md, html, json, csv, graphml or gexf but was '" + format + "'");
    }
  }

  /** Analyses go to a spool first: actor ids are made corpus-wide once every document is read. */
  private void writeJsonl(Run run, org.framelens.actor.ActorRegistry registry) throws IOException {
    try (CanonicalJsonl canonical = CanonicalJsonl.spool()) {
      run.execute(canonical.writer());
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        canonical.finish(registry, out);
        out.flush();
        return;
      }
      if (run.analysed == 0) {
        throw new NothingAnalysed();
      }
      AtomicOutput.write(output, w -> canonical.finish(registry, w));
    }
  }

  /** One run over the inputs: counts, diagnostics, and either streamed JSONL or analyses folded into an aggregate. */
  private final class Run {
    final Analyzer analyzer;
    final PrintWriter err;
    final Progress progress;
    /** Where a report's documents are folded as they stream; null when writing JSONL. */
    final CorpusAggregate aggregate;
    int analysed;
    int problems;
    int missing;

    Run(Analyzer analyzer, PrintWriter err, Progress progress, CorpusAggregate aggregate) {
      this.analyzer = analyzer;
      this.err = err;
      this.progress = progress;
      this.aggregate = aggregate;
    }

    /** Streams JSONL lines to {@code jsonl}, or folds analyses into the aggregate when it is null. */
    void execute(Writer jsonl) throws IOException {
      CorpusReader reader = new CorpusReader(stdin, inputFormat);
      IOException[] failure = new IOException[1];
      OrderedParallel.map(reader.read(inputs), this::analyse, threads, outcome -> {
        if (failure[0] != null) {
          return;
        }
        if (outcome.problem() != null) {
          problems++;
          if (outcome.problem().missing()) {
            missing++;
          }
          progress.clear();
          err.println(outcome.problem());
          err.flush();
          progress.error();
          return;
        }
        analysed++;
        progress.document(outcome.analysis().tokens());
        if (jsonl == null) {
          aggregate.add(outcome.analysis());
          return;
        }
        try {
          jsonl.write(Json.mapper().writeValueAsString(outcome.analysis()));
          jsonl.write('\n');
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }

    private Outcome analyse(CorpusReader.Item item) {
      if (!item.ok()) {
        return new Outcome(null, item.problem());
      }
      try {
        return new Outcome(analysis.apply(analyzer, item.document()), null);
      } catch (RuntimeException e) {
        // one document that breaks the analysis is reported and skipped; the corpus goes on
        return new Outcome(null, new InputProblem(item.document().id(), 0, "analysis failed: " + e, false));
      }
    }
  }

  static final class InputFormatName implements picocli.CommandLine.ITypeConverter<CorpusReader.InputFormat> {
    @Override
    public CorpusReader.InputFormat convert(String value) {
      try {
        return CorpusReader.InputFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected auto, txt or jsonl but was '" + value + "'");
      }
    }
  }
}
