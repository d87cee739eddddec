package org.framelens.stance;

import static org.framelens.stance.StanceFixtures.only;
import static org.framelens.stance.StanceFixtures.stances;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttitudeNounsTest {

  @Test
  void aPossessivePronounThatNamesNoOneLeavesTheHolderToTheLightVerbsSubject() {
    Stance s = only(stances("Local farmers have voiced their worry over the new dam."), "the new dam");
    assertEquals("Local farmers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void madeClearIsALightVerbForTheNounAfterIt() {
    Stance s = only(stances("Several unions have made clear their opposition to the merger."), "the merger");
    assertEquals("Several unions", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
  }

  @Test
  void aQuoteMarkAroundTheNounAloneKeepsItsPossessorAndComplement() {
    Stance s = only(stances("Teachers aired their \"worry\" about the new curriculum."), "the new curriculum");
    assertEquals("Teachers", s.holder());
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    Stance ready = only(stances("Analysts doubt Premier Jan Vos's \"readiness to sign the treaty\" this year."),
        "sign the treaty");
    assertEquals(java.util.Optional.of("jan-vos"), ready.actor());
  }

  @Test
  void anAgentAfterByHoldsTheStanceTowardTheComplementAfterIt() {
    List<Stance> s = stances("The levy drew stiff opposition by Norway and several neighbours to the fishing quotas.");
    Stance tariffs = only(s, "the fishing quotas");
    assertEquals("Norway and several neighbours", tariffs.holder());
    assertEquals(Stance.Polarity.AGAINST, tariffs.polarity());
    List<Stance> post = stances("Officials said the decision by British and Irish leaders to open a new border post "
        + "is a milestone.");
    assertEquals(2, post.size(), "one stance for each of the coordinated holders: " + post);
    for (Stance p : post) {
      assertEquals("open a new border post", p.target().text());
      assertEquals("British and Irish leaders", p.holder());
      assertEquals(Stance.Polarity.FOR, p.polarity());
    }
  }

  @Test
  void anAgentWithoutAComplementAfterItGivesNoStance() {
    assertEquals(List.of(), stances("The plan met fierce opposition by local farmers."));
  }

  @Test
  void aNounAddressedToSomeoneIsAboutWhatFollowsTheAddressee() {
    Stance s = only(stances("The embassy voiced concern to the ministry about the arrests."), "the arrests");
    assertEquals(Stance.Polarity.AGAINST, s.polarity());
    assertEquals(List.of(), stances("The embassy voiced concern to the ministry on Monday.").stream()
        .filter(x -> x.target().text().contains("ministry")).toList());
    Stance calm = only(stances("The council issued an appeal to voters to respect the result."), "respect the result");
    assertEquals(Stance.Polarity.FOR, calm.polarity());
  }

  @Test
  void aStateNamedInTheNounsOwnPhraseHoldsIt() {
    Stance us = only(stances("Critics say the EU decision to close the office came too late."), "close the office");
    assertEquals("EU", us.holder());
    assertEquals(Stance.Polarity.FOR, us.polarity());
    Stance nato = only(stances("Analysts expect strong NATO support for the new treaty."), "the new treaty");
    assertEquals("NATO", nato.holder());
    assertEquals(Stance.Polarity.FOR, nato.polarity());
  }

  @Test
  void aCommonAdjectiveBeforeTheNounNamesNoHolder() {
    assertEquals(List.of(), stances("Analysts expect strong public support for the new treaty."));
  }

  @Test
  void aPossessivePronounAfterALightVerbStandsForTheVerbsNamedSubject() {
    List<Stance> s = stances("Premier Jan Vos met the press on Monday. Later, Foreign Minister Anna Berg reaffirmed "
        + "her support for the new treaty.");
    Stance treaty = only(s, "the new treaty");
    assertEquals(java.util.Optional.of("anna-berg"), treaty.actor());
    assertEquals("Foreign Minister Anna Berg", treaty.holder());
  }

  @Test
  void aPhraseFrontedInsideTheThatClauseIsSkippedToReachItsSubject() {
    Stance comma = only(stances("The Danish premier expressed the hope that, with the envoy back, the new government "
        + "would reach its goals."), "the new government");
    assertEquals(Stance.Polarity.FOR, comma.polarity());
    Stance bare = only(stances("Premier Jan Vos hopes that with the return of the envoy the new government will reach "
        + "its goals."), "the new government");
    assertEquals(java.util.Optional.of("jan-vos"), bare.actor());
    assertEquals(List.of(), stances("Premier Jan Vos hopes that with the return of the envoy talks resume.").stream()
        .filter(x -> x.target().text().contains("return")).toList());
  }

  @Test
  void aTargetIsReadAcrossQuoteMarksInsideIt() {
    Stance noun = only(stances("Foreign Minister Anna Berg voiced her worry over the \"routine\" detention of reporters."),
        "the \"routine\" detention of reporters");
    assertEquals(Stance.Polarity.AGAINST, noun.polarity());
    Stance verb = only(stances("Foreign Minister Anna Berg condemned the \"routine\" searches at the border."),
        "the \"routine\" searches");
    assertEquals(java.util.Optional.of("anna-berg"), verb.actor());
  }

  @Test
  void coordinatedNounsShareTheirPossessorAndTheirComplement() {
    Stance second = only(stances("Premier Jan Vos announced his understanding and support for the striking nurses."),
        "the striking nurses");
    assertEquals(java.util.Optional.of("jan-vos"), second.actor());
    List<Stance> first = stances("Premier Jan Vos repeated his commitment and respect for the new charter.");
    assertEquals(List.of(Stance.Polarity.FOR), first.stream().filter(x -> x.target().text().equals("the new charter"))
        .map(Stance::polarity).distinct().toList());
  }

  @Test
  void aListOfTargetsEndsWhereAClauseBeginsAfterAnAdverb() {
    List<Stance> s = stances("Premier Jan Vos welcomed the truce, and the embassy openly \"took sides\" in the dispute.");
    assertEquals(Stance.Polarity.FOR, only(s, "the truce").polarity());
    assertEquals(List.of(), s.stream().filter(x -> x.target().text().contains("embassy")).toList());
  }

  @Test
  void aPersonNounAfterANameIsForOrAgainstThatNameWhenItDescribesSomeone() {
    List<Stance> s = stances("Deputy Mayor Lena Falk, a Barack Obama supporter, chaired the meeting on Monday.");
    Stance vos = only(s, "Barack Obama");
    assertEquals(java.util.Optional.of("lena-falk"), vos.actor());
    assertEquals(Stance.Polarity.FOR, vos.polarity());
    assertEquals(List.of(), stances("Thousands of Barack Obama supporters marched on Monday."));
  }

  @Test
  void supportEnjoyedAmongOrReceivedFromAGroupIsThatGroupsStanceForTheSubject() {
    Stance among = only(stances("Mayor Ruth Dale enjoys broad support among farmers."), "Mayor Ruth Dale");
    assertEquals(Stance.Polarity.FOR, among.polarity());
    assertEquals("farmers", among.holder());
    Stance from = only(stances("The movement received support from the unions."), "The movement");
    assertEquals("the unions", from.holder());
  }

  @Test
  void supportFromSomeoneWithoutAVerbOfHavingItReadsNothing() {
    assertEquals(List.of(), stances("Support from the unions was discussed at length."));
  }

  @Test
  void aPossessorBeforeCoordinatedAdjectivesHoldsTheAttitude() {
    Stance s = only(stances("The rebels' swift and open support for the strike surprised the army."), "the strike");
    assertEquals("The rebels", s.holder());
    assertEquals(Stance.Polarity.FOR, s.polarity());
  }

  @Test
  void aReactionCalledForthByADeedIsTheReactorsStanceTowardItsDoer() {
    Stance from = only(stances("The raid on the village drew criticism from Senator Paul Greer."), "The raid");
    assertEquals(Stance.Polarity.AGAINST, from.polarity());
    assertEquals("Senator Paul Greer", from.holder());
    Stance community = only(stances("The new levy sparked an international outcry."), "The new levy");
    assertEquals("international", community.holder());
    Stance possessor = only(stances("The plan has won the farmers' praise."), "The plan");
    assertEquals(Stance.Polarity.FOR, possessor.polarity());
  }

  @Test
  void aReactionWithNoOneReactingReadsNothing() {
    assertEquals(List.of(), stances("The new levy sparked criticism."));
  }
}
