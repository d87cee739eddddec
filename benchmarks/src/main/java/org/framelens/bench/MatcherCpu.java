package org.framelens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.framelens.lexicon.Entry;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.Theme;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.nlp.ParsedDocument;

/**
 * The matcher's tokens per CPU second on one thread, over {@link MatcherBenchmark}'s corpus and
 * lexicons: what "per core" means on a host whose other tenants take most of the wall clock.
 * Wall-clock throughput (JMH) falls with the load; CPU time per token hardly does. Prints, for each
 * lexicon, the best and median of ROUNDS rounds after WARMUP rounds of ten passes each.
 *
 * <p>{@code java -cp "benchmarks/target/benchmarks.jar:target/lib/*" org.framelens.bench.MatcherCpu [ROUNDS]}
 */
public final class MatcherCpu {

  private MatcherCpu() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String name : List.of("shipped", "shippedWithoutNear", "synthetic100k")) {
      SplittableRandom random = new SplittableRandom(42);
      Lexicon lexicon = switch (name) {
        case "shipped" -> Lexicons.shipped();
        case "shippedWithoutNear" -> MatcherBenchmark.withoutNear(Lexicons.shipped());
        default -> MatcherBenchmark.synthetic(random, 100_000, 100);
      };
      List<String> words = new ArrayList<>();
      for (Theme t : lexicon.themes()) {
        for (Entry e : t.entries()) {
          if (name.startsWith("shipped") && !e.term().contains("*")) {
            words.add(e.term() + e.near().map(n -> " the " + n.terms().get(0).replace("*", "")).orElse(""));
          } else if (!name.startsWith("shipped")) {
            words.add(e.term().replace("*", "ing"));
          }
        }
      }
      ThemeMatcher matcher = ThemeMatcher.compile(lexicon);
      ParsedDocument corpus = MatcherBenchmark.corpus(random, words, 1.0 / 25);
      long sink = 0;
      for (int w = 0; w < 5 * 10; w++) {
        sink += matcher.match(corpus).size();
      }
      double[] perSecond = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long cpu = mx.getCurrentThreadCpuTime();
        for (int p = 0; p < 10; p++) {
          sink += matcher.match(corpus).size();
        }
        double seconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        perSecond[r] = 10.0 * corpus.size() / seconds;
      }
      java.util.Arrays.sort(perSecond);
      System.out.printf(Locale.ROOT, "%-20s %d entries: tokens per CPU second, best %,.0f, median %,.0f (%d rounds; %d)%n",
          name, lexicon.entryCount(), perSecond[rounds - 1], perSecond[rounds / 2], rounds, sink % 7);
    }
  }
}
