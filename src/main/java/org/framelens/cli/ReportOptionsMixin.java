package org.framelens.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.aggregate.ReportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The report options {@code analyze}, {@code report} and the Spark job share: what is counted and what is shown. */
public final class ReportOptionsMixin {

  @Option(names = "--min-stance-confidence", paramLabel = "X", defaultValue = "0.5",
      description = "the report shows stances of at least this confidence, 0 to 1 (default: ${DEFAULT-VALUE});"
          + " the analyze JSONL keeps them all")
  double minStanceConfidence = ReportOptions.DEFAULT_MIN_STANCE_CONFIDENCE;

  @Option(names = "--top", paramLabel = "N", defaultValue = "50",
      description = "actors given a full section; the others get one index row (default: ${DEFAULT-VALUE})")
  int top = ReportOptions.DEFAULT_TOP;

  @Option(names = "--min-quotes", paramLabel = "N", defaultValue = "0",
      description = "leave out actors quoted fewer times")
  int minQuotes;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD",
      description = "only documents dated on or after this day (undated documents are left out)")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD",
      description = "only documents dated on or before this day (undated documents are left out)")
  String to;

  @Option(names = "--actor", paramLabel = "ID", split = ",",
      description = "only these actors (canonical ids, comma-separated or repeated)")
  List<String> actors = new ArrayList<>();

  @Option(names = "--theme", paramLabel = "THEME", split = ",",
      description = "only documents with a hit of one of these themes (comma-separated or repeated)")
  List<String> themes = new ArrayList<>();

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "only documents whose metadata outlet (else publisher, else source) is this, in any case;"
          + " repeatable")
  List<String> outlets = new ArrayList<>();

  /** The options, or a usage error naming the one that is wrong. */
  public ReportOptions options(CommandSpec spec) {
    if (!(minStanceConfidence >= 0 && minStanceConfidence <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "--min-stance-confidence must be between 0 and 1, was " + minStanceConfidence);
    }
    if (top < 0 || minQuotes < 0) {
      throw new ParameterException(spec.commandLine(), "--top and --min-quotes cannot be negative");
    }
    LocalDate first = day(spec, "--from", from, LocalDate.MIN);
    LocalDate last = day(spec, "--to", to, LocalDate.MAX);
    if (first.isAfter(last)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    return ReportOptions.defaults().withMinStanceConfidence(minStanceConfidence).withDates(first, last)
        .withSelection(actors, themes, outlets).withMinQuotes(minQuotes).withTop(top);
  }

  private static LocalDate day(CommandSpec spec, String option, String value, LocalDate open) {
    if (value == null) {
      return open;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + ": expected a date like 2025-03-12 but was '"
          + value + "'");
    }
  }
}
