package org.framelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The comparison point for framelens attribution: CoreNLP's default quote pipeline
 * ({@value #ANNOTATORS}, every other property at its default) over the {@code "text"} of each line
 * of a gold JSONL, written in the form {@code ../shared/tools/score_attribution.py} reads.
 *
 * <p>Usage: {@code CoreNlpQuoteBaseline GOLD.jsonl OUT.jsonl [--limit N]}. One output line per
 * document, flushed as it is written, so a run cut short still scores the documents it finished.
 * Quote spans are the inner spans (quote marks stripped); the speaker name is
 * QuoteAttributionAnnotator's canonical mention, or its speaker when coref gave no canonical one;
 * the mention is the local one the sieves linked the quote to.
 */
public final class CoreNlpQuoteBaseline {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static final String QUOTE_MARKS = "\"'`“”‘’«»„‟‹›";

  private CoreNlpQuoteBaseline() {}

  /** The pipeline the issue names, with CoreNLP's defaults for everything else. */
  static StanfordCoreNLP defaultQuotePipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    return new StanfordCoreNLP(props);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && !(args.length == 4 && args[2].equals("--limit"))) {
      System.err.println("usage: CoreNlpQuoteBaseline GOLD.jsonl OUT.jsonl [--limit N]");
      System.exit(2);
    }
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int limit = args.length == 4 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;

    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = defaultQuotePipeline();
    System.err.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);

    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    long tokens = 0;
    int docs = 0;
    int failed = 0;
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while (docs < limit && (line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String id = doc.path("id").asText();
        String text = doc.path("text").asText();
        ObjectNode result = json.createObjectNode();
        result.put("id", id);
        ArrayNode quotes = result.putArray("quotes");
        try {
          Annotation annotation = new Annotation(text);
          pipeline.annotate(annotation);
          List<CoreLabel> docTokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
          tokens += docTokens.size();
          List<CoreMap> found = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
          if (found != null) {
            for (CoreMap quote : found) {
              quotes.add(quoteJson(json, text, docTokens, quote));
            }
          }
        } catch (RuntimeException e) {
          // CoreNLP's coref occasionally throws on unusual input; the document then counts as
          // "no quotes found" in the score rather than stopping a multi-hour run.
          failed++;
          System.err.printf("%s:%d (%s): %s%n", gold, lineNumber, id, e);
        }
        w.write(json.writeValueAsString(result));
        w.write('\n');
        w.flush();
        docs++;
        if (docs % 10 == 0) {
          progress(docs, tokens, start);
        }
      }
    }
    progress(docs, tokens, start);
    System.err.printf("failed documents: %d%n", failed);
  }

  private static void progress(int docs, long tokens, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("%d documents, %d tokens, %.0f s, %.0f tokens/s%n", docs, tokens, seconds, tokens / seconds);
  }

  private static ObjectNode quoteJson(ObjectMapper json, String text, List<CoreLabel> docTokens, CoreMap quote) {
    int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    // The scorer compares against the span inside the marks.
    while (begin < end && QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0) {
      begin++;
    }
    while (end > begin && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    ObjectNode q = json.createObjectNode();
    q.put("start", begin);
    q.put("end", end);
    ArrayNode speakers = q.putArray("speakers");

    String canonical = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
    String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
    String mention = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
    Integer mentionBegin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
    Integer mentionEnd = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    String name = canonical != null ? canonical : speaker;
    if (name == null && mention == null) {
      return q;
    }
    ObjectNode s = speakers.addObject();
    s.put("name", name != null ? name : mention);
    if (mention != null) {
      ObjectNode m = s.putObject("mention");
      m.put("text", mention);
      if (mentionBegin != null && mentionEnd != null
          && 0 <= mentionBegin && mentionBegin <= mentionEnd && mentionEnd < docTokens.size()) {
        // Mention token indices are document-wide and the end index is inclusive.
        m.put("start", docTokens.get(mentionBegin).beginPosition());
        m.put("end", docTokens.get(mentionEnd).endPosition());
      }
    }
    return q;
  }
}
