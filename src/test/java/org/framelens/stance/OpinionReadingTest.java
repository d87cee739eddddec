package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.framelens.Fixtures;
import org.junit.jupiter.api.Test;

/** Holder, cue and target for verbs, nouns, adjectives and evaluative words, in sentences of our own. */
class OpinionReadingTest {

  private static List<Stance> stances(String text) {
    return Fixtures.analyze("opinion", text).stances();
  }

  private static Stance toward(List<Stance> stances, String target) {
    List<Stance> found = stances.stream().filter(s -> s.target().text().equals(target)).toList();
    assertEquals(1, found.size(), "stances toward '" + target + "' in " + stances);
    return found.get(0);
  }

  @Test
  void readsTheAccusedAsTheTargetOfAccuse() {
    Stance s = toward(stances("Foreign Minister Anna Kowalski accused Moldova of violating the truce."), "Moldova");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("anna-kowalski"), s.actor());
    assertEquals("accused", s.cue().text());
  }

  @Test
  void anOutcomeReportedInAQuoteIsNoJudgmentOfWhoWon() {
    assertEquals(List.of(), stances("“Mayor Ana Ruiz will win the runoff easily,” said Tom Berg."));
    assertEquals(List.of(), stances("“Governor Ed Lamb was defeated and his aide was fired,” said Tom Berg."));
    assertEquals(Stance.Polarity.AGAINST,
        toward(stances("“Mayor Ana Ruiz is a disgrace,” said Tom Berg."), "Mayor Ana Ruiz").polarity());
  }

  @Test
  void noDoubtAffirmsTheJudgment() {
    assertEquals(Stance.Polarity.AGAINST, toward(stances("“There is no doubt that the mayor’s plan is a disgrace,” said Tom Berg."),
        "the mayor’s plan").polarity());
  }

  @Test
  void readsTheWantedVerbPhraseOfWantAndUrge() {
    Stance wants = toward(stances("Prime Minister Omar Haddad wants to resume talks with the rebels."),
        "resume talks with the rebels");
    assertEquals(Stance.Polarity.FOR, wants.polarity());
    assertEquals(Stance.Polarity.FOR, toward(stances("Prime Minister Omar Haddad called for a ceasefire."),
        "a ceasefire").polarity());
  }

  @Test
  void readsAPossessorsAttitudeNounAndItsComplement() {
    Stance s = toward(stances("Mayor Ines Roth's condemnation of the curfew surprised no one."), "the curfew");
    assertEquals(Optional.of("ines-roth"), s.actor());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals("condemnation", s.cue().text());
  }

  @Test
  void readsTheSubjectOfALightVerbAsTheHolderOfSupport() {
    Stance s = toward(stances("President Jonas Berg voiced support for the reform."), "the reform");
    assertEquals(Optional.of("jonas-berg"), s.actor());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void readsTheAgentOfAnAttitudeNounAfterItsComplement() {
    Stance s = toward(stances("The condemnation of the strikes by Foreign Minister Abel Tamrat came quickly."), "the strikes");
    assertEquals(Optional.of("abel-tamrat"), s.actor());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void givesNoStanceForAnAttitudeNounWithoutItsObject() {
    assertEquals(List.of(), stances("President Jonas Berg faced criticism on Tuesday."));
  }

  @Test
  void readsPredicateAdjectives() {
    Stance opposed = toward(stances("Senator Clara Ngata is opposed to the new tariffs."), "the new tariffs");
    assertEquals(Stance.Polarity.AGAINST, opposed.polarity());
    assertEquals(Optional.of("clara-ngata"), opposed.actor());
    Stance eager = toward(stances("Senator Clara Ngata is eager to reopen the border crossing."),
        "reopen the border crossing");
    assertEquals(Stance.Polarity.FOR, eager.polarity());
  }

  @Test
  void readsAnEvaluativeWordInAQuoteAboutWhatItWasSaidOf() {
    Stance s = toward(stances("“This is a disgrace,” Judge Alan Pryce said of the ruling."), "the ruling");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("alan-pryce"), s.actor());
    assertEquals(Stance.Source.QUOTE, s.source());
  }

  @Test
  void readsWhatANamingVerbCallsAThreat() {
    Stance s = toward(stances("Foreign Minister Karl Olsen called the blockade a threat to regional peace."),
        "the blockade");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("karl-olsen"), s.actor());
  }

  @Test
  void readsTheCopulaSubjectOfAnEvaluativePredicateInAQuote() {
    Stance s = toward(stances("“The election was a farce,” said opposition leader Tom Achebe."), "The election");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("elections"), s.target().concept());
  }

  @Test
  void takesThePossessedNameNotThePossessorAsTarget() {
    Stance s = toward(stances("Governor Dan Ellis criticised Lisbon's newly elected mayor Rita Lopes."), "Rita Lopes");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertTrue(stances("Governor Dan Ellis criticised Lisbon's newly elected mayor Rita Lopes.").stream()
        .noneMatch(x -> x.target().text().equals("Lisbon")));
  }

  @Test
  void linksAnObjectPronounToThePersonItStandsFor() {
    Stance s = toward(stances("Senator Mary Jones met Governor Tom Reed on Monday. Later she criticized him sharply."), "him");
    assertEquals(Optional.of("tom-reed"), s.target().actor());
    assertEquals(Optional.of("mary-jones"), s.actor());
  }

  @Test
  void givesNoStanceToAGroupNoOneIsNamedFor() {
    List<Stance> s = stances("Senator Mary Jones, Governor Tom Reed, Mayor Ann Lee and Judge Carl Boyd spoke on Monday. "
        + "Her colleagues welcomed the budget.");
    assertTrue(s.stream().noneMatch(x -> List.of("mary-jones", "tom-reed", "ann-lee", "carl-boyd").contains(x.actor().orElse(""))),
        "no named person holds the colleagues' stance: " + s);
  }

  @Test
  void readsNoStanceOfTheOneAccusedInAReducedRelative() {
    assertEquals(List.of(), stances("A charity accused of funding the rebels closed its offices."));
  }

  @Test
  void dropsTargetsThatNameNothing() {
    assertEquals(List.of(), stances("Opposition leader Ruth Kamau welcomed Wednesday."));
    assertEquals(List.of(), stances("Opposition leader Ruth Kamau welcomed the number."));
    assertEquals(List.of(), stances("Opposition leader Ruth Kamau praised 2,000 supporters."));
    assertEquals(List.of(), stances("Opposition leader Ruth Kamau praised her children."));
  }

  @Test
  void namesTheConceptOfATreatyUnderItsSeveralNames() {
    Stance a = toward(stances("President Leila Farahani rejected the JCPOA."), "the JCPOA");
    Stance b = toward(stances("President Leila Farahani rejected the Iran nuclear deal."), "the Iran nuclear deal");
    assertEquals(Optional.of("iran_nuclear_deal"), a.target().concept());
    assertEquals(a.target().concept(), b.target().concept());
  }

  @Test
  void readsNoOpinionFromADeedTheWriterReports() {
    assertEquals(List.of(), stances("Ambassador Erik Lund strengthened the embassy's security measures."));
  }

  @Test
  void givesEveryStanceAConfidenceBetweenZeroAndOne() {
    List<Stance> s = stances("Minister Ana Costa condemned the strikes. “We welcome the accord,” said Ana Costa.");
    assertEquals(2, s.size(), s.toString());
    for (Stance x : s) {
      assertTrue(x.confidence() > 0.5 && x.confidence() <= 1.0, x.toString());
    }
  }

  @Test
  void theObjectOfAVerbOfFeelingHoldsTheStanceTowardItsSubject() {
    Stance s = toward(stances("The new tariff angered Governor Lena Marsh."), "The new tariff");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("lena-marsh"), s.actor());
    Stance pleased = toward(stances("The wage offer has pleased Senator Paul Greer."), "The wage offer");
    assertEquals(Stance.Polarity.FOR, pleased.polarity());
  }

  @Test
  void aVerbOfFeelingWithNoPartyAsObjectOrUnderNegationReadsNothing() {
    assertTrue(stances("The new tariff angered the markets.").isEmpty());
    assertTrue(stances("The new tariff did not anger Governor Lena Marsh.").stream()
        .noneMatch(s -> s.cue().text().equals("anger")));
    assertTrue(stances("Governor Lena Marsh was angered by the tariff.").stream()
        .noneMatch(s -> s.target().text().equals("Governor Lena Marsh")));
  }
}
