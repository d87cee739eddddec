package org.framelens.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.Fixtures;
import org.framelens.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

class PersonSpansTest {

  private static List<String> names(String text) {
    ParsedDocument doc = Fixtures.analyzer().parse(text);
    return new PersonSpans(Gazetteer.shipped()).find(doc).stream()
        .map(s -> doc.text().substring(doc.begin(s.start()), doc.end(s.end() - 1)))
        .toList();
  }

  @Test
  void headlineVerbsDoNotJoinTwoNamesIntoOne() {
    List<String> names = names("Bernie Sanders Slams Hillary Clinton Over Wall Street Speeches\n\n"
        + "Sanders spoke in Iowa on Monday.");
    assertFalse(names.stream().anyMatch(n -> n.contains("Slams")), names.toString());
    assertTrue(names.contains("Bernie Sanders"), names.toString());
  }

  @Test
  void aPlaceAfterOfIsNotPartOfTheName() {
    List<String> names = names("Representative Peter Holm of New Jersey said the bill would pass.");
    assertTrue(names.contains("Peter Holm"), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("Jersey")), names.toString());
  }

  @Test
  void particlesAndGluedHyphensStayInsideTheName() {
    List<String> names = names("President Bashar al-Assad met Crown Prince Mohammed bin Salman, and "
        + "Ursula von der Leyen joined them later.");
    assertTrue(names.contains("Bashar al-Assad"), names.toString());
    assertTrue(names.contains("Mohammed bin Salman"), names.toString());
    assertTrue(names.contains("Ursula von der Leyen"), names.toString());
  }

  @Test
  void aLowerCaseWordOrAnAddressIsNeverAName() {
    List<String> names = names("Contact the author, Lena Marsh, at lena.marsh@example.org for details.");
    assertTrue(names.stream().allMatch(n -> Character.isUpperCase(n.charAt(0))), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("@")), names.toString());
  }

  @Test
  void aSurnameThatLooksLikeAVerbStaysWhenItIsTheSecondWord() {
    List<String> names = names("The film maker Ken Burns said the series would air in May.");
    assertEquals(List.of("Ken Burns"), names);
  }
}
