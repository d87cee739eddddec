package org.framelens.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.framelens.Fixtures;
import org.framelens.corpus.Document;
import org.framelens.corpus.Json;

/**
 * What every analysis promises whatever the text: no exception escapes, every offset is a Java
 * {@code String} (UTF-16) index into the text as given, a span's {@code text} is exactly what it
 * slices, no offset splits a surrogate pair, the same text gives the same output twice, and the
 * JSONL line reads back to the same analysis. The checks walk the JSON form, so they hold every
 * field that has offsets, including ones added later.
 *
 * <p>Seeded and bounded: the same inputs on every run, about half a minute in all on two cores.
 * A failure prints the shrunk text and the seed to repeat it.
 */
class AnalysisPropertiesTest {

  private static final String SEED = "20261203";

  private static final List<String> QUOTE_MARKS = List.of("\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚",
      "‹", "›", "`", "´", "＂", "「", "」");
  private static final List<String> WORDS = List.of("the", "minister", "said", "told", "reporters", "according",
      "to", "he", "she", "they", "both", "ministers", "criticized", "sanctions", "we", "will", "not", "back",
      "down", "hegemony", "Anna", "Berg", "Jonas", "Weber", "Mr.", "Dr.", "Tehran", "Minsk", "NATO", "Iran's",
      "spokeswoman", "added", "asked", "why", "now", "a", "of", "in", "on", "and", "—", "-", ",", ".", ":", ";",
      "?", "!", "(", ")", "...", "…", "U.S.", "2026", "3.5%", "e-mail", "don't", "ministers’");
  private static final List<String> ODD = List.of("🙂", "👍🏽", "𝐀𝐁", "𠀀", "é", "ﬁ", "\u0301", "\u200b", "\u00a0",
      "\ufeff", "\t", "\u2028", "\r\n", "\n", "\n\n", "\n\n\n", "   \n", "\r", "\u0000", "\uFFFD", "ß", "İ", "Ω");

  private static final List<List<String>> MARK_PAIRS = List.of(List.of("“", "”"), List.of("\"", "\""),
      List.of("«", "»"), List.of("„", "“"), List.of("‘", "’"), List.of("“", "\""), List.of("”", "”"),
      List.of("“", "“"), List.of("‹", "›"), List.of("「", "」"));
  private static final List<String> CUES = List.of(" Anna Berg said.", " she said.", " said Jonas Weber,",
      " the minister told reporters.", " according to Tehran.", "", " he asked.", "\n\nWeber added:");

  /** A quotation with a pair of marks (matching or not), a few words inside, and maybe a cue after it. */
  private static Arbitrary<String> quotation() {
    Arbitrary<String> inside = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
    return Combinators.combine(Arbitraries.of(MARK_PAIRS), inside, Arbitraries.of(",", ".", "?", ""),
        Arbitraries.of(CUES)).as((marks, words, stop, cue) -> marks.get(0) + words + stop + marks.get(1) + cue);
  }

  /** News-like pieces: words and names, quotations and cues, stray quote marks, emoji, blank lines. */
  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> piece = Arbitraries.<String>frequencyOf(
        Tuple.of(8, Arbitraries.of(WORDS)),
        Tuple.of(3, quotation()),
        Tuple.of(3, Arbitraries.of(QUOTE_MARKS)),
        Tuple.of(2, Arbitraries.of(ODD)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n", "\n\n");
    return Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(250)
        .map(parts -> String.join("", parts));
  }

  /** Any UTF-16 text at all, lone surrogates and control characters included. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  /** One sentence of up to 3,000 words with no full stop, quotes opened and maybe never closed. */
  @Provide
  Arbitrary<String> longSentence() {
    Arbitrary<String> word = Arbitraries.<String>frequencyOf(
        Tuple.of(12, Arbitraries.of(WORDS.stream().filter(w -> !w.equals(".") && !w.equals("?")
            && !w.equals("!")).toList())),
        Tuple.of(1, Arbitraries.of(QUOTE_MARKS)));
    return word.list().ofMinSize(1000).ofMaxSize(3000).map(words -> String.join(" ", words));
  }

  @Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void newsLikeTextKeepsTheContract(@ForAll("newsLike") String text) throws Exception {
    DocumentAnalysis analysis = assertContract(text);
    // the generator must reach the interesting paths, or the property proves little
    Statistics.label("quotes").collect(analysis.quotes().isEmpty() ? "none" : "some");
    Statistics.label("speakers").collect(analysis.quotes().stream().anyMatch(q -> !q.speakers().isEmpty()) ? "some" : "none");
    Statistics.label("quotes").coverage(c -> c.check("some").percentage(p -> p >= 30));
    Statistics.label("speakers").coverage(c -> c.check("some").percentage(p -> p >= 10));
  }

  @Property(tries = 40, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
  void anyTextKeepsTheContract(@ForAll("anyText") String text) throws Exception {
    assertContract(text);
  }

  @Property(tries = 4, seed = SEED, shrinking = ShrinkingMode.OFF)
  void veryLongSentencesKeepTheContract(@ForAll("longSentence") String text) throws Exception {
    assertContract(text);
  }

  private static DocumentAnalysis assertContract(String text) throws Exception {
    DocumentAnalysis first = Fixtures.analyzer().analyze(new Document("doc", text));
    String line = Json.mapper().writeValueAsString(first);
    String again = Json.mapper().writeValueAsString(Fixtures.analyzer().analyze(new Document("doc", text)));
    check(line.equals(again), "the same text gives the same output twice", text, line + "\n" + again);
    check(!line.contains("\n"), "one JSONL line", text, line);
    check(first.tokens() >= 0, "a token count", text, line);
    DocumentAnalysis back = Json.mapper().readValue(line, DocumentAnalysis.class);
    check(first.equals(back), "the JSONL line reads back to the same analysis", text, line);
    List<String> problems = new ArrayList<>();
    checkOffsets(Json.mapper().readTree(line), "$", text, problems);
    check(problems.isEmpty(), "offsets slice the text", text, String.join("\n", problems));
    return first;
  }

  /** Every object with integer {@code start}/{@code end} (or sentence bounds) slices {@code text}. */
  private static void checkOffsets(JsonNode node, String path, String text, List<String> problems) {
    if (node.isObject()) {
      checkSpan(node, "start", "end", path, text, problems);
      checkSpan(node, "sentenceStart", "sentenceEnd", path, text, problems);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        checkOffsets(field.getValue(), path + "." + field.getKey(), text, problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkOffsets(node.get(i), path + "[" + i + "]", text, problems);
      }
    }
  }

  private static void checkSpan(JsonNode node, String startField, String endField, String path, String text,
      List<String> problems) {
    if (!node.path(startField).isInt() && !node.path(endField).isInt()) {
      return;
    }
    if (!node.path(startField).isInt() || !node.path(endField).isInt()) {
      problems.add(path + ": " + startField + " without " + endField + " or the other way round");
      return;
    }
    int start = node.get(startField).asInt();
    int end = node.get(endField).asInt();
    if (start < 0 || end < start || end > text.length()) {
      problems.add(path + ": [" + start + ", " + end + ") outside a text of " + text.length() + " chars");
      return;
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      problems.add(path + ": [" + start + ", " + end + ") splits a surrogate pair");
    }
    if (startField.equals("start") && node.path("text").isTextual()
        && !node.get("text").asText().equals(text.substring(start, end))) {
      problems.add(path + ": text " + node.get("text") + " but [" + start + ", " + end + ") is "
          + show(text.substring(start, end)));
    }
  }

  private static boolean splitsSurrogatePair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
  }

  /** The text in Java escapes, so a failing input can be pasted into a test as it is. */
  private static String show(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append('"').toString();
  }

  private static void check(boolean ok, String promise, String text, String detail) {
    if (!ok) {
      throw new AssertionError(promise + " fails for text " + show(text) + ":\n" + detail);
    }
  }
}
