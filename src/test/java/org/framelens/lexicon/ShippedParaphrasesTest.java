package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped lexicons on rhetoric written as paraphrase, and on look-alikes that are not it, through CoreNLP. */
class ShippedParaphrasesTest {

  private static final ThemeMatcher SHIPPED = ThemeMatcher.compile(Lexicons.shipped());

  private static Set<String> themes(String sentence) {
    ParsedDocument d = NlpPipeline.shared(NlpPipeline.Level.LEMMAS).parse(sentence);
    Set<String> out = new TreeSet<>();
    SHIPPED.match(d).forEach(h -> out.add(h.theme()));
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "We are nobody's vassal.|sovereignty",
      "No foreign capital will choose our friends for us.|sovereignty",
      "We want a union of free and equal nations.|multipolarity",
      "One currency should not be a weapon against the whole world.|hegemony",
      "A handful of powers are writing the rules for everyone else.|hegemony",
      "They want to dictate their terms to the rest of us.|hegemony",
      "Washington pulled out of the climate protocol last year.|unilateralism",
      "The government keeps ignoring Security Council resolutions.|unilateralism",
      "The election is purely our internal affair, the minister said.|sovereignty",
      "Sanctions have hurt Europe more than Russia, the minister said.|sanctions",
      "\"Sanctions have failed,\" he said.|sanctions",
      "Investigators linked the cell to Osama bin Laden.|counterterrorism",
      "Several states joined a broad anti-terrorist coalition.|counterterrorism",
      "The defence minister met his counterpart in Riga for talks.|security_cooperation",
      "Nobody will ever make us submit to their will; we will never surrender.|resistance",
      "Brussels exerted heavy pressure on the small republic.|western_pressure",
      "Foreign governments were accused of backing the coup.|western_pressure",
      "We are a sovereign state, not a colony.|sovereignty",
      "They must stop lecturing other countries about democracy.|hegemony",
      "Trade will be settled in national currencies from next year.|multipolarity",
      "Freezing our reserves was theft, the governor said.|sanctions",
      "They weaponized the dollar against half the world.|western_pressure",
      "NATO keeps moving east, closer to our borders.|nato_expansion",
      "The alliance is creeping eastward year by year.|nato_expansion"})
  void findsTheRhetoricWrittenAsParaphrase(String sentence, String theme) {
    Set<String> found = themes(sentence);
    assertTrue(found.contains(theme), sentence + " gave " + found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The sovereign debt market rallied on Tuesday.",
      "A tariff on steel imports takes effect in May.",
      "Tariffs rose again.",
      "She did not submit the application on time.",
      "The judge made an independent decision.",
      "The company will withdraw from the merger agreement.",
      "Police said the suspect carried a weapon.",
      "The council held a meeting on September 11 about the budget.",
      "The bank dominates the world of mortgage lending in the city.",
      "He came under political pressure to resign from the board.",
      "Investors chose their own path through the market.",
      "The ants did not leave the colony in winter.",
      "The court must protect the independence of the judiciary.",
      "Police seized assets of the drug gang.",
      "The company has monopoly power in the chip market.",
      "The national currency fell against the dollar in early trade.",
      "The hiring freeze at the central bank ends in May.",
      "The retailer will expand into three new markets."})
  void leavesLookAlikesAlone(String sentence) {
    assertEquals(Set.of(), themes(sentence), sentence);
  }
}
