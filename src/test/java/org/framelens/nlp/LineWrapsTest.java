package org.framelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.Fixtures;
import org.junit.jupiter.api.Test;

/** Hard-wrapped text is read by paragraph; other text keeps every line break as a sentence break. */
class LineWrapsTest {

  private static final String WRAPPED = "Harbour strike ends\n\n"
      + "  The dock workers' union on Friday accepted the \n"
      + "new wage offer and called off the strike that had \n"
      + "closed the port for nine days.\n\n"
      + "  Shipping firms welcomed the deal.\n";

  @Test
  void aWrappedParagraphIsOneSentenceAndOffsetsAreUnchanged() {
    String unwrapped = LineWraps.unwrapped(WRAPPED);
    assertEquals(WRAPPED.length(), unwrapped.length());
    assertTrue(unwrapped.startsWith("Harbour strike ends\n\n"), "the headline stays apart: " + unwrapped);
    ParsedDocument doc = Fixtures.analyzer().parse(WRAPPED);
    assertEquals(3, doc.sentenceCount(), "headline, one wrapped sentence, one more");
    int closed = 0;
    while (!doc.word(closed).equals("closed")) {
      closed++;
    }
    assertEquals("closed", WRAPPED.substring(doc.begin(closed), doc.end(closed)));
  }

  @Test
  void linesWithoutBlankLinesBetweenParagraphsStaySentences() {
    String text = "Port reopens\nthe union said on Friday\nShipping firms welcomed the deal.\nmore to follow\n";
    assertFalse(LineWraps.wrapped(text));
    assertEquals(text, LineWraps.unwrapped(text));
  }

  @Test
  void oneOddLineIsNotAWrappedText() {
    String text = "Port reopens\n\nThe union accepted the offer.\nmore to follow\n\nShipping firms welcomed it.\n";
    assertFalse(LineWraps.wrapped(text));
  }
}
