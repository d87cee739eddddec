package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.framelens.actor.Actor;
import org.framelens.analysis.DocumentAnalysis;

/** Assertions on who a quote is attributed to, naming the quote in failures. */
final class AttributionAssert {

  private AttributionAssert() {}

  static Quote quote(DocumentAnalysis analysis, String startOfText) {
    for (Quote q : analysis.quotes()) {
      if (q.text().startsWith(startOfText)) {
        return q;
      }
    }
    fail("no quote starting with '" + startOfText + "' in " + analysis.quotes().stream().map(Quote::text).toList());
    return null;
  }

  /** The quote's speakers are exactly these canonical names, in any order. */
  static Quote assertSpeakers(DocumentAnalysis analysis, String startOfText, String... names) {
    Quote q = quote(analysis, startOfText);
    List<String> actual = q.speakers().stream().map(Speaker::name).sorted().toList();
    assertEquals(List.of(names).stream().sorted().toList(), actual, "speakers of '" + q.text() + "'");
    return q;
  }

  static Actor actor(DocumentAnalysis analysis, String id) {
    return analysis.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id + " in " + analysis.actors().stream().map(Actor::id).toList()));
  }

  /** Every quote and mention offset indexes the text it claims to. */
  static void assertOffsetsIndexText(String text, DocumentAnalysis analysis) {
    for (Quote q : analysis.quotes()) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      for (Speaker s : q.speakers()) {
        assertEquals(s.mention().text(), text.substring(s.mention().start(), s.mention().end()));
      }
      q.cue().ifPresent(c -> assertEquals(c.text(), text.substring(c.start(), c.end())));
      assertTrue(q.confidence() > 0 || q.speakers().isEmpty());
    }
  }
}
