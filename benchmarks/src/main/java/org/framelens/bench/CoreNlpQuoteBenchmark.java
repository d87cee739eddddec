package org.framelens.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The yardstick for {@link AnalyzeBenchmark}: the same corpus through CoreNLP's default quote
 * pipeline ({@value CoreNlpQuoteBaseline#ANNOTATORS}, CoreNLP defaults otherwise), one thread.
 * Same operation and counters as {@code AnalyzeBenchmark.corpus}, so the ratio of the two corpus
 * rates is the speed-up on identical input. Tokens are counted with CoreNLP's default tokenizer
 * options, which could differ from framelens's (on this corpus both count 6,258); passes/s and
 * documents/s give the ratio independently of that.
 *
 * <p>A pass takes several seconds, hence the long iterations. depparse and coref need a large
 * heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 1, time = 30)
@Measurement(iterations = 3, time = 30)
@Threads(1)
public class CoreNlpQuoteBenchmark {

  private StanfordCoreNLP pipeline;
  private List<Document> documents;

  @Setup(Level.Trial)
  public void load() {
    pipeline = CoreNlpQuoteBaseline.defaultQuotePipeline();
    documents = Corpus.load();
  }

  @Benchmark
  public void corpus(CorpusCounters counters, Blackhole bh) {
    for (Document d : documents) {
      Annotation annotation = new Annotation(d.text());
      pipeline.annotate(annotation);
      counters.tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
      bh.consume(annotation);
    }
    counters.documents += documents.size();
  }
}
