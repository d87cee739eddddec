package org.framelens.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.framelens.Fixtures;
import org.junit.jupiter.api.Test;

/** What the context of a cue does to its stance: each case in a sentence of our own. */
class ScopeTest {

  private static List<Stance> stances(String text) {
    return Fixtures.analyze("scope", text).stances();
  }

  private static Stance toward(List<Stance> stances, String target) {
    List<Stance> found = stances.stream().filter(s -> s.target().text().equals(target)).toList();
    assertEquals(1, found.size(), "stances toward '" + target + "' in " + stances);
    return found.get(0);
  }

  @Test
  void aNegatedCriticismGivesNoStance() {
    assertEquals(List.of(), stances("Prime Minister Lena Dahl did not condemn the raids."));
  }

  @Test
  void refusingToTakePartIsOpposition() {
    Stance s = toward(stances("Prime Minister Eva Lind said Norway would not join the embargo on Cuba."),
        "the embargo on Cuba");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(java.util.Optional.of("cuba_embargo"), s.target().concept());
  }

  @Test
  void aRefusalToBackIsOpposition() {
    Stance s = toward(stances("Senator Maria Ruiz refused to back the pipeline."), "the pipeline");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(Optional.of("maria-ruiz"), s.actor());
  }

  @Test
  void aRefusalToActIsAgainstTheActWhenTheActSaysNothingItself() {
    List<Stance> s = stances("Minister Tom Lind refused to help the rebels.");
    assertEquals(Stance.Polarity.AGAINST, toward(s, "help the rebels").polarity());
    assertEquals(1, s.size(), s.toString());
  }

  @Test
  void wantingNoneOfSomethingIsBeingAgainstIt() {
    List<Stance> s = stances("President Ana Silva seeks no confrontation with the unions.");
    assertEquals(Stance.Polarity.AGAINST, toward(s, "confrontation").polarity());
    assertTrue(s.stream().noneMatch(x -> x.polarity() == Stance.Polarity.FOR), s.toString());
    assertEquals(List.of(), stances("President Ana Silva criticized no one."));
    assertTrue(stances("President Ana Silva offered no plan for the mines.").stream()
        .noneMatch(x -> x.target().text().contains("plan")), "offering none is no stance");
  }

  @Test
  void aDidNotSupportReadsAsOpposition() {
    Stance s = toward(stances("Chancellor Otto Brandt did not support the treaty."), "the treaty");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aCueUnderWithoutGivesNoStance() {
    List<Stance> s = stances("Governor Paul Meyer praised the rally without directly supporting the candidate.");
    assertEquals(Stance.Polarity.FOR, toward(s, "the rally").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().contains("candidate")), s.toString());
    assertEquals(List.of(), stances("“It lets us take part without [openly] backing Mayor Hall,” said Ann Ode."));
  }

  @Test
  void aQuestionGivesNoStanceAndTheAskedIsNoTarget() {
    List<Stance> s = stances("Asked whether Norway would block the next package of tariffs, the prime minister "
        + "declined to comment.");
    assertEquals(List.of(), s);
    assertEquals(List.of(), stances("Will Minister Tom Lind support the new budget?"));
  }

  @Test
  void aConditionGivesNoStance() {
    assertEquals(List.of(), stances("Ghana would back the accord if Togo signed it first, Minister Kofi Mensah said."));
  }

  @Test
  void aConditionOnTheWantedActLeavesAStatedStance() {
    Stance ready = toward(stances("President Jon Berg was ready to impose tariffs on steel if the talks failed."),
        "impose tariffs on steel");
    assertEquals(Stance.Polarity.FOR, ready.polarity());
    Stance fear = toward(stances("Chancellor Ida Moe said she feared unrest if the vote was delayed again."), "unrest");
    assertEquals(Stance.Polarity.AGAINST, fear.polarity());
    assertEquals(List.of(), stances("President Jon Berg would be ready to impose tariffs on steel if the talks failed."));
    assertEquals(List.of(), stances("Minister Ida Moe asked if Sweden opposed the levy."));
  }

  @Test
  void deniedWillingnessOrReluctanceToSupportIsOpposition() {
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Norway is not willing to join the embargo on Cuba."),
        "the embargo on Cuba").polarity());
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Senator Maria Ruiz did not want to back the pipeline."),
        "the pipeline").polarity());
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Governor Paul Meyer was reluctant to endorse the mayor."),
        "the mayor").polarity());
    assertEquals(Stance.Polarity.FOR, toward(stances("Minister Tom Lind is willing to back the treaty."),
        "the treaty").polarity());
    assertEquals(List.of(), stances("Governor Paul Meyer was reluctant to criticize the ruling."));
  }

  @Test
  void aDeniedIntentionIsOneNotToAct() {
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Chancellor Otto Brandt does not plan to sell the state railway."),
        "sell the state railway").polarity());
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Senator Maria Ruiz will not seek a third term."),
        "a third term").polarity());
    assertEquals(List.of(), stances("Chancellor Otto Brandt does not plan to criticize the court."));
  }

  @Test
  void deniedFavourIsOppositionButDeniedOppositionIsNoSupport() {
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Mayor Ana Ruiz is not happy with the budget."),
        "the budget").polarity());
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Minister Tom Lind was not ready to lift the ban."),
        "lift the ban").polarity());
    assertEquals(List.of(), stances("Mayor Ana Ruiz is not opposed to the budget."));
    assertEquals(List.of(), stances("Governor Paul Meyer said Mayor Ana Ruiz is not ready for the job."));
  }

  @Test
  void notOnlyAddsRatherThanDenies() {
    assertEquals(Stance.Polarity.AGAINST, toward(stances("Senator Maria Ruiz did not only condemn the raids."),
        "the raids").polarity());
    assertEquals(Stance.Polarity.FOR, toward(stances("Mayor Ana Ruiz is not just happy with the budget."),
        "the budget").polarity());
  }

  @Test
  void aHypothesisInTheWritersVoiceGivesNoStance() {
    assertEquals(List.of(), stances("Senator Ruth Oduya should have condemned the attack."));
  }

  @Test
  void aDeniedReportGivesNoStance() {
    assertEquals(List.of(), stances("Minister Ian Frost does not think Chile opposes the treaty."));
    Stance s = toward(stances("Minister Ian Frost thinks Chile opposes the treaty."), "the treaty");
    assertEquals(Optional.of("chile"), s.actor());
  }

  @Test
  void insufficiencyGivesNoStance() {
    assertEquals(List.of(), stances("The judge found the evidence insufficient to support a criminal prosecution."));
    assertEquals(List.of(), stances("Minister Ian Frost said the findings were not enough to support a ban."));
  }

  @Test
  void anotherActorsWantedActIsNotTheAskersOwnStanceTowardTheAsked() {
    List<Stance> s = stances("President Ana Silva urged the minister to lift the curfew.");
    assertEquals(Stance.Polarity.FOR, toward(s, "lift the curfew").polarity());
    assertTrue(s.stream().noneMatch(x -> x.target().text().equals("the minister")), s.toString());
    assertTrue(s.stream().noneMatch(x -> x.holder().contains("minister")), "the minister holds nothing: " + s);
  }

  @Test
  void aPassiveCueGivesTheAgentsStanceTowardTheSubject() {
    Stance s = toward(stances("The plan was condemned by Foreign Minister Abel Tamrat."), "The plan");
    assertEquals(Optional.of("abel-tamrat"), s.actor());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(List.of(), stances("The plan was condemned on Monday."));
  }
}
