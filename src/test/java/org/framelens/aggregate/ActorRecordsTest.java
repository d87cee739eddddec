package org.framelens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.framelens.Mention;
import org.framelens.actor.Actor;
import org.framelens.actor.ActorRegistry;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.junit.jupiter.api.Test;

class ActorRecordsTest {

  static Actor person(String name, String affiliation) {
    return new Actor(IdentityResolver.slug(name), name, Actor.Type.PERSON, Optional.empty(),
        Optional.ofNullable(affiliation), List.of());
  }

  static DocumentAnalysis doc(String id, Actor... actors) {
    List<Quote> quotes = new ArrayList<>();
    for (Actor a : actors) {
      quotes.add(new Quote(0, 5, "words", List.of(new Speaker(a.id(), a.name(), new Mention(a.name(), 0, 0))),
          Optional.empty(), "test", 0.9, List.of()));
    }
    return new DocumentAnalysis(id, Map.of(), 100, quotes, List.of(actors), List.of(), List.of());
  }

  static CorpusIdentity identity(DocumentAnalysis... docs) {
    ActorRecords records = ActorRecords.empty();
    for (DocumentAnalysis d : docs) {
      records.add(d);
    }
    return records.resolve(ActorRegistry.empty());
  }

  @Test
  void middleInitialsMiddleNamesAndCaseVariantsAreOnePerson() {
    CorpusIdentity id = identity(
        doc("a", person("Donald J. Trump", null)), doc("b", person("Donald Trump", null)),
        doc("c", person("Donald Trump", null)), doc("d", person("Hillary Rodham Clinton", null)),
        doc("e", person("Hillary Clinton", null)), doc("f", person("Bill de Blasio", null)),
        doc("g", person("Bill De Blasio", null)));
    assertEquals("donald-trump", id.canonical("donald-j-trump"));
    assertEquals("donald-trump", id.canonical("donald-trump"));
    assertEquals(id.canonical("hillary-rodham-clinton"), id.canonical("hillary-clinton"));
    assertEquals(id.canonical("bill-de-blasio"), id.canonical("bill-de-blasio"));
    assertEquals(List.of("Donald J. Trump"), id.actor("donald-j-trump").orElseThrow().aliases());
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    CorpusIdentity id = identity(
        doc("a", person("Jeb Bush", null), person("George W. Bush", null)),
        doc("b", person("George H.W. Bush", null)),
        doc("c", person("Donald Trump", null), person("Donald Trump Jr.", null)),
        doc("d", person("Bill Clinton", null), person("Hillary Clinton", null)));
    List<String> ids = List.of("jeb-bush", "george-w-bush", "george-h-w-bush", "donald-trump", "donald-trump-jr",
        "bill-clinton", "hillary-clinton");
    assertEquals(ids.size(), ids.stream().map(id::canonical).distinct().count(), "seven people: " + id.actors());
  }

  @Test
  void aSurnameAloneJoinsTheFullNameThatOwnsItInTheCorpus() {
    CorpusIdentity id = identity(
        doc("a", person("Ted Cruz", null)), doc("b", person("Ted Cruz", null)), doc("c", person("Cruz", null)),
        doc("d", person("Jeb Bush", null)), doc("e", person("George W. Bush", null)), doc("f", person("Bush", null)),
        doc("g", person("Bashar al-Assad", null)), doc("h", person("Assad", null)));
    assertEquals("ted-cruz", id.canonical("cruz"));
    assertEquals("bush", id.canonical("bush"), "two Bushes share the corpus: a bare 'Bush' is neither");
    assertEquals("bashar-al-assad", id.canonical("assad"));
  }

  @Test
  void theBestSupportedAffiliationWinsWithItsCountAndAnUnclearOneIsLeftOut() {
    CorpusIdentity id = identity(
        doc("a", person("Anna Berg", "sweden")), doc("b", person("Anna Berg", "sweden")),
        doc("c", person("Anna Berg", "norway")), doc("d", person("Lars Holm", "sweden")),
        doc("e", person("Lars Holm", "norway")), doc("f", person("Lars Holm", "finland")));
    CanonicalActor berg = id.actor("anna-berg").orElseThrow();
    assertEquals(Optional.of("sweden"), berg.affiliation());
    assertEquals(2, berg.affiliationSupport());
    assertEquals(Optional.empty(), id.actor("lars-holm").orElseThrow().affiliation());
  }

  @Test
  void oneStrayAffiliationAmongManyDocumentsIsNoise() {
    List<DocumentAnalysis> docs = new ArrayList<>();
    docs.add(doc("x", person("Lena Marsh", "ireland")));
    for (int i = 0; i < 20; i++) {
      docs.add(doc("d" + i, person("Lena Marsh", null)));
    }
    CorpusIdentity id = identity(docs.toArray(DocumentAnalysis[]::new));
    assertEquals(Optional.empty(), id.actor("lena-marsh").orElseThrow().affiliation());
  }

  @Test
  void theRegistryWinsOverTheText() {
    ActorRegistry registry = ActorRegistry.of(List.of(new ActorRegistry.Entry("potus", "Joe Biden",
        Actor.Type.PERSON, Optional.of("President"), Optional.of("united-states"), List.of("Biden", "Joseph R. Biden"),
        Optional.of("Q6279"))));
    ActorRecords records = ActorRecords.empty().add(doc("a", person("Joseph R. Biden", "france")))
        .add(doc("b", person("Biden", null)));
    CorpusIdentity id = records.resolve(registry);
    assertEquals("potus", id.canonical("joseph-r-biden"));
    assertEquals("potus", id.canonical("biden"));
    CanonicalActor biden = id.actor("potus").orElseThrow();
    assertEquals(Optional.of("united-states"), biden.affiliation());
    assertEquals(Optional.of("Q6279"), biden.wikidata());
  }

  @Test
  void applyWritesCanonicalIdsIntoSpeakersActorsAndStances() {
    Actor full = person("Erik J. Dahl", null);
    Actor surname = person("Dahl", null);
    Actor plain = person("Erik Dahl", "norway");
    // the stance is read from JSON so that this test does not depend on the Stance constructor
    org.framelens.stance.Stance stance = org.framelens.corpus.Json.mapper().convertValue(Map.of("actor", "dahl",
        "target", Map.of("text", "Erik Dahl", "start", 0, "end", 9, "actor", "erik-dahl"), "polarity", "for",
        "cue", Map.of("text", "x", "start", 0, "end", 1), "evidence", Map.of("text", "x", "start", 0, "end", 1),
        "source", "quote", "confidence", 0.9), org.framelens.stance.Stance.class);
    DocumentAnalysis second = new DocumentAnalysis("b", Map.of(), 10, doc("b", surname).quotes(),
        List.of(surname, plain), List.of(), List.of(stance));
    CorpusIdentity id = identity(doc("a", full), doc("c", plain), second);
    DocumentAnalysis applied = id.apply(second);
    String canonical = id.canonical("erik-dahl");
    assertEquals(List.of(canonical), applied.actors().stream().map(Actor::id).toList(), "two ids, one entry");
    assertEquals(Optional.of(canonical), applied.quotes().get(0).speakers().get(0).actor());
    assertEquals(Optional.of(canonical), applied.stances().get(0).actor());
    assertEquals(Optional.of(canonical), applied.stances().get(0).target().actor());
  }

  @Test
  void anyOrderAndGroupingOfDocumentsGivesTheSameIdentity() throws Exception {
    List<DocumentAnalysis> docs = new ArrayList<>();
    String[][] people = {{"Donald Trump", "united-states"}, {"Donald J. Trump", null}, {"Trump", null},
        {"Donald Trump Jr.", null}, {"Ted Cruz", "united-states"}, {"Cruz", "ireland"}, {"Jeb Bush", null},
        {"George W. Bush", null}, {"Bush", null}, {"Vladimir V. Putin", "russia"}, {"Vladimir Putin", "russia"}};
    Random random = new Random(7);
    for (int d = 0; d < 60; d++) {
      String[] p = people[random.nextInt(people.length)];
      String[] q = people[random.nextInt(people.length)];
      docs.add(doc("d" + d, person(p[0], p[1]), person(q[0], q[1])));
    }
    String expected = describe(fold(docs, 1).resolve(ActorRegistry.empty()));
    for (int trial = 0; trial < 20; trial++) {
      List<DocumentAnalysis> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      ActorRecords merged = roundTrip(fold(shuffled, 1 + random.nextInt(7)));
      assertEquals(expected, describe(merged.resolve(ActorRegistry.empty())), "trial " + trial);
    }
    assertNotEquals("", expected);
  }

  /** Folds the documents in {@code parts} slices and merges the slices in reverse. */
  private static ActorRecords fold(List<DocumentAnalysis> docs, int parts) {
    List<ActorRecords> slices = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      slices.add(ActorRecords.empty());
    }
    for (int i = 0; i < docs.size(); i++) {
      slices.get(i % parts).add(docs.get(i));
    }
    ActorRecords total = ActorRecords.empty();
    for (int p = parts - 1; p >= 0; p--) {
      total.merge(slices.get(p));
    }
    return total;
  }

  private static ActorRecords roundTrip(ActorRecords records) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(records);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ActorRecords) in.readObject();
    }
  }

  private static String describe(CorpusIdentity id) {
    StringBuilder b = new StringBuilder();
    for (String raw : List.of("donald-trump", "donald-j-trump", "trump", "donald-trump-jr", "ted-cruz", "cruz",
        "jeb-bush", "george-w-bush", "bush", "vladimir-v-putin", "vladimir-putin")) {
      b.append(raw).append("->").append(id.canonical(raw)).append('\n');
    }
    id.actors().forEach(a -> b.append(a).append('\n'));
    return b.toString();
  }
}
