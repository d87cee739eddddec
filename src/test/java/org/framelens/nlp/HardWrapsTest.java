package org.framelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HardWrapsTest {

  @Test
  void aLineThatGoesOnInLowerCaseJoinsTheLineBeforeAndKeepsEveryOffset() {
    String text = "The minister repeated her support for the\nnew dam on Monday.";
    String out = HardWraps.unwrap(text);
    assertEquals("The minister repeated her support for the new dam on Monday.", out);
    assertEquals(text.length(), out.length());
  }

  @Test
  void headlinesParagraphsAndFinishedLinesStayApart() {
    String text = "Dam Plan Divides The Valley\nFarmers protested on Monday.\nThe mayor said\n\nnothing more.";
    assertEquals("Dam Plan Divides The Valley\nFarmers protested on Monday.\nThe mayor said\n\nnothing more.",
        HardWraps.unwrap(text));
    String plain = "No line breaks here.";
    assertSame(plain, HardWraps.unwrap(plain));
  }

  @Test
  void inATextWrappedAtAFixedWidthALineAlsoGoesOnBeforeACapital() {
    String text = "Farmers in the valley have long opposed the plan of\n"
        + "the regional council to flood their land, and on Monday\n"
        + "they marched to the office of the governor with a petition\n"
        + "signed by several thousand residents, who asked that\n"
        + "Governor Lena Falk meet them before the vote.\n"
        + "She declined.";
    String out = HardWraps.unwrap(text);
    assertEquals(text.length(), out.length());
    assertEquals(1, out.chars().filter(c -> c == '\n').count(), out);
    assertEquals("asked that Governor Lena Falk", out.substring(out.indexOf("asked"), out.indexOf(" meet")));
  }

  @Test
  void aTextWithOneLowerCaseContinuationIsNotTakenForAWrappedOne() {
    String text = "Valley Farmers March\nOn Monday farmers marched\nto the office of the governor.";
    assertEquals("Valley Farmers March\nOn Monday farmers marched to the office of the governor.", HardWraps.unwrap(text));
  }

  @Test
  void aSentenceCutByAWrapIsOneSentenceForThePipeline() {
    ParsedDocument doc = NlpPipeline.shared(NlpPipeline.Level.LEMMAS)
        .parse("The minister repeated her support for the\nnew dam on Monday.");
    assertEquals(1, doc.sentenceCount());
    assertEquals("new", doc.word(7));
  }
}
