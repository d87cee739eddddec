package org.framelens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one place that builds CoreNLP. Runs tokenize, ssplit, pos, lemma and a single 3-class CRF
 * NER model (no SUTime, no numeric or fine-grained classifiers): what attribution reads, and about
 * 20 times faster than the default quote pipeline with depparse and coref. One instance per JVM
 * per setting, shared by all threads ({@code StanfordCoreNLP.annotate} is thread-safe).
 */
public final class NlpPipeline {

  /** Which annotators a run needs: themes alone do not need NER. */
  public enum Level {
    LEMMAS("tokenize,ssplit,pos,lemma"),
    ENTITIES("tokenize,ssplit,pos,lemma,ner");

    final String annotators;

    Level(String annotators) {
      this.annotators = annotators;
    }
  }

  private static final ConcurrentMap<Level, NlpPipeline> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP corenlp;

  private NlpPipeline(Level level) {
    this.corenlp = new StanfordCoreNLP(properties(level), false);
  }

  /** The JVM-wide pipeline for a level, loaded on first use. */
  public static NlpPipeline shared(Level level) {
    return SHARED.computeIfAbsent(level, NlpPipeline::new);
  }

  static Properties properties(Level level) {
    Properties p = new Properties();
    p.setProperty("annotators", level.annotators);
    // Paragraph breaks are sentence breaks in news; headlines and datelines have no final period.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.language", "en");
    return p;
  }

  public ParsedDocument parse(String text) {
    Annotation annotation = new Annotation(text);
    corenlp.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    int n = tokens.size();
    String[] words = new String[n];
    String[] lemmas = new String[n];
    String[] tags = new String[n];
    String[] ner = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      begins[i] = t.beginPosition();
      ends[i] = t.endPosition();
      words[i] = text.substring(begins[i], ends[i]);
      String lemma = t.lemma();
      lemmas[i] = (lemma == null ? words[i] : lemma).toLowerCase(Locale.ROOT);
      tags[i] = t.tag() == null ? "" : t.tag();
      String label = t.ner();
      ner[i] = label == null ? "O" : label;
    }
    int[] sentenceStarts = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      sentenceStarts[s] = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
    }
    sentenceStarts[sentences.size()] = n;
    return new ParsedDocument(text, words, lemmas, tags, ner, begins, ends, sentenceStarts);
  }
}
