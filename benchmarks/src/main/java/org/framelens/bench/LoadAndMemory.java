package org.framelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.corpus.Document;

/**
 * Load time and peak memory, which JMH does not measure: run it in a fresh JVM.
 *
 * <p>Usage: {@code LoadAndMemory [CORPUS.jsonl]}. Times {@code Analyzer.forConfig(defaults())},
 * then analyses the benchmark corpus (or the {@code "text"} of every line of the JSONL) once and
 * prints the peak heap (sum of the heap pools' peak usage), the peak of all JVM memory pools, and
 * the process's peak resident set (VmHWM). Results on stdout, one line each.
 */
public final class LoadAndMemory {

  private LoadAndMemory() {}

  public static void main(String[] args) throws IOException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainStart = System.currentTimeMillis();
    long t0 = System.nanoTime();
    Analyzer analyzer = Analyzer.forConfig(AnalyzerConfig.defaults());
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("load: Analyzer.forConfig %.2f s (JVM start to loaded %.2f s)%n",
        loadSeconds, (mainStart - jvmStart) / 1e3 + loadSeconds);

    List<Document> documents = args.length > 0 ? readJsonl(Path.of(args[0])) : Corpus.load();
    long tokens = 0;
    long t1 = System.nanoTime();
    for (Document d : documents) {
      tokens += analyzer.analyze(d).tokens();
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf("corpus: %d documents, %d tokens in %.1f s (%.0f tokens/s, first pass, one thread)%n",
        documents.size(), tokens, seconds, tokens / seconds);

    long heapPeak = 0;
    long allPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      long peak = pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
      allPeak += peak;
      if (pool.getType() == MemoryType.HEAP) {
        heapPeak += peak;
      }
    }
    System.out.printf("peak heap: %s (sum of heap pool peaks; all pools incl. metaspace and code cache %s; max heap %s)%n",
        mib(heapPeak), mib(allPeak), mib(Runtime.getRuntime().maxMemory()));
    System.out.printf("peak RSS: %s%n", residentPeak());
  }

  private static List<Document> readJsonl(Path path) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Document> documents = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode doc = json.readTree(line);
          documents.add(new Document(doc.path("id").asText(), doc.path("text").asText()));
        }
      }
    }
    return documents;
  }

  private static String residentPeak() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown (no /proc/self/status)";
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return mib(kib * 1024) + " (VmHWM)";
      }
    }
    return "unknown (no VmHWM)";
  }

  private static String mib(long bytes) {
    return String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
  }
}
