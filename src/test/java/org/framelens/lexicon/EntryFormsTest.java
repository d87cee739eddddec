package org.framelens.lexicon;

import static org.framelens.lexicon.Docs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Entry words found however the text writes them: case, sentence position, plural, hyphen, possessive. */
class EntryFormsTest {

  private static final ThemeMatcher M = ThemeMatcher.compile(Lexicons.fromSources(Map.of("t.yaml", """
      format: framelens-lexicon/1
      themes:
        - id: sanctions
          entries: [sanction, embargo, unilateral coercive measures]
        - id: sovereignty
          entries: [sovereignty, sovereign equality, non-interference]
        - id: nato_expansion
          entries: [nato expansion]
        - id: hegemony
          entries: [hegemony, anti-hegemonic]
      """), Lexicon.empty()));

  private static List<String> hits(ParsedDocument d) {
    List<String> out = new ArrayList<>();
    for (ThemeHit h : M.match(d)) {
      out.add(h.theme() + ":" + h.span().of(d.text()) + (h.negated() ? ":negated" : ""));
    }
    return out;
  }

  @Test
  void aSentenceInitialCapitalisedPluralThatCoreNlpKeepsAsAProperNounIsFound() {
    // CoreNLP tags "Sanctions" at the start of a sentence NNPS and keeps it as its own lemma
    assertEquals(List.of("sanctions:Sanctions"), hits(doc("Sanctions/sanctions/NNPS have/have/VBP failed/fail/VBN")));
    assertEquals(List.of("sanctions:Embargoes"), hits(doc("Embargoes/embargoes/NNP hurt/hurt/VBP")));
  }

  @Test
  void aHeadlineInCapitalsIsFound() {
    assertEquals(List.of("sanctions:SANCTIONS", "hegemony:HEGEMONY"),
        hits(doc("SANCTIONS/sanctions/NNPS AND/and/CC HEGEMONY/hegemony/NNP")));
  }

  @Test
  void aPluralOfAWordThatIsNoEntryStaysUnmatchedEvenAsAProperNoun() {
    // a tariff is not a sanction: undoing the plural must not invent a match
    assertEquals(List.of(), hits(doc("Tariffs/tariffs/NNPS have/have/VBP failed/fail/VBN")));
  }

  @Test
  void aProperNounThatMerelyEndsInSIsNotReadAsAPlural() {
    assertEquals(List.of(), hits(doc("Sovereigntys/sovereigntys/NN rule")));
    assertEquals(List.of(), hits(doc("Embargos/embargos/NN rule")));
  }

  @Test
  void aPhraseMatchesAcrossAPossessive() {
    assertEquals(List.of("nato_expansion:NATO 's expansion"),
        hits(doc("NATO/nato/NNP 's/'s/POS expansion/expansion/NN")));
  }

  @Test
  void aPossessiveAloneDoesNotCompleteAPhrase() {
    assertEquals(List.of(), hits(doc("NATO/nato/NNP 's/'s/POS leaders")));
  }

  @Test
  void aHyphenatedEntryMatchesWholeSplitAndClosedUp() {
    assertEquals(List.of("sovereignty:non-interference", "sovereignty:non - interference",
        "sovereignty:noninterference"),
        hits(doc("non-interference | non - interference | noninterference")));
    assertEquals(List.of("hegemony:anti-hegemonic"), hits(doc("their anti-hegemonic/anti-hegemonic/JJ stance")));
  }

  @Test
  void theSovereignDebtMarketIsNotSovereigntyRhetoric() {
    assertEquals(List.of(), hits(doc("the sovereign debt market fell | Sovereign/sovereign/NNP bonds/bond rallied")));
    assertEquals(List.of("sovereignty:sovereign equality"), hits(doc("the sovereign equality of states")));
  }

  @Test
  void aTariffIsNotASanction() {
    assertEquals(List.of(), hits(doc("a tariff on steel | Tariffs/tariffs/NNPS rose")));
  }
}
