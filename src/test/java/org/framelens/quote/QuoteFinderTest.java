package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private static List<String> texts(String text, List<QuoteMarks> marks) {
    return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void findsCurlyStraightAndGuillemetQuotesWithoutTheirMarks() {
    String text = "He said “one,” then \"two\" and «three».";
    List<QuoteMarks> marks = finder.find(text);
    assertEquals(List.of("one,", "two", "three"), texts(text, marks));
    QuoteMarks first = marks.get(0);
    assertEquals('“', text.charAt(first.outerStart()));
    assertEquals('”', text.charAt(first.outerEnd() - 1));
    assertFalse(first.unclosed());
  }

  @Test
  void keepsNestedSingleQuotesInsideTheDoubleQuote() {
    String text = "“As one told me, ‘they can replace machines,’ and that was that,” she said.";
    assertEquals(List.of("As one told me, ‘they can replace machines,’ and that was that,"), texts(text, finder.find(text)));
  }

  @Test
  void readsSingleCurlyQuotesAsPrimaryMarksButNotApostrophes() {
    String text = "The ministers’ talks were called ‘a breakthrough’ by aides who don’t agree.";
    assertEquals(List.of("a breakthrough"), texts(text, finder.find(text)));
  }

  @Test
  void endsAnUnclosedQuoteWithItsParagraph() {
    String text = "A sign read “Fair pay now\n\nThe strike goes on, officials said.";
    List<QuoteMarks> marks = finder.find(text);
    assertEquals(List.of("Fair pay now"), texts(text, marks));
    assertTrue(marks.get(0).unclosed());
  }

  @Test
  void marksAParagraphThatOpensWithAQuoteAfterAnUnclosedOneAsContinuation() {
    String text = "“We will stay out.\n\n“Every worker knows it,” she said.\n\n“A new quote,” he said.";
    List<QuoteMarks> marks = finder.find(text);
    assertEquals(3, marks.size());
    assertTrue(marks.get(0).unclosed());
    assertTrue(marks.get(1).continuation());
    assertFalse(marks.get(2).continuation(), "a closed quote before it: no continuation");
  }

  @Test
  void findsNothingInTextWithoutQuoteMarks() {
    assertEquals(List.of(), finder.find("No quotes here, only the minister’s words."));
    assertEquals(List.of(), finder.find(""));
  }

  @Test
  void pairsStraightQuotesAcrossMixedMarks() {
    String text = "\"Open,\" he said, “and closed.\"";
    assertEquals(List.of("Open,", "and closed."), texts(text, finder.find(text)));
  }

  @Test
  void closesAtAnOpeningMarkTypedWhereTheClosingOneBelongs() {
    String text = "“It's unusual,“ said Noble. “Nobody expected it.”";
    assertEquals(List.of("It's unusual,", "Nobody expected it."), texts(text, finder.find(text)));
  }
}
