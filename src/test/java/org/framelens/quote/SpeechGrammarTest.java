package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases.Range;
import org.junit.jupiter.api.Test;

/** The grammar of speech-event sentences, on tagged sentences written for it. */
class SpeechGrammarTest {

  private static SpeechGrammar grammar(String text) {
    ParsedDocument doc = NlpPipeline.shared(NlpPipeline.Level.LEMMAS).parse(text);
    int[] quoteOf = new int[doc.size()];
    Arrays.fill(quoteOf, -1);
    return new SpeechGrammar(doc, quoteOf, SpeechCues.shipped());
  }

  /** Marks the tokens of {@code quoted} as lying inside quote 0. */
  private static SpeechGrammar grammarQuoting(String text, String quoted) {
    ParsedDocument doc = NlpPipeline.shared(NlpPipeline.Level.LEMMAS).parse(text);
    int[] quoteOf = new int[doc.size()];
    Arrays.fill(quoteOf, -1);
    int from = text.indexOf(quoted);
    for (int i = 0; i < doc.size(); i++) {
      if (doc.begin(i) >= from && doc.end(i) <= from + quoted.length()) {
        quoteOf[i] = 0;
      }
    }
    return new SpeechGrammar(doc, quoteOf, SpeechCues.shipped());
  }

  private static int token(SpeechGrammar g, String word) {
    ParsedDocument doc = g.doc();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.word(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  private static String text(SpeechGrammar g, Range r) {
    return r == null ? null : g.doc().text().substring(g.doc().begin(r.start()), g.doc().end(r.end() - 1));
  }

  @Test
  void aPastTenseSpeechVerbIsASpeechEventAndItsSubjectSpeaks() {
    SpeechGrammar g = grammar("The harbour minister said the ferries would run again.");
    int said = token(g, "said");
    assertEquals("The harbour minister", text(g, g.subjectOf(said, 0)));
    assertTrue(g.speechEvent(said) && g.says(said), "an active reporting verb");
    assertFalse(g.isPassive(said));
  }

  @Test
  void aModalOrABareInfinitiveAfterAnotherVerbIsNoSpeechEvent() {
    SpeechGrammar modal = grammar("The mayor will say nothing about the budget.");
    assertFalse(modal.speechEvent(token(modal, "say")));
    SpeechGrammar heard = grammar("The mayor heard the crowd shout at the council.");
    assertFalse(heard.speechEvent(token(heard, "shout")));
    SpeechGrammar negated = grammar("The mayor did not say why the budget failed.");
    assertTrue(negated.speechEvent(token(negated, "say")));
  }

  @Test
  void aFramingVerbIsACueButNotAClassicReportingVerb() {
    SpeechGrammar g = grammar("The senator hailed the treaty as a turning point.");
    int hailed = token(g, "hailed");
    assertTrue(g.speechEvent(hailed));
    assertTrue(g.cueLemma(hailed));
    assertFalse(g.says(hailed));
    assertFalse(g.sayLemma(hailed));
  }

  @Test
  void aPassiveSpeechVerbHasItsSpeakerInTheByPhrase() {
    SpeechGrammar g = grammar("The treaty was described as reckless by the opposition leader.");
    int described = token(g, "described");
    assertTrue(g.isPassive(described));
    assertEquals("the opposition leader", text(g, g.passiveAgent(described, g.doc().size())));
    SpeechGrammar active = grammar("The opposition leader described the treaty as reckless.");
    int activeVerb = token(active, "described");
    assertFalse(active.isPassive(activeVerb));
    assertNull(active.passiveAgent(activeVerb, active.doc().size()));
  }

  @Test
  void aSubjectInsideQuoteMarksIsNoSubject() {
    String text = "“The mayor” said nothing, the paper wrote.";
    SpeechGrammar g = grammarQuoting(text, "“The mayor”");
    int said = token(g, "said");
    assertFalse(g.outside(token(g, "mayor")));
    assertTrue(g.outside(said));
    assertNull(g.subjectOf(said, 0));
  }

  @Test
  void thePossessorOfASpeechNounIsItsOwnerWithCoordinationAndParticiple() {
    SpeechGrammar g = grammar("The plan reflects Oslo and Bergen's shared rhetoric on fishing.");
    int rhetoric = token(g, "rhetoric");
    assertTrue(SpeechGrammar.isSpeechNoun(g.doc().lemma(rhetoric)));
    assertEquals("Oslo and Bergen's", text(g, g.possessor(rhetoric, 0)));
    SpeechGrammar her = grammar("Critics questioned her latest statement on taxes.");
    assertEquals("her", text(her, her.possessor(token(her, "statement"), 0)));
    SpeechGrammar none = grammar("Critics questioned the latest statement on taxes.");
    assertNull(none.possessor(token(none, "statement"), 0));
  }

  @Test
  void thePossessorIsNotSoughtBeforeTheFloor() {
    SpeechGrammar g = grammar("The plan reflects Oslo and Bergen's shared rhetoric on fishing.");
    int rhetoric = token(g, "rhetoric");
    assertNull(g.possessor(rhetoric, rhetoric - 1));
  }

  @Test
  void commasDashesAndClosingQuotesAreGlueButWordsAreNot() {
    SpeechGrammar g = grammar("Rates will fall -- soon, the governor said.");
    assertTrue(g.isGlue(token(g, ",")));
    assertTrue(g.isGlue(token(g, "--")));
    assertFalse(g.isGlue(token(g, "soon")));
    assertTrue(g.isFiniteVerb(token(g, "said")));
    assertFalse(g.isFiniteVerb(token(g, "fall")));
  }
}
