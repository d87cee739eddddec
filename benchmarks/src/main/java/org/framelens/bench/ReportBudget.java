package org.framelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.framelens.cli.AnalyzeCommand;
import org.framelens.cli.ReportCommand;
import org.framelens.corpus.Json;
import picocli.CommandLine;

/**
 * The report's memory budgets, which JMH does not measure: run each in a fresh JVM with the heap
 * limit under test.
 *
 * <pre>
 * ReportBudget replicate ANALYSES.jsonl OUT.jsonl N   N analyses: real ones cycled, each with a new id and date
 * ReportBudget report ARGS...                         framelens report ARGS in this JVM
 * ReportBudget analyze ARGS...                        framelens analyze ARGS in this JVM
 * </pre>
 *
 * {@code report} and {@code analyze} print the exit code, the wall time, the peak heap (sum of the
 * heap pools' peak usage), the peak live heap (largest occupancy after a collection) and the peak
 * resident set (VmHWM), one line each.
 */
public final class ReportBudget {

  private ReportBudget() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: replicate IN OUT N | report ARGS... | analyze ARGS...");
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "replicate" -> replicate(Path.of(rest[0]), Path.of(rest[1]), Integer.parseInt(rest[2]));
      case "report" -> measure(new CommandLine(new ReportCommand()), rest);
      case "analyze" -> measure(new CommandLine(new AnalyzeCommand()), rest);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /**
   * Cycles through the analyses, giving copy k of a document the id {@code ID#k} and a date that
   * walks over two years, so the corpus has as many documents as asked and a real spread of periods.
   */
  static void replicate(Path in, Path out, int count) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    LocalDate start = LocalDate.of(2023, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(lines.get(i % lines.size()));
        doc.put("id", doc.get("id").asText() + "#" + i / lines.size());
        JsonNode metadata = doc.get("metadata");
        ObjectNode m = metadata instanceof ObjectNode o ? o : doc.putObject("metadata");
        m.put("date", start.plusDays(i % 730).toString());
        w.write(Json.mapper().writeValueAsString(doc));
        w.write('\n');
      }
    }
  }

  /**
   * The largest heap occupancy right after a collection: what was still live at the fullest
   * moment, unlike the pools' peaks, which also count garbage the collector had not yet needed
   * to free and so follow the heap limit and the allocation rate more than the data.
   */
  private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();

  private static void watchCollections() {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(e.getKey())) {
            used += e.getValue().getUsed();
          }
        }
        LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
      }, null, null);
    }
  }

  private static void measure(CommandLine command, String[] args) throws IOException {
    watchCollections();
    long started = System.nanoTime();
    int code = command.execute(args);
    double seconds = (System.nanoTime() - started) / 1e9;
    long heapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heapPeak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "exit code: %d%n", code);
    System.out.printf(Locale.ROOT, "wall time: %.1f s%n", seconds);
    System.out.printf(Locale.ROOT, "peak heap: %.0f MiB (sum of heap pool peaks; max heap %.0f MiB)%n",
        heapPeak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.printf(Locale.ROOT, "peak live heap: %.0f MiB (largest heap occupancy right after a collection)%n",
        LIVE_AFTER_GC.get() / 1048576.0);
    System.out.printf(Locale.ROOT, "peak RSS: %s%n", residentPeak());
  }

  private static String residentPeak() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return String.format(Locale.ROOT, "%.0f MiB (VmHWM)",
            Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
      }
    }
    return "unknown";
  }
}
