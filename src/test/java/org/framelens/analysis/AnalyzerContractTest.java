package org.framelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.Fixtures;
import org.framelens.actor.Actor;
import org.framelens.corpus.Document;
import org.framelens.corpus.Json;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every analysis keeps, on real fixtures, edge cases and random text: offsets in
 * range and pointing at the text they name, every referenced actor listed, deterministic output.
 */
class AnalyzerContractTest {

  static Stream<String> texts() {
    List<String> texts = new ArrayList<>();
    texts.add(Fixtures.seed());
    for (String f : List.of("basic-cues.txt", "long-quotes.txt", "groups-metonymy.txt", "pronouns-titles.txt")) {
      texts.add(Fixtures.resource("org/framelens/quote/" + f));
    }
    texts.add("x");
    texts.add("“");
    texts.add("\"\"\" “” ‘’ «» \"");
    texts.add("“Unclosed at the very end");
    texts.add("Line one\r\n\r\n“Windows line ends,” she said.\r\n");
    texts.add("\uFEFFA byte order mark, then “a quote,” he said.");
    texts.add("Emoji 🙂 before “a quote 🙂,” said Ana Silva.");
    Random random = new Random(42);
    String alphabet = "abc XYZ.,;:!?\"“”‘’'«»—-\n\t()Smith said he";
    for (int n = 0; n < 6; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void keepsOffsetsActorsAndDeterminism(String text) throws Exception {
    DocumentAnalysis first = Fixtures.analyzer().analyze(new Document("doc", text));
    DocumentAnalysis second = Fixtures.analyzer().analyze(new Document("doc", text));
    assertEquals(Json.mapper().writeValueAsString(first), Json.mapper().writeValueAsString(second));

    Set<String> actorIds = new HashSet<>();
    for (Actor a : first.actors()) {
      assertTrue(actorIds.add(a.id()), "actor ids are unique: " + a.id());
    }
    for (Quote q : first.quotes()) {
      assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), "quote in range");
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      for (Speaker s : q.speakers()) {
        s.actor().ifPresent(id -> assertTrue(actorIds.contains(id), "speaker " + id + " is listed"));
        assertEquals(s.mention().text(), text.substring(s.mention().start(), s.mention().end()));
      }
    }
    for (CreditedHit h : first.themes()) {
      assertEquals(true, h.hit().start() >= h.sentenceStart() && h.hit().end() <= h.sentenceEnd());
      assertTrue(h.sentenceEnd() <= text.length());
      h.actors().forEach(id -> assertTrue(actorIds.contains(id), "credited actor " + id + " is listed"));
    }
    for (Stance s : first.stances()) {
      s.actor().ifPresent(id -> assertTrue(actorIds.contains(id), "stance holder " + id + " is listed"));
      assertEquals(s.mention().text(), text.substring(s.mention().start(), s.mention().end()));
      assertEquals(s.target().text(), text.substring(s.target().start(), s.target().end()));
      assertEquals(s.evidence().text(), text.substring(s.evidence().start(), s.evidence().end()));
    }
  }
}
