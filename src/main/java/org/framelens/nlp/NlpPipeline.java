package org.framelens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one place that builds CoreNLP. Runs tokenize, ssplit, pos and lemma, then a single 3-class
 * CRF NER model (no SUTime, no numeric or fine-grained classifiers) on the stretches of text that
 * can hold a name: what attribution reads, and far faster than the default quote pipeline with
 * depparse and coref. One instance per JVM per level, shared by all threads (CoreNLP's annotators
 * are thread-safe).
 */
public final class NlpPipeline {

  /** Which annotators a run needs: themes alone do not need NER. */
  public enum Level {
    LEMMAS,
    ENTITIES
  }

  /**
   * Tokens either side of a name candidate that the CRF sees. On the dev data, 3 gives the same
   * attributions as whole sentences while classifying under half of the tokens.
   */
  static final int NAME_CONTEXT = 3;

  private static final ConcurrentMap<Level, NlpPipeline> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP corenlp;
  private final NERCombinerAnnotator ner; // null at LEMMAS

  private NlpPipeline(Level level) {
    Properties properties = properties();
    this.corenlp = new StanfordCoreNLP(properties, false);
    try {
      this.ner = level == Level.ENTITIES ? new NERCombinerAnnotator(properties) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CoreNLP's NER model", e);
    }
  }

  /** The JVM-wide pipeline for a level, loaded on first use. */
  public static NlpPipeline shared(Level level) {
    return SHARED.computeIfAbsent(level, NlpPipeline::new);
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
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
    Annotation annotation = new Annotation(LineWraps.unwrapped(text));
    corenlp.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (ner != null) {
      recognizeEntities(text, sentences);
    }
    int n = tokens.size();
    String[] words = new String[n];
    String[] lemmas = new String[n];
    String[] tags = new String[n];
    String[] labels = new String[n];
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
      labels[i] = label == null ? "O" : label;
    }
    int[] sentenceStarts = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      sentenceStarts[s] = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
    }
    sentenceStarts[sentences.size()] = n;
    return new ParsedDocument(text, words, lemmas, tags, labels, begins, ends, sentenceStarts);
  }

  /**
   * Runs the CRF only on the parts of sentences that can hold a name: every run of tokens within
   * {@link #NAME_CONTEXT} of a capitalised word (or of a sentence-initial proper noun), each run
   * classified as a sentence of its own. Everything else is O without being classified. On whole
   * sentences the CRF took more than half of CoreNLP's time, and its feature extraction was what
   * slowed down most when two threads ran.
   */
  private void recognizeEntities(String text, List<CoreMap> sentences) {
    List<CoreMap> fragments = new ArrayList<>();
    List<CoreLabel> fragmentTokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      boolean[] candidate = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).setNER("O");
        candidate[i] = isNameCandidate(tokens.get(i).word(), tokens.get(i).tag(), i == 0);
      }
      for (int[] run : nameContexts(candidate, NAME_CONTEXT)) {
        List<CoreLabel> part = new ArrayList<>(tokens.subList(run[0], run[1]));
        int from = part.get(0).beginPosition();
        int to = part.get(part.size() - 1).endPosition();
        CoreMap fragment = new ArrayCoreMap(5);
        fragment.set(CoreAnnotations.TokensAnnotation.class, part);
        fragment.set(CoreAnnotations.TextAnnotation.class, text.substring(from, to));
        fragment.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, from);
        fragment.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, to);
        fragment.set(CoreAnnotations.SentenceIndexAnnotation.class,
            sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        fragments.add(fragment);
        fragmentTokens.addAll(part);
      }
    }
    if (fragments.isEmpty()) {
      return;
    }
    Annotation named = new Annotation(text);
    named.set(CoreAnnotations.SentencesAnnotation.class, fragments);
    named.set(CoreAnnotations.TokensAnnotation.class, fragmentTokens);
    ner.annotate(named);
  }

  /**
   * Half-open token ranges {@code [from, to)} covering every candidate and {@code context} tokens
   * either side of it, overlapping ranges merged, in order.
   */
  static List<int[]> nameContexts(boolean[] candidate, int context) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < candidate.length; i++) {
      if (!candidate[i]) {
        continue;
      }
      int from = Math.max(0, i - context);
      int to = Math.min(candidate.length, i + context + 1);
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = to;
      } else {
        runs.add(new int[] {from, to});
      }
    }
    return runs;
  }

  /**
   * A capitalised word other than "I", or a proper noun at the start of a sentence, where every
   * word is capitalised.
   */
  static boolean isNameCandidate(String word, String tag, boolean sentenceInitial) {
    if (sentenceInitial) {
      return tag.startsWith("NNP");
    }
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !"PRP".equals(tag);
  }
}
