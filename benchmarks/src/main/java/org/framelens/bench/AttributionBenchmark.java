package org.framelens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Document;
import org.framelens.nlp.ParsedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Everything after CoreNLP, on one thread: {@code Analyzer.analyze(document, parsed)} (quote
 * finding, actors, attribution, theme matching and crediting, stance) over the corpus parsed once
 * in setup. One operation is one pass
 * over the twelve articles; the {@code documents} and {@code tokens} counters give documents/s and
 * tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class AttributionBenchmark {

  private Analyzer analyzer;
  private List<Document> documents;
  private List<ParsedDocument> parsed;

  @Setup(Level.Trial)
  public void parseCorpus() {
    analyzer = Analyzer.forConfig(AnalyzerConfig.defaults());
    documents = Corpus.load();
    parsed = new ArrayList<>();
    for (Document d : documents) {
      parsed.add(analyzer.parse(d.text()));
    }
  }

  @Benchmark
  public void corpus(CorpusCounters counters, Blackhole bh) {
    for (int i = 0; i < documents.size(); i++) {
      DocumentAnalysis analysis = analyzer.analyze(documents.get(i), parsed.get(i));
      counters.tokens += analysis.tokens();
      bh.consume(analysis);
    }
    counters.documents += documents.size();
  }
}
