package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.framelens.Fixtures;
import org.framelens.analysis.DocumentAnalysis;
import org.junit.jupiter.api.Test;

class StanceReaderTest {

  @Test
  void splitsConjoinedTargetsOfReportedSpeech() {
    List<Stance> s = stances("Foreign Minister Anna Berg condemned the blockade and the new tariffs on Monday.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the blockade").polarity());
    assertEquals(Stance.Polarity.AGAINST, only(s, "the new tariffs").polarity());
    assertEquals(Optional.of("anna-berg"), only(s, "the blockade").actor());
    assertEquals(Stance.Source.REPORTED, only(s, "the blockade").source());
  }

  @Test
  void aHolderThatNamesNoActorKeepsTheStanceWithItsMention() {
    Stance s = only(stances("In her heart, the old widow supports the opposition party."), "the opposition party");
    assertEquals(Optional.empty(), s.actor());
    assertEquals("the old widow", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
    Stance it = only(stances("It condemned the new tariffs on steel."), "the new tariffs on steel");
    assertEquals("It", it.holder());
    assertEquals(Stance.Polarity.AGAINST, it.polarity());
  }

  @Test
  void insideAQuoteASubjectOtherThanTheSpeakerHoldsWhatTheSpeakerReports() {
    List<Stance> s = stances("\"The regional council will support the new dam,\" Mayor Lena Falk said on Friday.");
    Stance dam = only(s, "the new dam");
    assertEquals("The regional council", dam.holder());
    assertEquals(Stance.Polarity.FOR, dam.polarity());
    assertEquals(Stance.Source.QUOTE, dam.source());
    assertTrue(s.stream().noneMatch(x -> x.actor().equals(Optional.of("lena-falk"))), "not the mayor's own: " + s);
  }

  @Test
  void weInAQuoteNobodyWasFoundToHaveSaidStillHoldsItsStance() {
    Stance s = only(stances("The rally went on until dusk. \"We reject the curfew.\""), "the curfew");
    assertEquals(Optional.empty(), s.actor());
    assertEquals("We", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aPronounTargetKeepsItsSpanAndLinksToTheActorItStandsFor() {
    List<Stance> s = stances("Senator Maria Costa proposed a new levy on imports. Critics said Premier Jan Vos rejected it. "
        + "Vos praised Costa. Later the premier criticized her.");
    Stance it = only(s, "it");
    assertEquals(Stance.Polarity.AGAINST, it.polarity());
    assertEquals(Optional.empty(), it.target().actor());
    Stance her = only(s, "her");
    assertEquals(Optional.of("maria-costa"), her.target().actor());
  }

  @Test
  void aThingIsNoHolderEvenWithAStanceVerb() {
    List<Stance> s = stances("The new budget supports growth. Higher tariffs threaten the recovery.");
    assertEquals(List.of(), s);
  }

  @Test
  void aResolvedHolderKeepsTheWordsItWasReadFrom() {
    Stance s = only(stances("Foreign Minister Anna Berg arrived on Monday. The minister praised the ceasefire."),
        "the ceasefire");
    assertEquals(Optional.of("anna-berg"), s.actor());
    assertEquals("The minister", s.holder());
    assertEquals(s.holder(), s.mention().text());
  }

  @Test
  void readsSupportThroughTheParticleOfCallFor() {
    List<Stance> s = stances("Opposition leader David Osei called for a ceasefire. He called the plan a mistake.");
    Stance ceasefire = only(s, "a ceasefire");
    assertEquals(Stance.Polarity.FOR, ceasefire.polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("plan")), "'called the plan' is no stance: " + s);
  }

  @Test
  void givesNoStanceForNegatedCriticism() {
    assertEquals(List.of(), stances("President Karim Nadiri did not condemn the strikes."));
  }

  @Test
  void readsARefusalToBackAsOpposition() {
    Stance s = only(stances("President Karim Nadiri refused to back the resolution."), "the resolution");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("karim-nadiri"), s.actor());
  }

  @Test
  void creditsAStanceInsideAQuoteToItsSpeakerOnlyWhenTheSpeakerOwnsIt() {
    DocumentAnalysis a = Fixtures.analyze("stance", "“We reject these sanctions,” said Maria Holm, the government spokeswoman. "
        + "“They criticized our budget,” she added.");
    Stance reject = only(a.stances(), "these sanctions");
    assertEquals(Optional.of("maria-holm"), reject.actor());
    assertEquals(Stance.Source.QUOTE, reject.source());
    assertEquals(Optional.of("sanctions"), reject.target().theme());
    Stance budget = only(a.stances(), "our budget"); // the speaker reports someone else's criticism
    assertEquals("They", budget.holder());
    assertEquals(Optional.empty(), budget.actor());
  }

  @Test
  void namesATargetThatIsAnActor() {
    Stance nato = only(stances("Defense Minister Viktor Khrenin criticized NATO on Friday."), "NATO");
    assertEquals(Optional.of("nato"), nato.target().actor());
  }

  @Test
  void takesNoStanceFromThingsThatCannotHoldOne() {
    assertEquals(List.of(), stances("The deal expands cooperation and strengthens trade."));
  }

  @Test
  void keepsABareNounThatSharesTheNextConjunctsHeadWithIt() {
    List<Stance> s = stances("Defense Minister Viktor Khrenin welcomed defense and security interactions with Minsk.");
    assertEquals(Stance.Polarity.FOR, only(s, "defense and security interactions").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("defense")), s.toString());
  }
}
