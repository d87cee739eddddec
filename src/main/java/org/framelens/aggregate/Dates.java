package org.framelens.aggregate;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document dates and the periods a report buckets them in. A date is the metadata {@code date},
 * {@code published} or {@code timestamp} (the first present) when it starts with an ISO 8601
 * calendar date, {@code yyyy-mm-dd}, or a month, {@code yyyy-mm}; time and zone are ignored, so a
 * document falls on the day its own newsroom dated it.
 */
final class Dates implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String[] FIELDS = {"date", "published", "timestamp"};
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:$|[T Z+-])");

  /** Spans up to this many days are shown by day, up to {@link #WEEKS} days by week, longer ones by month. */
  static final int DAYS = 45;
  static final int WEEKS = 366;

  /** A document's day, and whether its date named only the month. */
  record Dated(LocalDate day, boolean monthOnly) {}

  private long minDay = Long.MAX_VALUE;
  private long maxDay = Long.MIN_VALUE;
  private boolean monthOnly;

  static Optional<Dated> of(Map<String, Object> metadata) {
    for (String field : FIELDS) {
      Object value = metadata.get(field);
      if (value != null) {
        return parse(String.valueOf(value).strip());
      }
    }
    return Optional.empty();
  }

  static Optional<Dated> parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Optional.of(new Dated(LocalDate.of(year, month, 1), true));
      }
      return Optional.of(new Dated(LocalDate.of(year, month, Integer.parseInt(m.group(3))), false));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2025-13-40 is no date: the document is undated
    }
  }

  void see(Dated d) {
    long day = d.day().toEpochDay();
    minDay = Math.min(minDay, day);
    maxDay = Math.max(maxDay, day);
    monthOnly |= d.monthOnly();
  }

  void merge(Dates other) {
    minDay = Math.min(minDay, other.minDay);
    maxDay = Math.max(maxDay, other.maxDay);
    monthOnly |= other.monthOnly;
  }

  boolean any() {
    return minDay <= maxDay;
  }

  Optional<LocalDate> first() {
    return any() ? Optional.of(LocalDate.ofEpochDay(minDay)) : Optional.empty();
  }

  Optional<LocalDate> last() {
    return any() ? Optional.of(LocalDate.ofEpochDay(maxDay)) : Optional.empty();
  }

  /**
   * day, week or month: the finest that keeps the number of periods readable, and never finer than
   * the coarsest date (a document dated only by month has no day to be shown on).
   */
  String granularity() {
    if (!any()) {
      return "none";
    }
    long span = maxDay - minDay;
    if (monthOnly || span > WEEKS) {
      return "month";
    }
    return span > DAYS ? "week" : "day";
  }

  /** The label of the period a day falls in: 2025-03-12, 2025-W11 or 2025-03. */
  static String label(long epochDay, String granularity) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return switch (granularity) {
      case "day" -> d.toString();
      case "week" -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> d.toString().substring(0, 7);
    };
  }
}
