package org.framelens.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a report counts and shows. Documents are selected while they are folded ({@code from},
 * {@code to}, {@code outlets}, {@code themes}; stances below {@code minStanceConfidence} are left
 * out of the aggregate); actors are selected when the report is built ({@code actors},
 * {@code minQuotes}), because canonical ids are only known then. {@code top} actors get full
 * sections. Empty lists select everything; {@code LocalDate.MIN} and {@code MAX} leave a side of
 * the date range open, and with either bound set, undated documents are left out.
 */
public record ReportOptions(double minStanceConfidence, LocalDate from, LocalDate to, List<String> actors,
    List<String> themes, List<String> outlets, int minQuotes, int top) implements Serializable {

  public static final double DEFAULT_MIN_STANCE_CONFIDENCE = 0.5;
  public static final int DEFAULT_TOP = 50;

  public ReportOptions {
    if (!(minStanceConfidence >= 0 && minStanceConfidence <= 1)) {
      throw new IllegalArgumentException("minimum stance confidence must be within 0..1: " + minStanceConfidence);
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (minQuotes < 0 || top < 0) {
      throw new IllegalArgumentException("--min-quotes and --top cannot be negative");
    }
    actors = List.copyOf(actors);
    themes = List.copyOf(themes);
    outlets = outlets.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
  }

  public static ReportOptions defaults() {
    return new ReportOptions(DEFAULT_MIN_STANCE_CONFIDENCE, LocalDate.MIN, LocalDate.MAX, List.of(), List.of(),
        List.of(), 0, DEFAULT_TOP);
  }

  public ReportOptions withMinStanceConfidence(double value) {
    return new ReportOptions(value, from, to, actors, themes, outlets, minQuotes, top);
  }

  public ReportOptions withDates(LocalDate fromDay, LocalDate toDay) {
    return new ReportOptions(minStanceConfidence, fromDay, toDay, actors, themes, outlets, minQuotes, top);
  }

  public ReportOptions withSelection(List<String> actorIds, List<String> themeIds, List<String> outletNames) {
    return new ReportOptions(minStanceConfidence, from, to, actorIds, themeIds, outletNames, minQuotes, top);
  }

  public ReportOptions withMinQuotes(int value) {
    return new ReportOptions(minStanceConfidence, from, to, actors, themes, outlets, value, top);
  }

  public ReportOptions withTop(int value) {
    return new ReportOptions(minStanceConfidence, from, to, actors, themes, outlets, minQuotes, value);
  }

  boolean dated() {
    return !from.equals(LocalDate.MIN) || !to.equals(LocalDate.MAX);
  }
}
