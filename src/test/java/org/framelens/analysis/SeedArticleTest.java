package org.framelens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.framelens.Fixtures;
import org.framelens.actor.Actor;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference article: the six quotes, their themes, the two ministers' stances. */
class SeedArticleTest {

  private static String text;
  private static DocumentAnalysis analysis;

  @BeforeAll
  static void analyzeSeed() {
    text = Fixtures.seed();
    analysis = Fixtures.analyze("seeds/iran-belarus-defense-pact.txt", text);
  }

  private static Quote quote(String content) {
    return analysis.quotes().stream().filter(q -> q.text().startsWith(content)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + content));
  }

  private static Set<String> speakers(String content) {
    return quote(content).speakers().stream().map(s -> s.actor().orElse("(unresolved)")).collect(Collectors.toSet());
  }

  @Test
  void findsExactlyTheSixQuotes() {
    assertEquals(6, analysis.quotes().size(), analysis.quotes().stream().map(Quote::text).toList().toString());
  }

  @Test
  void attributesEachQuoteOfTheSeedToItsSpeakers() {
    assertEquals(Set.of("aziz-nasirzadeh"), speakers("reinforcing defense and security interactions through practical measures"));
    assertEquals(Set.of("viktor-khrenin"), speakers("long-term stability in an era of escalating unilateralism"));
    assertEquals(Set.of("aziz-nasirzadeh"), speakers("artificial crises imposed by hegemonic powers"));
    assertEquals(Set.of("aziz-nasirzadeh", "viktor-khrenin"), speakers("defensive diplomacy"));
    assertEquals(Set.of("iran", "belarus"), speakers("multipolarity"));
    assertEquals(Set.of("iran", "belarus"), speakers("resistance to coercion"));
  }

  @Test
  void namesTheMinistersWithRoleAndAffiliation() {
    Actor nasirzadeh = actor("aziz-nasirzadeh");
    assertEquals("Aziz Nasirzadeh", nasirzadeh.name());
    assertEquals(Optional.of("Defense Minister"), nasirzadeh.role());
    assertEquals(Optional.of("iran"), nasirzadeh.affiliation());
    Actor khrenin = actor("viktor-khrenin");
    assertEquals(Optional.of("Defense Minister"), khrenin.role());
    assertEquals(Optional.of("belarus"), khrenin.affiliation());
    assertEquals(Actor.Type.STATE, actor("iran").type());
    assertEquals(Actor.Type.STATE, actor("belarus").type());
  }

  @Test
  void tagsTheRhetoricOfEachQuote() {
    assertTrue(quote("artificial crises").themes().contains("hegemony"));
    assertTrue(quote("long-term stability").themes().contains("unilateralism"));
    assertTrue(quote("multipolarity").themes().contains("multipolarity"));
    assertTrue(quote("resistance to coercion").themes().contains("resistance"));
  }

  @Test
  void creditsReportedSpeechThemesToBothMinisters() {
    for (String theme : List.of("sanctions", "nato_expansion")) {
      CreditedHit hit = analysis.themes().stream()
          .filter(h -> h.hit().theme().equals(theme) && h.voice() == CreditedHit.Voice.REPORTED)
          .findFirst().orElseThrow(() -> new AssertionError("no reported " + theme));
      assertEquals(Set.of("aziz-nasirzadeh", "viktor-khrenin"), Set.copyOf(hit.actors()));
      assertTrue(text.substring(hit.sentenceStart(), hit.sentenceEnd()).startsWith("Both ministers criticized"));
    }
  }

  @Test
  void readsBothMinistersAgainstWesternSanctionsAndNatoExpansion() {
    for (String minister : List.of("aziz-nasirzadeh", "viktor-khrenin")) {
      Stance sanctions = stance(minister, "Western sanctions");
      assertEquals(Stance.Polarity.AGAINST, sanctions.polarity());
      assertEquals("criticized", sanctions.cue().text());
      assertEquals(Optional.of("sanctions"), sanctions.target().theme());
      assertEquals(Stance.Source.REPORTED, sanctions.source());
      Stance nato = stance(minister, "NATO expansion");
      assertEquals(Stance.Polarity.AGAINST, nato.polarity());
      assertEquals(Optional.of("nato_expansion"), nato.target().theme());
      assertEquals(Stance.Polarity.FOR, stance(minister, "defensive diplomacy").polarity());
    }
  }

  private static Stance stance(String actor, String target) {
    return analysis.stances().stream()
        .filter(s -> s.actor().equals(Optional.of(actor)) && s.target().text().equals(target))
        .findFirst().orElseThrow(() -> new AssertionError("no stance of " + actor + " toward " + target
            + " in " + analysis.stances()));
  }

  private static Actor actor(String id) {
    return analysis.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id));
  }
}
