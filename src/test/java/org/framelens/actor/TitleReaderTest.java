package org.framelens.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.Fixtures;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

class TitleReaderTest {

  /** The titles of the first occurrence of {@code name} in {@code text}. */
  private static TitleReader.Titles titles(String text, String name) {
    ParsedDocument doc = Fixtures.analyzer().parse(text);
    int at = text.indexOf(name);
    int start = doc.tokenAtOrAfter(at);
    int end = start;
    while (end < doc.size() && doc.end(end) <= at + name.length()) {
      end++;
    }
    return new TitleReader(Gazetteer.shipped()).read(doc, start, end);
  }

  private static String evidence(String text, TitleReader.Titles t) {
    ParsedDocument doc = Fixtures.analyzer().parse(text);
    return text.substring(doc.begin(t.evidenceStart()), doc.end(t.evidenceEnd() - 1));
  }

  @Test
  void aTitleWithANationalityGivesRoleAffiliationAndEvidence() {
    String text = "Iranian Defense Minister Karim Nadiri said the talks would go on.";
    TitleReader.Titles t = titles(text, "Karim Nadiri");
    assertEquals("iran", t.affiliation());
    assertEquals("Defense Minister", t.role());
    assertEquals("Iranian Defense Minister", evidence(text, t));
  }

  @Test
  void aStateOfTheTitleGivesTheAffiliation() {
    TitleReader.Titles t = titles("U.S. Secretary of State Lena Marsh arrived in Oslo.", "Lena Marsh");
    assertEquals("united-states", t.affiliation());
  }

  @Test
  void anAppositiveWithAnOfPhraseNamesTheSide() {
    TitleReader.Titles t = titles("Erik Dahl, a spokesman for the Norwegian foreign ministry, declined to comment.",
        "Erik Dahl");
    assertEquals("norway", t.affiliation());
  }

  @Test
  void aStateMerelyNearTheNameIsNoAffiliation() {
    assertEquals("", titles("Senator Tom Reyes, whose Irish-American mother raised him in Texas, spoke first.",
        "Tom Reyes").affiliation());
    assertEquals("", titles("Maria Holm, who spent a year in France, said the plan was sound.", "Maria Holm")
        .affiliation());
    assertEquals("", titles("In Mexico, Paul Grant said the tour was over.", "Paul Grant").affiliation());
    assertEquals("", titles("Former New Mexico governor Paul Grant said the tour was over.", "Paul Grant")
        .affiliation());
    assertEquals("", titles("Ana Diaz, a student at the Georgia Institute of Technology, said no.", "Ana Diaz")
        .affiliation());
    assertEquals("", titles("University of Washington professor Ana Diaz said no.", "Ana Diaz").affiliation());
  }

  @Test
  void aFormerTitleGivesARoleButNoSide() {
    TitleReader.Titles t = titles("Former Norwegian Finance Minister Erik Dahl said the plan was sound.", "Erik Dahl");
    assertEquals("", t.affiliation());
    assertTrue(t.role().endsWith("Finance Minister"), t.role());
  }

  @Test
  void aHyphenatedCompanyStaysWholeInTheRole() {
    assertEquals("Nordic-Baltic Shipping chief executive", titles("Nordic-Baltic Shipping chief executive Lena Marsh "
        + "said the fleet would grow.", "Lena Marsh").role());
  }

  @Test
  void relationsAreNotRoles() {
    assertEquals("", titles("His rival, Tom Reyes, said the debate was rigged.", "Tom Reyes").role());
    assertEquals("", titles("Tom Reyes, a fellow candidate, said the debate was rigged.", "Tom Reyes").role());
    assertEquals("", titles("Reyes's wife, Ana Reyes, said little.", "Ana Reyes").role());
  }
}
