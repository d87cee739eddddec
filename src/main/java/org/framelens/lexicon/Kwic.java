package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;

/**
 * Keywords in context, after quanteda's {@code kwic}: each hit with the words before and after it
 * in its sentence, so an analyst can judge an entry by reading its hits.
 */
public final class Kwic {

  /** One hit in context; {@code pre} and {@code post} are up to the window's tokens of its sentence. */
  public record Line(String document, int start, int end, String theme, String entry, boolean negated,
      String pre, String keyword, String post) {}

  private Kwic() {}

  /**
   * The lines of the hits on {@code themes}, with {@code window} tokens either side (quanteda's
   * default is 5), read from the document text so that spacing stays as written.
   */
  public static List<Line> lines(String document, ParsedDocument doc, List<ThemeHit> hits, Set<String> themes,
      int window) {
    List<Line> out = new ArrayList<>();
    for (ThemeHit h : hits) {
      if (!themes.contains(h.theme())) {
        continue;
      }
      int first = doc.tokenAtOrAfter(h.start());
      int last = Math.max(first, doc.tokenAtOrAfter(h.end() - 1));
      int sentence = doc.sentenceOf(Math.min(first, doc.size() - 1));
      int from = Math.max(doc.sentenceStart(sentence), first - window);
      int to = Math.min(doc.sentenceEnd(sentence), last + 1 + window);
      String text = doc.text();
      String pre = from < first ? text.substring(doc.begin(from), h.start()) : "";
      String post = last + 1 < to ? text.substring(h.end(), doc.end(to - 1)) : "";
      out.add(new Line(document, h.start(), h.end(), h.theme(), h.entry(), h.negated(), oneLine(pre),
          oneLine(text.substring(h.start(), h.end())), oneLine(post)));
    }
    return out;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
