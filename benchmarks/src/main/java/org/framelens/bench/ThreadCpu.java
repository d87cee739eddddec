package org.framelens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.corpus.Document;

/**
 * Why two threads do or do not run twice as fast, which JMH's throughput alone does not say:
 * the CPU time the worker threads spend per token on one thread and on two, and the CPU time of
 * the JVM's own threads (JIT compilers, collector) meanwhile.
 *
 * <p>Usage: {@code ThreadCpu [PASSES]}. Warms up for 60 s, then alternates one thread and two
 * threads sharing one {@link Analyzer} three times, each thread making PASSES (default 10) passes
 * over the benchmark corpus. One line per run on stdout. The JVM's own threads are read from
 * {@code /proc/self/task} and left out where it does not exist.
 */
public final class ThreadCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThreadCpu() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Analyzer analyzer = Analyzer.forConfig(AnalyzerConfig.defaults());
    List<Document> documents = Corpus.load();
    long warmUpEnd = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < warmUpEnd) {
      pass(analyzer, documents);
    }
    for (int round = 0; round < 3; round++) {
      for (int threads = 1; threads <= 2; threads++) {
        run(analyzer, documents, threads, passes);
      }
    }
  }

  private static void run(Analyzer analyzer, List<Document> documents, int threads, int passes)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "worker"));
    Map<String, Long> jvmBefore = jvmThreadTicks();
    long start = System.nanoTime();
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long tokens = 0;
        for (int p = 0; p < passes; p++) {
          tokens += pass(analyzer, documents);
        }
        return new long[] {tokens, THREADS.getCurrentThreadCpuTime() - cpu};
      }));
    }
    long tokens = 0;
    long workerNanos = 0;
    for (Future<long[]> result : results) {
      long[] tokensAndNanos = result.get();
      tokens += tokensAndNanos[0];
      workerNanos += tokensAndNanos[1];
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    StringBuilder jvm = new StringBuilder();
    jvmThreadTicks().forEach((name, ticks) -> {
      long cpuMillis = (ticks - jvmBefore.getOrDefault(name, 0L)) * 10;
      if (cpuMillis > 0 && !name.equals("worker")) {
        jvm.append(String.format(" %s %.2f s;", name, cpuMillis / 1e3));
      }
    });
    System.out.printf("threads=%d %.0f tokens/s in %.1f s; worker CPU %.1f us/token;"
        + " JVM threads:%s%n", threads, tokens / seconds, seconds, workerNanos / 1e3 / tokens,
        jvm.length() == 0 ? " none" : jvm);
  }

  private static long pass(Analyzer analyzer, List<Document> documents) {
    long tokens = 0;
    for (Document d : documents) {
      tokens += analyzer.analyze(d).tokens();
    }
    return tokens;
  }

  /** CPU clock ticks (user + system, 1/100 s) of each thread of this JVM by name, numbers dropped. */
  private static Map<String, Long> jvmThreadTicks() throws IOException {
    Map<String, Long> ticks = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return ticks;
    }
    try (var list = Files.list(tasks)) {
      for (Path task : list.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#0-9]+$", "");
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
        } catch (IOException e) {
          // the thread ended while we listed it
        }
      }
    }
    return ticks;
  }
}
