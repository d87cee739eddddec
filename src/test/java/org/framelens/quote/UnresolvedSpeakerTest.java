package org.framelens.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Fixtures;
import org.framelens.Mention;
import org.framelens.actor.Actor;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;

class UnresolvedSpeakerTest {

  @Test
  void anUnresolvedSpeakerIsWrittenAsANullActorAndReadBack() throws Exception {
    Speaker s = Speaker.unresolved("they", new Mention("they", 4, 8));
    JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(s));
    assertTrue(json.has("actor") && json.get("actor").isNull(), json.toString());
    assertEquals(s, Json.mapper().readValue(json.toString(), Speaker.class));
  }

  @Test
  void pronounsAndBareCommonNounsKeepTheirQuotesButAreNeverActors() {
    DocumentAnalysis a = Fixtures.analyze("u", Fixtures.text(getClass(), "unresolved-speakers.txt"));
    Set<String> forbidden = Set.of("they", "we", "i", "you", "it", "campaign", "the campaign", "group", "people",
        "aides", "voters", "the board");
    for (Actor actor : a.actors()) {
      assertFalse(forbidden.contains(actor.name().toLowerCase(java.util.Locale.ROOT)), "actor " + actor);
    }
    Quote campaign = AttributionAssert.quote(a, "We will win Ohio");
    assertEquals(List.of(Optional.empty()), campaign.speakers().stream().map(Speaker::actor).toList());
    assertEquals("the campaign", campaign.speakers().get(0).mention().text().toLowerCase(java.util.Locale.ROOT));
    Quote they = AttributionAssert.quote(a, "Nobody asked us");
    assertEquals(1, they.speakers().size(), "the quote keeps its speaker mention");
    assertFalse(they.speakers().get(0).resolved());
    Quote official = AttributionAssert.quote(a, "The numbers are final");
    Actor source = AttributionAssert.actor(a, official.speakers().get(0).actor().orElseThrow());
    assertEquals(Actor.Type.UNNAMED, source.type(), "a generic source tied to a named body stays one: " + source);
    assertEquals(Optional.of("norway"), source.affiliation());
  }
}
