package org.framelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framelens.corpus.CorpusReader.InputFormat;
import org.junit.jupiter.api.Test;

/** Standard input as one article or as a JSONL corpus. */
class CorpusReaderStdinTest {

  private static final String CORPUS = """
      {"id": "one", "text": "The mayor opened the bridge.", "date": "2024-06-01"}
      {"id": "two", "text": "The council approved the budget."}
      """;

  private static List<CorpusReader.Item> read(String stdin, InputFormat format) {
    List<CorpusReader.Item> items = new ArrayList<>();
    new CorpusReader(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), format)
        .forEach(List.of("-"), items::add);
    return items;
  }

  @Test
  void jsonlFormatReadsOneDocumentPerLineWithMetadata() {
    List<CorpusReader.Item> items = read(CORPUS, InputFormat.JSONL);
    assertEquals(2, items.size());
    assertEquals("one", items.get(0).document().id());
    assertEquals("The mayor opened the bridge.", items.get(0).document().text());
    assertEquals("2024-06-01", items.get(0).document().metadata().get("date"));
    assertEquals("two", items.get(1).document().id());
  }

  @Test
  void autoRecognisesAJsonlCorpusByItsFirstLine() {
    List<CorpusReader.Item> items = read(CORPUS, InputFormat.AUTO);
    assertEquals(List.of("one", "two"), items.stream().map(i -> i.document().id()).toList());
  }

  @Test
  void autoKeepsAnArticleThatStartsWithABraceAsOneArticle() {
    String article = "{Editor's note: updated.}\nThe mayor opened the bridge on Friday.\n";
    List<CorpusReader.Item> items = read(article, InputFormat.AUTO);
    assertEquals(1, items.size());
    assertEquals("-", items.get(0).document().id());
    assertEquals(article, items.get(0).document().text());
  }

  @Test
  void txtFormatReadsEvenAJsonlCorpusAsOneArticle() {
    List<CorpusReader.Item> items = read(CORPUS, InputFormat.TXT);
    assertEquals(1, items.size());
    assertEquals(CORPUS, items.get(0).document().text());
  }

  @Test
  void aBadLineOfAJsonlCorpusOnStandardInputNamesDashAndTheLine() {
    List<CorpusReader.Item> items = read(CORPUS + "[1, 2]\n", InputFormat.AUTO);
    assertEquals(3, items.size());
    assertTrue(items.get(2).problem().toString().startsWith("-:3: expected a JSON object"),
        items.get(2).problem().toString());
  }
}
