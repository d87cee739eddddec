package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.framelens.report.FramingReport.PeriodTheme;
import org.framelens.report.FramingReport.Tally;

/**
 * The aggregate's days rolled up into the report's periods (day, week or month, see
 * {@link Dates#granularity()}): the corpus timeline of themes, and the long table of tallies per
 * actor and period, which carries each actor's themes and stances over time.
 */
final class Timeline {

  private final CorpusAggregate agg;
  private final String granularity;
  private final Function<String, String> canonical;

  Timeline(CorpusAggregate agg, String granularity, Function<String, String> canonical) {
    this.agg = agg;
    this.granularity = granularity;
    this.canonical = canonical;
  }

  /** Whether a bucket is shown: undated, or of the report's granularity. */
  private boolean shown(long bucket) {
    return bucket == Dates.UNDATED || Dates.shown(bucket, granularity);
  }

  List<PeriodTheme> themes() {
    Map<String, Map<String, ActorStats.ThemeStats>> byPeriod = new TreeMap<>();
    agg.themeDays.forEach((k, v) -> {
      if (Dates.shown(k.bucket(), granularity)) {
        byPeriod.computeIfAbsent(Dates.label(k.bucket()), p -> new TreeMap<>())
            .computeIfAbsent(k.theme(), t -> new ActorStats.ThemeStats()).merge(v);
      }
    });
    List<PeriodTheme> out = new ArrayList<>();
    byPeriod.forEach((p, themes) -> themes.forEach((theme, t) -> out.add(
        new PeriodTheme(p, theme, (int) t.hits, t.documents.ids(), (int) t.documents.documents()))));
    return out;
  }

  List<Tally> tallies(Set<String> actors, Map<String, ActorStats> stats) {
    record Row(String period, String actor, String kind, String key, String polarity) {}
    Map<Row, ActorStats.TallyStats> rows = new java.util.HashMap<>();
    for (String actor : actors) {
      ActorStats s = stats.get(actor);
      if (s == null) {
        continue;
      }
      s.tallies.forEach((k, v) -> {
        if (shown(k.bucket())) {
          String key = k.kind().equals(Tallies.STANCE) ? canonical.apply(k.key()) : k.key();
          rows.computeIfAbsent(new Row(Dates.label(k.bucket()), actor, k.kind(), key, k.polarity()),
              r -> new ActorStats.TallyStats()).merge(v);
        }
      });
    }
    List<Tally> out = new ArrayList<>();
    rows.forEach((r, t) -> out.add(new Tally(r.period(), r.actor(), r.kind(), r.key(), r.polarity(), (int) t.count,
        Scores.round(t.weightMicros / 1_000_000.0), (int) t.documents)));
    out.sort(Comparator.comparing(Tally::period).thenComparing(Tally::actor).thenComparing(Tally::kind)
        .thenComparing(Tally::key).thenComparing(Tally::polarity));
    return out;
  }
}
