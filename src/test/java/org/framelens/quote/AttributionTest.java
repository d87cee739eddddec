package org.framelens.quote;

import static org.framelens.quote.AttributionAssert.actor;
import static org.framelens.quote.AttributionAssert.assertOffsetsIndexText;
import static org.framelens.quote.AttributionAssert.assertSpeakers;
import static org.framelens.quote.AttributionAssert.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.framelens.Fixtures;
import org.framelens.actor.Actor;
import org.framelens.analysis.DocumentAnalysis;
import org.junit.jupiter.api.Test;

/** The attribution rules of news prose, each on a fixture article written for it. */
class AttributionTest {

  private static DocumentAnalysis analyze(String fixture) {
    String text = Fixtures.text(AttributionTest.class, fixture);
    DocumentAnalysis analysis = Fixtures.analyze(fixture, text);
    assertOffsetsIndexText(text, analysis);
    return analysis;
  }

  @Test
  void attributesTheClassicCuesBeforeAndAfterQuotes() {
    DocumentAnalysis a = analyze("basic-cues.txt");
    Quote after = assertSpeakers(a, "There is no progress", "Annalena Keller");
    assertEquals("said", after.cue().orElseThrow().text());
    assertSpeakers(a, "The other side is not serious", "Thomas Brandt");
    assertSpeakers(a, "We will keep the channel open", "Markus Vogel");
    assertSpeakers(a, "the next round is not yet scheduled", "Markus Vogel");
    assertSpeakers(a, "only when there is something to sign", "Annalena Keller");
    assertSpeakers(a, "patience is not the same as weakness", "Thomas Brandt");
  }

  @Test
  void readsTheRoleFromAnInvertedAttributionsAppositive() {
    DocumentAnalysis a = analyze("basic-cues.txt");
    Quote inverted = quote(a, "We will keep the channel open");
    assertEquals("inverted-cue", inverted.method());
    assertEquals("Markus Vogel", inverted.speakers().get(0).mention().text());
    assertEquals(Optional.of("spokesman for the foreign ministry"), actor(a, "markus-vogel").role());
  }

  @Test
  void resolvesPronounsAndTitlesToThePerson() {
    DocumentAnalysis a = analyze("pronouns-titles.txt");
    Quote she = assertSpeakers(a, "This plan protects families", "Sofia Lindqvist");
    assertEquals("she", she.speakers().get(0).mention().text());
    assertSpeakers(a, "It also keeps our promises", "Sofia Lindqvist");
    Quote minister = assertSpeakers(a, "The numbers add up", "Erik Dahl");
    assertEquals("the minister", minister.speakers().get(0).mention().text());
    assertSpeakers(a, "Nothing has been decided on taxes", "Maria Holm");
    Quote spokeswoman = assertSpeakers(a, "We are listening", "Maria Holm");
    assertEquals("the spokeswoman", spokeswoman.speakers().get(0).mention().text());
    assertEquals(Optional.of("government spokeswoman"), actor(a, "maria-holm").role());
  }

  @Test
  void attributesToOrganisationsAndUnnamedSources() {
    DocumentAnalysis a = analyze("organisations-unnamed.txt");
    Quote statement = assertSpeakers(a, "illegal and unjustified", "Iranian foreign ministry");
    Actor ministry = actor(a, statement.speakers().get(0).actor().orElseThrow());
    assertEquals(Actor.Type.ORGANIZATION, ministry.type());
    assertEquals(Optional.of("iran"), ministry.affiliation());
    Quote again = assertSpeakers(a, "will respond in kind", "Iranian foreign ministry");
    assertEquals("The ministry", again.speakers().get(0).mention().text());
    Quote diplomat = assertSpeakers(a, "close to collapse", "Western diplomat");
    assertEquals(Actor.Type.UNNAMED, actor(a, diplomat.speakers().get(0).actor().orElseThrow()).type());
    Quote official = assertSpeakers(a, "We have seen this before", "one official");
    assertEquals(Optional.empty(), official.speakers().get(0).actor(), "a bare 'one official' names no actor");
  }

  @Test
  void givesAGroupQuoteToEachMember() {
    DocumentAnalysis a = analyze("groups-metonymy.txt");
    assertSpeakers(a, "a model for the region", "Alexander Volkov", "Karim Nadiri");
    assertSpeakers(a, "a fair multipolar order", "Alexander Volkov", "Karim Nadiri");
  }

  @Test
  void readsACapitalAsTheStateItStandsFor() {
    DocumentAnalysis a = analyze("groups-metonymy.txt");
    Quote washington = assertSpeakers(a, "theatre", "United States");
    assertEquals("Washington", washington.speakers().get(0).mention().text());
    assertEquals(Actor.Type.STATE, actor(a, "united-states").type());
    assertSpeakers(a, "a sovereign choice", "Russia");
  }

  @Test
  void attributesPartialQuoteToSubjectOfHailedCalledAndTermed() {
    DocumentAnalysis a = analyze("partial-quotes.txt");
    assertSpeakers(a, "a new chapter", "Lena Park");
    assertSpeakers(a, "a blank cheque", "David Osei");
    assertSpeakers(a, "calm and patience", "Lena Park");
    assertSpeakers(a, "the missing numbers", "David Osei");
  }

  @Test
  void followsQuotesOverSentencesAndParagraphs() {
    String text = Fixtures.text(AttributionTest.class, "long-quotes.txt");
    DocumentAnalysis a = analyze("long-quotes.txt");
    Quote twoSentences = assertSpeakers(a, "We did not choose this fight", "Grace Mwangi");
    assertTrue(twoSentences.text().contains("The company chose it"), twoSentences.text());
    Quote unclosed = assertSpeakers(a, "We will stay out", "Grace Mwangi");
    assertFalse(unclosed.text().contains("\n"), "a quote ends with its paragraph");
    Quote continued = assertSpeakers(a, "Every worker here knows", "Grace Mwangi");
    assertEquals("paragraph-continuation", continued.method());
    assertTrue(continued.text().contains("‘they can replace machines, not people.’"), "nested quote stays inside");
    assertEquals(1, a.quotes().stream().filter(q -> q.text().contains("they can replace")).count());
    assertSpeakers(a, "We remain open to talks", "Paul Reyes");
    assertSpeakers(a, "The offer on the table is fair", "Paul Reyes");
    Quote unclosedSign = quote(a, "Fair pay now");
    assertEquals("Fair pay now", unclosedSign.text());
    assertTrue(unclosedSign.end() < text.indexOf("The dispute enters"));
  }

  @Test
  void namesOnePersonOneActorWithRoleAndAffiliation() {
    DocumentAnalysis a = analyze("one-actor.txt");
    assertSpeakers(a, "deepen practical cooperation", "Aziz Nasirzadeh");
    assertSpeakers(a, "Our ties are growing", "Aziz Nasirzadeh");
    Quote he = assertSpeakers(a, "productive", "Aziz Nasirzadeh");
    assertEquals("He", he.speakers().get(0).mention().text());
    List<Actor> persons = a.actors().stream().filter(x -> x.type() == Actor.Type.PERSON).toList();
    assertEquals(1, persons.size(), persons.toString());
    Actor nasirzadeh = persons.get(0);
    assertEquals("aziz-nasirzadeh", nasirzadeh.id());
    assertEquals(Optional.of("Defense Minister"), nasirzadeh.role());
    assertEquals(Optional.of("iran"), nasirzadeh.affiliation());
    assertTrue(nasirzadeh.aliases().contains("Nasirzadeh"), nasirzadeh.aliases().toString());
  }

  @Test
  void leavesAQuoteWithoutSpeakerWhenNobodyCanBeNamed() {
    DocumentAnalysis a = Fixtures.analyze("no-speaker", "The festival sold out in an hour.\n\nTickets were marked “non-transferable” this year.");
    Quote q = quote(a, "non-transferable");
    assertTrue(q.speakers().isEmpty(), q.speakers().toString());
    assertEquals("none", q.method());
  }

  @Test
  void findsTheSubjectBeforePrepositionalPhrasesRelativeClausesAndTimeWords() {
    DocumentAnalysis a = analyze("subjects.txt");
    Quote familiar = quote(a, "final");
    assertEquals("A source", familiar.speakers().get(0).mention().text());
    Quote speaking = quote(a, "within days");
    assertEquals("Another official", speaking.speakers().get(0).mention().text());
    assertSpeakers(a, "clear", "Clara Diaz");
    Quote told = assertSpeakers(a, "not negotiable", "Jonas Weber");
    assertEquals("Weber", told.speakers().get(0).mention().text());
  }

  @Test
  void givesAQuoteInsideReportedSpeechToTheReporter() {
    DocumentAnalysis a = analyze("subjects.txt");
    assertSpeakers(a, "no more war", "Jonas Weber");
  }

  @Test
  void readsAnAttributionThatFollowsAQuestionInItsOwnSentence() {
    DocumentAnalysis a = analyze("subjects.txt");
    assertSpeakers(a, "Why now?", "Jonas Weber");
    assertSpeakers(a, "Nothing has changed", "Jonas Weber");
  }

  @Test
  void doesNotTakeThePatientOfAPassiveForTheSpeaker() {
    DocumentAnalysis a = analyze("subjects.txt");
    // "He was also described as “uncompromising.”": not He's words; with no agent the quote
    // falls back to the speaker before it, as any quote without a cue does
    Quote passive = quote(a, "uncompromising");
    assertTrue(passive.speakers().stream().noneMatch(s -> s.mention().text().equals("He")), passive.toString());
    assertEquals("previous-speaker", passive.method(), passive.toString());
    assertSpeakers(a, "uncompromising", "Jonas Weber");
  }

  @Test
  void givesAPassiveQuoteToItsAgent() {
    DocumentAnalysis a = analyze("subjects.txt");
    Quote agent = assertSpeakers(a, "a dead end", "Clara Diaz");
    assertEquals("cue-before-passive", agent.method());
    assertEquals("Clara Diaz", agent.speakers().get(0).mention().text());
  }

  @Test
  void readsRoundupStylesAndMistypedClosingMarks() {
    DocumentAnalysis a = analyze("roundup.txt");
    Quote colon = assertSpeakers(a, "The tariffs will hurt", "Lena Sato");
    assertEquals("name-colon", colon.method());
    Quote mistyped = assertSpeakers(a, "It's unusual,", "Omar Haddad");
    assertEquals("It's unusual,", mistyped.text(), "an opening mark used to close ends the quote");
    assertSpeakers(a, "Nobody expected this", "Omar Haddad");
    assertSpeakers(a, "the markets had no time to react", "Omar Haddad");
  }

  @Test
  void givesAFrontedParticiplesQuoteToTheMainClausesSubject() {
    DocumentAnalysis a = analyze("roundup.txt");
    assertSpeakers(a, "a historic step", "Ines Moreau");
  }
}
