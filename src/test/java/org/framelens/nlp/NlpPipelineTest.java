package org.framelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the CRF is run on, and that the labels it gives still reach every token. */
class NlpPipelineTest {

  @Test
  void nameContextsCoverEachCandidateWithItsContextAndMergeOverlaps() {
    boolean[] candidate = new boolean[25];
    candidate[0] = true;
    candidate[5] = true;
    candidate[14] = true;
    candidate[24] = true;
    List<String> runs = new ArrayList<>();
    for (int[] run : NlpPipeline.nameContexts(candidate, 3)) {
      runs.add(run[0] + "-" + run[1]);
    }
    assertEquals(List.of("0-9", "11-18", "21-25"), runs);
  }

  @Test
  void aSentenceWithoutCandidatesIsNotClassified() {
    assertTrue(NlpPipeline.nameContexts(new boolean[12], 3).isEmpty());
  }

  @Test
  void capitalisedWordsAndInitialProperNounsAreNameCandidates() {
    assertTrue(NlpPipeline.isNameCandidate("Minsk", "NNP", false));
    assertTrue(NlpPipeline.isNameCandidate("NATO", "NNP", false));
    assertTrue(NlpPipeline.isNameCandidate("Western", "JJ", false));
    assertTrue(NlpPipeline.isNameCandidate("Nasirzadeh", "NNP", true));
    assertFalse(NlpPipeline.isNameCandidate("The", "DT", true));
    assertFalse(NlpPipeline.isNameCandidate("Officials", "NNS", true));
    assertFalse(NlpPipeline.isNameCandidate("I", "PRP", false));
    assertFalse(NlpPipeline.isNameCandidate("said", "VBD", false));
  }

  /**
   * The last line is lower case throughout: run on that whole sentence, the CRF labels "david osei"
   * PERSON and "geneva" LOCATION, so "O" there shows the CRF was not run where no capitalised word
   * is near (the speed-up "How attribution works" describes), not merely that it found nothing.
   */
  @Test
  void namesAreLabelledAndWordsFarFromAnyNameAreNot() {
    String text = "Defense Minister Aziz Nasirzadeh met his counterpart Viktor Khrenin in Minsk.\n"
        + "The talks were long and, as most of those who had followed them for weeks expected, "
        + "ended without any agreement at all, according to officials in Tehran.\n"
        + "we met david osei at the united nations in geneva and he said nothing at all to anyone there.";
    ParsedDocument doc = NlpPipeline.shared(NlpPipeline.Level.ENTITIES).parse(text);
    assertEquals("PERSON PERSON", labels(doc, text, "Aziz Nasirzadeh"));
    assertEquals("PERSON PERSON", labels(doc, text, "Viktor Khrenin"));
    assertEquals("LOCATION", labels(doc, text, "Minsk"));
    assertEquals("LOCATION", labels(doc, text, "Tehran"));
    assertEquals("O O O O", labels(doc, text, "without any agreement at"));
    assertEquals("O O", labels(doc, text, "david osei"));
    assertEquals("O", labels(doc, text, "geneva"));
  }

  @Test
  void theLemmaLevelLeavesEveryTokenOutside() {
    String text = "Aziz Nasirzadeh visited Minsk.";
    ParsedDocument doc = NlpPipeline.shared(NlpPipeline.Level.LEMMAS).parse(text);
    assertEquals("O O", labels(doc, text, "Aziz Nasirzadeh"));
    assertEquals("visit", doc.lemma(2));
  }

  /** The NER labels of the tokens that make up the first occurrence of {@code words}. */
  private static String labels(ParsedDocument doc, String text, String words) {
    int start = text.indexOf(words);
    int end = start + words.length();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.begin(i) >= start && doc.end(i) <= end) {
        labels.add(doc.ner(i));
      }
    }
    return String.join(" ", labels);
  }
}
