package org.framelens.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.framelens.FramelensException;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.cli.ActorsOption;
import org.framelens.cli.ReportOptionsMixin;
import org.framelens.lexicon.LexiconException;
import org.framelens.lexicon.Lexicons;
import org.framelens.report.FramingReport;
import org.framelens.report.CsvTable;
import org.framelens.report.Renderer;
import org.framelens.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens-spark}: {@code analyze} as a Spark job. The same documents give the same JSONL
 * lines and the same report as the CLI; the job only spreads the work.
 */
@Command(name = "framelens-spark", mixinStandardHelpOptions = true,
    description = {"Analyses a corpus on Spark, as framelens analyze does. Writes OUTDIR/analyses/",
        "(JSONL parts, in input order), OUTDIR/analyses.parquet/, OUTDIR/errors/ (one {\"id\", \"reason\"}",
        "per skipped input) and OUTDIR/report.FORMAT.",
        "INPUT is what analyze takes (a .jsonl file, a folder of .txt files, one .txt file) or",
        "a .parquet file or folder with id and text columns; any Hadoop path (hdfs://, s3a://)."},
    exitCodeListHeading = "%nExit codes (as the CLI's):%n",
    exitCodeList = {
        "0:every document analysed",
        "1:unexpected failure, or the output could not be written",
        "2:bad options",
        "3:an input is missing and nothing could be analysed (no output written)",
        "4:the inputs are bad and nothing could be analysed (no output written)",
        "5:output written, but some inputs were skipped (OUTDIR/errors/)",
        "6:a lexicon is invalid or unreadable",
        "7:the --actors registry is invalid or unreadable (nothing written)"})
public final class FramelensSparkJob implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int MISSING_INPUT = 3;
  static final int BAD_INPUT = 4;
  static final int SKIPPED = 5;
  static final int INVALID_LEXICON = 6;
  static final int INVALID_ACTORS = 7;

  /** Skipped inputs printed on stderr; the rest are in OUTDIR/errors/. */
  private static final int ERRORS_SHOWN = 50;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "PATH", description = "INPUT..., then OUTDIR")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "the report's format, any of analyze's report formats: md, html, json (the default), csv, ...")
  String format = "json";

  @Option(names = "--csv-table", paramLabel = "TABLE",
      description = "with --format csv: long (default), themes, stances, quotes, actors or timeline")
  String csvTable;

  @Mixin
  ReportOptionsMixin reportOptions = new ReportOptionsMixin();

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not started by spark-submit (default local[*])")
  String master;

  @Option(names = "--lexicons", paramLabel = "PATH",
      description = "user lexicon file or folder, readable at the same path on every executor; repeatable")
  List<String> lexicons = new ArrayList<>();

  /** Read once, on the driver, and shipped to the executors. */
  @Mixin
  ActorsOption actors = new ActorsOption();

  @Option(names = "--replace-lexicons", description = "use only the --lexicons themes, not the shipped ones")
  boolean replaceLexicons;

  @Option(names = "--partitions", paramLabel = "N",
      description = "analysis tasks (default: enough for every core to work, at least 4 per core for small inputs)")
  int partitions;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new FramelensSparkJob());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("framelens-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      commandLine.getErr().flush();
      return FAILED;
    });
    return cli;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat reportFormat = reportFormat();
    ReportOptions options = reportOptions.options(spec);
    Renderer renderer = renderer(reportFormat);
    if (replaceLexicons && lexicons.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--replace-lexicons needs --lexicons");
    }
    if (!lexiconsReadable(err)) {
      return INVALID_LEXICON;
    }
    ActorRegistry registry;
    try {
      registry = actors.registry();
    } catch (FramelensException e) {
      err.println(e.getMessage());
      err.flush();
      return INVALID_ACTORS;
    }
    List<String> inputs = paths.subList(0, paths.size() - 1);
    String outdir = paths.get(paths.size() - 1);
    AnalyzerConfig config = new AnalyzerConfig(lexicons, replaceLexicons);
    SparkSession spark = session();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Inputs.Expanded in = Inputs.expand(spark, inputs);
      JavaRDD<Outcome> outcomes = balance(in.raw(), spark)
          .mapPartitions(new AnalyzePartition(config))
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      JavaRDD<Outcome> analysed = outcomes.filter(Outcome::ok);
      long good = analysed.count();
      JavaRDD<Outcome> failed = outcomes.filter(o -> !o.ok())
          .union(sc.parallelize(in.problems(), 1));
      long bad = failed.count();
      printSkipped(failed, bad, outdir, err);
      if (good == 0) {
        err.println("nothing analysed: " + bad + (bad == 1 ? " input" : " inputs") + " skipped");
        err.flush();
        return failed.filter(Outcome::missing).isEmpty() ? BAD_INPUT : MISSING_INPUT;
      }
      IdentityStep identity = IdentityStep.fold(sc, analysed, registry);
      JavaRDD<Outcome> sorted = analysed.map(identity::apply).sortBy(Outcome::order, true, analysed.getNumPartitions());
      Outputs.analyses(spark, sorted, outdir);
      identity.release();
      if (bad > 0) {
        Outputs.errors(spark, failed.sortBy(Outcome::order, true, 1), outdir);
      } else {
        Outputs.noErrors(spark.sparkContext().hadoopConfiguration(), outdir);
      }
      FramingReport report = CorpusReport.aggregate(analysed, options).report(registry);
      Outputs.report(spark.sparkContext().hadoopConfiguration(), report, renderer, outdir,
          reportFormat.extension());
      out.println(good + (good == 1 ? " document" : " documents") + " analysed, " + bad + " skipped; written to " + outdir);
      out.flush();
      err.flush();
      return bad > 0 ? SKIPPED : OK;
    } finally {
      spark.stop();
    }
  }

  /** The first skipped inputs in input order, as the CLI prints them; the rest are in OUTDIR/errors/. */
  private static void printSkipped(JavaRDD<Outcome> failed, long bad, String outdir, PrintWriter err) {
    List<Outcome> shown = failed.sortBy(Outcome::order, true, 1).take(ERRORS_SHOWN);
    shown.forEach(o -> err.println(o.describe()));
    if (bad > shown.size()) {
      err.println("... and " + (bad - shown.size()) + " more in " + outdir + "/errors/");
    }
  }

  private ReportFormat reportFormat() {
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      String known = java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::extension)
          .collect(java.util.stream.Collectors.joining(", "));
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format: expected one of " + known + " but was '" + format + "'");
    }
  }

  private Renderer renderer(ReportFormat reportFormat) {
    if (csvTable == null) {
      return reportFormat.renderer();
    }
    if (reportFormat != ReportFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--csv-table needs --format csv");
    }
    try {
      return CsvTable.parse(csvTable).renderer();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--csv-table: expected long, themes, stances, quotes, actors or timeline but was '" + csvTable + "'");
    }
  }

  /** Checked on the driver, so a bad lexicon fails at once instead of in every task. */
  private boolean lexiconsReadable(PrintWriter err) {
    try {
      for (String path : lexicons) {
        Lexicons.load(Path.of(path));
      }
      return true;
    } catch (LexiconException e) {
      e.problems().forEach(err::println);
    } catch (IOException | UncheckedIOException e) {
      err.println(e.getMessage());
    }
    err.flush();
    return false;
  }

  /**
   * A session from spark-submit's settings, or a local one. Locally the driver binds to the
   * loopback address and the web UI stays off unless asked for ({@code -Dspark.ui.enabled=true}).
   */
  private SparkSession session() {
    SparkConf conf = new SparkConf().setAppName("framelens");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** A small input (one JSONL file is one partition) is spread so that every core has work. */
  private JavaRDD<RawInput> balance(JavaRDD<RawInput> raw, SparkSession spark) {
    int cores = spark.sparkContext().defaultParallelism();
    int wanted = partitions > 0 ? partitions : Math.max(raw.getNumPartitions(), 4 * cores);
    return wanted == raw.getNumPartitions() ? raw : raw.repartition(wanted);
  }
}
