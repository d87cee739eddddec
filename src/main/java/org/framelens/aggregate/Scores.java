package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.framelens.report.FramingReport.TargetCount;
import org.framelens.report.FramingReport.ThemeScore;

/** Theme profiles and stance summaries from counted stats, for an actor or a whole side. */
final class Scores {

  private Scores() {}

  static List<ThemeScore> themes(Map<String, ActorStats.ThemeStats> stats) {
    long total = stats.values().stream().mapToLong(t -> t.hits).sum();
    List<ThemeScore> out = new ArrayList<>();
    new TreeMap<>(stats).forEach((theme, t) -> out.add(new ThemeScore(theme, (int) t.hits,
        round(total == 0 ? 0 : (double) t.hits / total), round(t.weightMicros / 1_000_000.0), (int) t.negated,
        t.documents.ids(), (int) t.documents.documents())));
    out.sort(Comparator.comparingInt(ThemeScore::hits).reversed()
        .thenComparing(Comparator.comparingInt(ThemeScore::negated).reversed())
        .thenComparing(ThemeScore::theme));
    return out;
  }

  static List<TargetCount> targets(Map<String, ActorStats.CellStats> cells, Function<String, String> label) {
    List<TargetCount> out = new ArrayList<>();
    new TreeMap<>(cells).forEach((target, c) -> out.add(new TargetCount(target, label.apply(c.kind + ":" + target),
        (int) c.forCount, (int) c.against, c.documents.ids(), c.kind, (int) c.documents.documents())));
    return out;
  }

  /** Four decimals: enough for shares, and free of summation noise like 0.30000000000000004. */
  static double round(double x) {
    return Math.round(x * 10_000.0) / 10_000.0;
  }
}
