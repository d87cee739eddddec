package org.framelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framelens.Fixtures;
import org.framelens.nlp.Phrases.Range;
import org.junit.jupiter.api.Test;

/** Subjects read off POS tags, as attribution and stance both use them. */
class PhrasesTest {

  private static String subjectOf(String text, String verb) {
    ParsedDocument doc = Fixtures.analyzer().parse(text);
    int v = 0;
    while (!doc.word(v).equals(verb)) {
      v++;
    }
    Range r = Phrases.subjectOf(doc, v, doc.sentenceStart(doc.sentenceOf(v)));
    return r == null ? null : doc.text().substring(doc.begin(r.start()), doc.end(r.end() - 1));
  }

  @Test
  void aDayAfterTheSubjectIsNotPartOfIt() {
    assertEquals("Foreign Minister Ana Lopes", subjectOf("Foreign Minister Ana Lopes Sunday urged a ceasefire.", "urged"));
    assertEquals("The ministry", subjectOf("The ministry last week welcomed the ruling.", "welcomed"));
  }

  @Test
  void aVerbAfterAndSharesTheSubjectOfTheFirstVerbPastItsDay() {
    assertEquals("Portugal", subjectOf("Portugal Tuesday rejected the offer and called for new talks.", "called"));
  }

  @Test
  void aDayAloneIsNoSubject() {
    assertNull(subjectOf("Last Sunday brought heavy rain to the coast.", "brought"));
  }

  @Test
  void aParticipleAfterANounAndADayDoesNotTakeTheNounAsSubject() {
    assertNotEquals("donors", subjectOf("She wrote to donors Tuesday inviting them to a dinner.", "inviting"));
  }
}
