package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.nlp.Phrases.Range;
import org.junit.jupiter.api.Test;

/** A decision handed on to another quote keeps its speaker and is never surer than before. */
class DecisionTest {

  @Test
  void aDecisionHandedOnKeepsItsSpeakerMentionAndCueUnderTheNewMethod() {
    Decision said = new Decision(List.of("lena-sato"), new Range(4, 6), 7, "cue-after", 0.9);
    Decision next = said.as("previous-speaker", 0.65);
    assertEquals(List.of("lena-sato"), next.actors());
    assertEquals(new Range(4, 6), next.mention());
    assertEquals(7, next.cue());
    assertEquals("previous-speaker", next.method());
    assertEquals(0.65, next.confidence());
  }

  @Test
  void aDecisionHandedOnIsNoSurerThanTheOneItCameFrom() {
    Decision weak = new Decision(List.of("lena-sato"), new Range(0, 1), -1, "possessive-speech-noun", 0.55);
    assertEquals(0.55, weak.as("paragraph-continuation", 0.85).confidence());
  }
}
