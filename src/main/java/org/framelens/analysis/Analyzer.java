package org.framelens.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.framelens.actor.DocumentActors;
import org.framelens.actor.Gazetteer;
import org.framelens.corpus.Document;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import org.framelens.quote.Attributor;
import org.framelens.quote.QuoteFinder;
import org.framelens.quote.QuoteMarks;
import org.framelens.quote.SpeechCues;

/**
 * The library's front door: document in, {@link DocumentAnalysis} out. Thread-safe; every heavy
 * part (CoreNLP models, gazetteer, compiled lexicons) is built once per JVM and shared.
 */
public final class Analyzer {

  private static final Map<AnalyzerConfig, Analyzer> SHARED = new ConcurrentHashMap<>();

  private final NlpPipeline pipeline;
  private final Gazetteer gazetteer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final Attributor attributor;

  private Analyzer(AnalyzerConfig config) {
    this.pipeline = NlpPipeline.shared(NlpPipeline.Level.ENTITIES);
    this.gazetteer = Gazetteer.shipped();
    this.attributor = new Attributor(SpeechCues.shipped());
  }

  /** The analyzer for a configuration, built on first use and shared within the JVM. */
  public static Analyzer forConfig(AnalyzerConfig config) {
    return SHARED.computeIfAbsent(config, Analyzer::new);
  }

  public DocumentAnalysis analyze(Document document) {
    ParsedDocument parsed = pipeline.parse(document.text());
    return analyze(document, parsed);
  }

  /** The analysis of an already parsed document (what the attribution benchmark measures). */
  public DocumentAnalysis analyze(Document document, ParsedDocument parsed) {
    List<QuoteMarks> marks = quoteFinder.find(document.text());
    DocumentActors actors = new DocumentActors(parsed, gazetteer);
    Attributor.Result attribution = attributor.attribute(parsed, marks, actors);
    return new DocumentAnalysis(document.id(), document.metadata(), parsed.size(), attribution.quotes(),
        actors.actors(), List.of(), List.of());
  }

  public ParsedDocument parse(String text) {
    return pipeline.parse(text);
  }
}
