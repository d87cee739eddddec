package org.framelens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.framelens.actor.DocumentActors;
import org.framelens.actor.Gazetteer;
import org.framelens.corpus.Document;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.ThemeHit;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import org.framelens.quote.Attributor;
import org.framelens.quote.Quote;
import org.framelens.quote.QuoteFinder;
import org.framelens.quote.QuoteMarks;
import org.framelens.quote.Speaker;
import org.framelens.quote.SpeechCues;
import org.framelens.stance.OpinionWords;
import org.framelens.stance.StanceCues;
import org.framelens.stance.StanceReader;

/**
 * The library's front door: document in, {@link DocumentAnalysis} out. Thread-safe; every heavy
 * part (CoreNLP models, gazetteer, compiled lexicons) is built once per JVM and shared, so a Spark
 * executor calls {@link #forConfig} in each task and gets the same instance.
 */
public final class Analyzer {

  private static final Map<AnalyzerConfig, Analyzer> SHARED = new ConcurrentHashMap<>();

  private final NlpPipeline pipeline;
  private final Gazetteer gazetteer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final Attributor attributor;
  private final Lexicon lexicon;
  private final ThemeMatcher matcher;
  private final StanceReader stanceReader;
  private final ThemeMatcher conceptMatcher;
  private final OpinionWords opinionWords;

  private Analyzer(AnalyzerConfig config) {
    this.lexicon = lexicon(config);
    this.conceptMatcher = ThemeMatcher.compile(lexicon(config, "concepts"));
    this.opinionWords = OpinionWords.of(lexicon(config, "opinion"));
    this.matcher = ThemeMatcher.compile(lexicon);
    this.gazetteer = Gazetteer.shipped();
    this.attributor = new Attributor(SpeechCues.shipped());
    this.stanceReader = new StanceReader(StanceCues.shipped());
    this.pipeline = NlpPipeline.shared(NlpPipeline.Level.ENTITIES);
  }

  /**
   * The analyzer for a configuration, built on first use and shared within the JVM.
   *
   * @throws org.framelens.lexicon.LexiconException when a user lexicon is invalid
   * @throws UncheckedIOException when a user lexicon cannot be read
   */
  public static Analyzer forConfig(AnalyzerConfig config) {
    return SHARED.computeIfAbsent(config, Analyzer::new);
  }

  private static Lexicon lexicon(AnalyzerConfig config) {
    Lexicon lexicon = config.replaceShippedLexicons() ? Lexicon.empty() : Lexicons.shipped();
    for (String path : config.lexicons()) {
      if (Lexicons.isOfKind(Path.of(path), "concepts") || Lexicons.isOfKind(Path.of(path), "opinion")) {
        continue;
      }
      try {
        lexicon = Lexicons.load(Path.of(path), lexicon);
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": " + e.getMessage(), e);
      }
    }
    return lexicon;
  }

  /** A lexicon of another kind: the shipped one plus user paths under a folder of the kind's name. */
  private static Lexicon lexicon(AnalyzerConfig config, String kind) {
    Lexicon lexicon = Lexicons.shipped(kind);
    for (String path : config.lexicons()) {
      if (Lexicons.isOfKind(Path.of(path), kind)) {
        try {
          lexicon = Lexicons.load(Path.of(path), lexicon);
        } catch (IOException e) {
          throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
      }
    }
    return lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public DocumentAnalysis analyze(Document document) {
    return analyze(document, pipeline.parse(document.text()));
  }

  public ParsedDocument parse(String text) {
    return pipeline.parse(text);
  }

  /** The analysis of an already parsed document: everything after CoreNLP. */
  public DocumentAnalysis analyze(Document document, ParsedDocument parsed) {
    List<QuoteMarks> marks = quoteFinder.find(document.text());
    DocumentActors actors = new DocumentActors(parsed, gazetteer);
    Attributor.Result attribution = attributor.attribute(parsed, marks, actors);
    List<ThemeHit> hits = matcher.match(parsed);
    List<Quote> quotes = new ArrayList<>(attribution.quotes());
    List<CreditedHit> credited = credit(parsed, hits, quotes, attribution.reports());
    var stances = stanceReader.read(new StanceReader.Input(parsed, attribution.quoteOfToken(), quotes,
        attribution.reports(), actors, hits, conceptMatcher.match(parsed), opinionWords.find(parsed)));
    return new DocumentAnalysis(document.id(), document.metadata(), parsed.size(), quotes, actors.actors(),
        credited, stances);
  }

  /**
   * Gives each hit its voice: a quote's speakers (and the quote lists the theme), else the actor
   * whose speech the sentence reports when the hit follows the report's subject, else the article.
   * A negated hit still gives the quote its theme: a quote that rejects sanctions is about
   * sanctions. Which side the speaker takes is the stance's job; the hit keeps its flag for it.
   */
  private static List<CreditedHit> credit(ParsedDocument doc, List<ThemeHit> hits, List<Quote> quotes,
      List<Attributor.Report> reports) {
    List<Set<String>> quoteThemes = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      quoteThemes.add(new LinkedHashSet<>());
    }
    List<CreditedHit> out = new ArrayList<>(hits.size());
    for (ThemeHit hit : hits) {
      int token = doc.tokenAtOrAfter(hit.start());
      int sentence = doc.sentenceOf(Math.min(token, doc.size() - 1));
      int sentenceStart = doc.begin(doc.sentenceStart(sentence));
      int sentenceEnd = doc.end(doc.sentenceEnd(sentence) - 1);
      int q = quoteContaining(quotes, hit);
      if (q >= 0) {
        quoteThemes.get(q).add(hit.theme());
        List<String> speakers = quotes.get(q).speakers().stream().flatMap(s -> s.actor().stream()).toList();
        out.add(new CreditedHit(hit, speakers.isEmpty() ? CreditedHit.Voice.ARTICLE : CreditedHit.Voice.QUOTE,
            speakers, sentenceStart, sentenceEnd));
        continue;
      }
      Attributor.Report report = null;
      for (Attributor.Report r : reports) {
        if (r.sentence() == sentence && doc.begin(r.subject().start()) <= hit.start() && !r.actors().isEmpty()) {
          report = r;
          break;
        }
      }
      out.add(report == null
          ? new CreditedHit(hit, CreditedHit.Voice.ARTICLE, List.of(), sentenceStart, sentenceEnd)
          : new CreditedHit(hit, CreditedHit.Voice.REPORTED, report.actors(), sentenceStart, sentenceEnd));
    }
    for (int q = 0; q < quotes.size(); q++) {
      quotes.set(q, quotes.get(q).withThemes(List.copyOf(quoteThemes.get(q))));
    }
    return out;
  }

  private static int quoteContaining(List<Quote> quotes, ThemeHit hit) {
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      if (quote.start() <= hit.start() && hit.end() <= quote.end()) {
        return q;
      }
    }
    return -1;
  }
}
