package org.framelens.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void middleNamesInitialsCaseAndTitlesAreSetAsideForTheKey() {
    assertEquals(PersonName.parse("Hillary Clinton").key(), PersonName.parse("Hillary Rodham Clinton").key());
    assertEquals(PersonName.parse("Vladimir Putin").key(), PersonName.parse("Vladimir V. Putin").key());
    assertEquals(PersonName.parse("Bill de Blasio").key(), PersonName.parse("Bill De Blasio").key());
    assertEquals(PersonName.parse("Erik Dahl").key(), PersonName.parse("Mr. Erik Dahl").key());
  }

  @Test
  void aShortFormOfAFirstNameMeetsTheFullOne() {
    assertEquals(PersonName.parse("Ben Rhodes").key(), PersonName.parse("Benjamin J. Rhodes").key());
    assertEquals(PersonName.parse("Bill Marsh").key(), PersonName.parse("William Marsh").key());
    assertTrue(!PersonName.parse("Ben Rhodes").surnameOnly(), "'Ben' opens a first name");
  }

  @Test
  void suffixesAndFirstNamesKeepPeopleApart() {
    assertNotEquals(PersonName.parse("Donald Trump").key(), PersonName.parse("Donald Trump Jr.").key());
    assertNotEquals(PersonName.parse("Jeb Bush").key(), PersonName.parse("George W. Bush").key());
    assertNotEquals(PersonName.parse("George W. Bush").middleInitials(), PersonName.parse("George H.W. Bush").middleInitials());
  }

  @Test
  void surnamesKeepTheirParticlesAndMeetTheirCore() {
    assertEquals("von der leyen", PersonName.parse("Ursula von der Leyen").last());
    assertEquals("de blasio", PersonName.parse("de Blasio").last());
    assertTrue(PersonName.parse("De Blasio").surnameOnly());
    assertEquals("assad", PersonName.parse("Bashar al-Assad").surnameCore());
    assertEquals("salman", PersonName.parse("Mohammed bin Salman").surnameCore());
  }
}
