package org.framelens.aggregate;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document dates and the periods a report buckets them in. A date is the metadata {@code date},
 * {@code published} or {@code timestamp} (the first present, at the top level or in a nested
 * object such as {@code "meta"}) when it starts with an ISO 8601
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
    return text(metadata).flatMap(Dates::parse);
  }

  /** The date as written: the first of {@link #FIELDS} present, at the top level or one object down. */
  static Optional<String> text(Map<String, Object> metadata) {
    return Metadata.first(metadata, List.of(FIELDS));
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

  /** The first day dated, as {@code yyyy-mm} when some document is dated only by month. */
  Optional<String> first() {
    return any() ? Optional.of(shown(minDay)) : Optional.empty();
  }

  /** The last day dated, as {@code yyyy-mm} when some document is dated only by month. */
  Optional<String> last() {
    return any() ? Optional.of(shown(maxDay)) : Optional.empty();
  }

  private String shown(long epochDay) {
    String day = LocalDate.ofEpochDay(epochDay).toString();
    return monthOnly ? day.substring(0, 7) : day;
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

  /*
   * Periods are counted as buckets: a level tag (day, week, month) over the epoch day the period
   * starts on, made positive. Counts are kept per day only while the span allows days, per week
   * only while it allows weeks: the span only grows, so a level dropped is never needed again, and
   * a long corpus costs months, not days.
   */
  static final long UNDATED = Long.MIN_VALUE;
  private static final long OFFSET = 1L << 22;
  private static final int DAY = 0;
  private static final int WEEK = 1;
  private static final int MONTH = 2;

  private static long bucket(int level, LocalDate start) {
    return ((long) level << 40) | (start.toEpochDay() + OFFSET);
  }

  private static int level(long bucket) {
    return (int) (bucket >>> 40);
  }

  private static LocalDate start(long bucket) {
    return LocalDate.ofEpochDay((bucket & ((1L << 40) - 1)) - OFFSET);
  }

  boolean keepsDays() {
    return !monthOnly && (!any() || maxDay - minDay <= DAYS);
  }

  boolean keepsWeeks() {
    return !monthOnly && (!any() || maxDay - minDay <= WEEKS);
  }

  /** Whether counts in this bucket can still be shown; undated counts always can. */
  boolean keeps(long bucket) {
    if (bucket == UNDATED) {
      return true;
    }
    int level = level(bucket);
    return level == MONTH || (level == WEEK ? keepsWeeks() : keepsDays());
  }

  /** The buckets a document dated {@code d} counts in, at every level still kept. */
  long[] buckets(Dated d) {
    LocalDate day = d.day();
    long month = bucket(MONTH, day.withDayOfMonth(1));
    if (!keepsWeeks()) {
      return new long[] {month};
    }
    long week = bucket(WEEK, day.minusDays(day.getDayOfWeek().getValue() - 1L));
    return keepsDays() ? new long[] {bucket(DAY, day), week, month} : new long[] {week, month};
  }

  /** Whether a bucket is of the level {@link #granularity()} names. */
  static boolean shown(long bucket, String granularity) {
    return bucket != UNDATED && level(bucket) == switch (granularity) {
      case "day" -> DAY;
      case "week" -> WEEK;
      default -> MONTH;
    };
  }

  /** The label of a bucket's period: 2025-03-12, 2025-W11 or 2025-03; empty for undated. */
  static String label(long bucket) {
    if (bucket == UNDATED) {
      return "";
    }
    LocalDate d = start(bucket);
    return switch (level(bucket)) {
      case DAY -> d.toString();
      case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> d.toString().substring(0, 7);
    };
  }
}
