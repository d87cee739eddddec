package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets in shapes of English the plain object reading misses: shifted objects, split infinitives, long clause subjects. */
class TargetShapesTest {

  @Test
  void anObjectPutAfterItsAsPhraseIsStillTheObject() {
    List<Stance> s = stances("Mayor Lena Falk denounced as a disgrace the closure of the river ferry.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the closure of the river ferry").polarity());
    List<Stance> a = stances("Senator Ruth Ames condemned as \"reckless\" the sale of the harbour.");
    assertEquals(Stance.Polarity.AGAINST, only(a, "the sale of the harbour").polarity());
  }

  @Test
  void aClauseSubjectKeepsItsOwnPrepositionalPhrases() {
    List<Stance> s = stances("The union demanded that wording about the pension cuts be removed from the bill.");
    Stance d = s.stream().filter(x -> x.target().text().startsWith("wording about the pension cuts")).findFirst().orElseThrow();
    assertEquals(Stance.Polarity.FOR, d.polarity());
    List<Stance> w = stances("Senator Ruth Ames warned that the number of closures in the northern valleys could rise.");
    assertEquals(Stance.Polarity.AGAINST, only(w, "the number of closures in the northern valleys").polarity());
  }

  @Test
  void aQuotedNameEndingInAnApostropheIsAClauseSubject() {
    List<Stance> s = stances("Senator Ruth Ames and Mayor Lena Falk agreed that 'Open Ports' could ease the shortage.");
    assertTrue(s.stream().anyMatch(x -> x.target().text().equals("Open Ports") && x.polarity() == Stance.Polarity.FOR), s.toString());
  }

  @Test
  void aSplitInfinitiveIsStillTheWantedDeed() {
    List<Stance> s = stances("Mayor Lena Falk plans to quietly repaint the tram depot.");
    assertEquals(Stance.Polarity.FOR, only(s, "repaint the tram depot").polarity());
  }

  @Test
  void aVerbOfStartingCarriesOnToTheDeedItStarts() {
    List<Stance> s = stances("Mayor Lena Falk promised to start building cheaper flats.");
    assertEquals(Stance.Polarity.FOR, only(s, "start building cheaper flats").polarity());
  }

  @Test
  void aPassiveWithItsComplementIsATarget() {
    List<Stance> s = stances("The council agreed to be bound by the ruling of the court.");
    assertEquals(Stance.Polarity.FOR, only(s, "be bound by the ruling of the court").polarity());
  }

  @Test
  void aWordBetweenAnArticleAndANounBelongsToThePhrase() {
    List<Stance> s = stances("The rebels have always sought a just settlement.");
    assertEquals(Stance.Polarity.FOR, only(s, "a just settlement").polarity());
  }

  @Test
  void twoCoordinatedCuesShareTheirObject() {
    List<Stance> s = stances("Mayor Lena Falk rejects and strongly condemns the raids on the camp.");
    assertEquals(2, s.stream().filter(x -> x.target().text().equals("the raids on the camp")
        && x.polarity() == Stance.Polarity.AGAINST).count(), s.toString());
  }

  @Test
  void aVerbCoordinatedWithACueThatIsNoCueLendsItNoObject() {
    List<Stance> s = stances("The farmers protested and marched to the square.");
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("square")), s.toString());
  }

  @Test
  void anAdverbBeforeAnAdjectivesComplementIsPassedOver() {
    List<Stance> s = stances("Mayor Lena Falk is worried especially about the harbour district.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the harbour district").polarity());
  }

  @Test
  void anObjectRelativeBeforeTheMainVerbIsTheTarget() {
    List<Stance> s = stances("The levy that the farmers opposed was dropped in May.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "The levy").polarity());
  }

  @Test
  void participlesAndDegreeAdverbsBetweenAnArticleAndItsNounStayInThePhrase() {
    List<Stance> s = stances("Senator Ruth Ames backed the failed attempt to reform the port.");
    assertEquals(Stance.Polarity.FOR, only(s, "the failed attempt").polarity());
    List<Stance> m = stances("Senator Ruth Ames preferred a more cautious approach.");
    assertEquals(Stance.Polarity.FOR, only(m, "a more cautious approach").polarity());
  }

  @Test
  void coordinatedAdjectivesShareTheirNoun() {
    List<Stance> s = stances("Senator Ruth Ames called for free and fair elections.");
    assertEquals(Stance.Polarity.FOR, only(s, "free and fair elections").polarity());
  }

  @Test
  void anAdjunctBeforeTheInfinitiveIsPassedOver() {
    List<Stance> s = stances("Mayor Lena Falk agreed at the summit in Lima to repaint the old depot.");
    assertEquals(Stance.Polarity.FOR, only(s, "repaint the old depot").polarity());
  }

  @Test
  void anAddresseeAfterToIsPassedOverToTheProposedDeed() {
    List<Stance> s = stances("Mayor Lena Falk proposed to the rail company to rebuild the old depot.");
    assertEquals(Stance.Polarity.FOR, only(s, "rebuild the old depot").polarity());
    List<Stance> n = stances("Mayor Lena Falk proposed to Nordbahn to rebuild the old depot.");
    assertEquals(Stance.Polarity.FOR, only(n, "rebuild the old depot").polarity());
  }

  @Test
  void anObjectKeepsItsNestedComplements() {
    List<Stance> s = stances("The fishermen's union condemned the sale of the harbour of Port Vell.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the sale of the harbour of Port Vell").polarity());
    List<Stance> w = stances("Local farmers warned of the damage from the new quarry.");
    assertEquals(Stance.Polarity.AGAINST, only(w, "the damage from the new quarry").polarity());
  }

  @Test
  void aComplementWithCoordinatedAdjectivesIsReadWhole() {
    List<Stance> s = stances("The minister praised the support of small and large farms.");
    assertEquals(Stance.Polarity.FOR, only(s, "the support of small and large farms").polarity());
  }

  @Test
  void aWantedDeedKeepsThePartnerOfItsRelation() {
    List<Stance> s = stances("Mayor Lena Falk wants to resume talks with the dock workers.");
    assertEquals(Stance.Polarity.FOR, only(s, "resume talks with the dock workers").polarity());
  }

  @Test
  void whatIsFearedToExistIsTheTargetPastAModal() {
    List<Stance> s = stances("The union fears there will be more layoffs at the plant.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "more layoffs").polarity());
    List<Stance> h = stances("Mayor Lena Falk hopes there could be a deal on the budget.");
    assertEquals(Stance.Polarity.FOR, only(h, "a deal on the budget").polarity());
  }

  @Test
  void aNameBeforeOfStaysApartFromTheReason() {
    List<Stance> s = stances("Senator Ruth Ames accused Nordbahn of bias against rural towns.");
    assertTrue(s.stream().anyMatch(x -> x.target().text().equals("Nordbahn")), s.toString());
  }

  @Test
  void theObjectOfAgreeingOnStaysTheTarget() {
    List<Stance> s = stances("Mayor Lena Falk agreed on the rules to repaint the old depot.");
    assertEquals(Stance.Polarity.FOR, only(s, "the rules").polarity());
  }

  @Test
  void aSumIsTheObjectOfTheDeed() {
    List<Stance> s = stances("The Harlow Group agreed to spend $6 million on the old harbour.");
    assertTrue(s.stream().anyMatch(x -> x.target().text().startsWith("spend $6 million")), s.toString());
  }

  @Test
  void aDenialIsAgainstWhatItSaysIsNotSo() {
    List<Stance> s = stances("Senator Ruth Ames denied that the ferry belonged to the navy.");
    assertEquals(Stance.Polarity.AGAINST, only(s, "the ferry").polarity());
    List<Stance> e = stances("Senator Ruth Ames denied there were delays at the border.");
    assertEquals(Stance.Polarity.AGAINST, only(e, "delays").polarity());
  }

  @Test
  void aDateAfterTheNounIsNoPartOfIt() {
    List<Stance> s = stances("Senator Ruth Ames called for the vote on Dec. 7 of the whole council.");
    assertEquals(Stance.Polarity.FOR, only(s, "the vote").polarity());
  }

  @Test
  void aClauseAfterTheOneToldIsWhatIsRecommended() {
    List<Stance> s = stances("Mayor Lena Falk will recommend to the board today that the ferry fare be cut.");
    assertTrue(s.stream().anyMatch(x -> x.target().text().startsWith("the ferry fare") && x.polarity() == Stance.Polarity.FOR), s.toString());
  }

  @Test
  void aCallIsWhatOneIsThankedFor() {
    List<Stance> s = stances("Mayor Lena Falk thanked Senator Ruth Ames for her phone call.");
    assertEquals(Stance.Polarity.FOR, only(s, "her phone call").polarity());
  }

  @Test
  void aDeedCanBeTheSubjectOfTheClauseHopedFor() {
    List<Stance> s = stances("Senator Ruth Ames hopes that lifting the ban on exports will help the farmers.");
    assertEquals(Stance.Polarity.FOR, only(s, "lifting the ban on exports").polarity());
  }

  @Test
  void aPrepositionBeforeAGerundCarriesTheDeedOn() {
    List<Stance> s = stances("Senator Ruth Ames wants to refrain from raising taxes on farms.");
    assertEquals(Stance.Polarity.FOR, only(s, "refrain from raising taxes on farms").polarity());
  }
}
