package org.framelens.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Document;
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
 * The whole path a user runs, {@code Analyzer.analyze(document)}: CoreNLP (tokenize, ssplit, pos,
 * lemma, 3-class NER where a name can be) then quotes, attribution, themes and stance. One
 * operation is one pass over the twelve articles; the {@code documents} and {@code tokens}
 * counters give documents/s and tokens/s.
 *
 * <p>{@code corpus} runs on one thread; {@code corpusTwoThreads} runs two threads sharing one
 * {@link Analyzer}, each making its own passes, so its counters are the combined rate of both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
// C2 keeps compiling CoreNLP's large tagger and CRF methods for 30 to 40 s of a run.
@Warmup(iterations = 3, time = 20)
@Measurement(iterations = 3, time = 20)
public class AnalyzeBenchmark {

  private Analyzer analyzer;
  private List<Document> documents;

  @Setup(Level.Trial)
  public void load() {
    analyzer = Analyzer.forConfig(AnalyzerConfig.defaults());
    documents = Corpus.load();
  }

  @Benchmark
  @Threads(1)
  public void corpus(CorpusCounters counters, Blackhole bh) {
    analyzeAll(counters, bh);
  }

  @Benchmark
  @Threads(2)
  public void corpusTwoThreads(CorpusCounters counters, Blackhole bh) {
    analyzeAll(counters, bh);
  }

  private void analyzeAll(CorpusCounters counters, Blackhole bh) {
    for (Document d : documents) {
      DocumentAnalysis analysis = analyzer.analyze(d);
      counters.tokens += analysis.tokens();
      bh.consume(analysis);
    }
    counters.documents += documents.size();
  }
}
