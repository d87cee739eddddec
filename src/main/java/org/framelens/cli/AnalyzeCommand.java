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
import org.framelens.report.CsvTable;
import org.framelens.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framelens analyze}: quotes, speakers, themes and stances for each input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Finds every quote and its speaker, the rhetorical themes each actor uses and the stances they take.",
        "INPUT is a .txt file (one article), a folder (its .txt files, recursively, in sorted order),",
        "a .jsonl corpus (one {\"id\", \"text\", ...} object per line) or - for one article on standard input."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every document analysed",
        "1:unexpected failure, or the output could not be written",
        "2:bad options",
        "3:an input is missing or unreadable and nothing could be analysed (no output written)",
        "4:the inputs are bad and nothing could be analysed (no output written)",
        "5:output written, but some documents were skipped (each reported on stderr)",
        "6:a lexicon is invalid or unreadable"})
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "articles to analyse")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one analysis per document, the default), or a framing report: md, html, json or csv")
  String format = "jsonl";

  @Option(names = "--csv-table", paramLabel = "TABLE", converter = ReportCommand.TableName.class,
      description = "with --format csv: long (default), themes, stances, quotes, actors or timeline")
  CsvTable csvTable;

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

  @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
  boolean quiet;

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
    if (replaceLexicons && lexicons.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--replace-lexicons needs --lexicons");
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
    Run run = new Run(analyzer, err, new Progress(err, !quiet && Progress.stderrIsTerminal()));
    try {
      if (reportFormat == null) {
        writeJsonl(run);
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
      int written = ReportOutput.write(run.collected, ReportOutput.renderer(reportFormat, csvTable), output,
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
      return null;
    }
    try {
      ReportFormat r = ReportFormat.parse(f);
      if (csvTable != null && r != ReportFormat.CSV) {
        throw new ParameterException(spec.commandLine(), "--csv-table needs --format csv");
      }
      return r;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--format: expected jsonl, md, html, json or csv but was '" + format + "'");
    }
  }

  private void writeJsonl(Run run) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      run.execute(out);
      out.flush();
      return;
    }
    AtomicOutput.write(output, w -> {
      run.execute(w);
      if (run.analysed == 0) {
        throw new NothingAnalysed();
      }
    });
  }

  /** One run over the inputs: counts, diagnostics, and either streamed JSONL or collected analyses. */
  private final class Run {
    final Analyzer analyzer;
    final PrintWriter err;
    final Progress progress;
    final List<DocumentAnalysis> collected = new ArrayList<>();
    int analysed;
    int problems;
    int missing;

    Run(Analyzer analyzer, PrintWriter err, Progress progress) {
      this.analyzer = analyzer;
      this.err = err;
      this.progress = progress;
    }

    /** Streams JSONL lines to {@code jsonl}, or collects analyses when it is null. */
    void execute(Writer jsonl) throws IOException {
      CorpusReader reader = new CorpusReader(stdin);
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
          collected.add(outcome.analysis());
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
}
