package org.framelens.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;

/**
 * Who is who across a corpus: every per-document actor id mapped to one canonical actor. Built by
 * {@link ActorRecords#resolve}; immutable and thread-safe.
 */
public final class CorpusIdentity {

  private final Map<String, String> canonicalOf;
  private final Map<String, CanonicalActor> actors;

  CorpusIdentity(Map<String, String> canonicalOf, Map<String, CanonicalActor> actors) {
    this.canonicalOf = Map.copyOf(canonicalOf);
    this.actors = new java.util.TreeMap<>(actors);
  }

  /** The identity of nothing: every id is its own canonical id. */
  public static CorpusIdentity none() {
    return new CorpusIdentity(Map.of(), Map.of());
  }

  /** The canonical id of a per-document actor id; the id itself when the corpus does not know it. */
  public String canonical(String actorId) {
    return canonicalOf.getOrDefault(actorId, actorId);
  }

  /** Every canonical actor, sorted by id. */
  public List<CanonicalActor> actors() {
    return List.copyOf(actors.values());
  }

  /** The canonical actor a per-document or canonical id stands for. */
  public Optional<CanonicalActor> actor(String id) {
    return Optional.ofNullable(actors.get(canonical(id)));
  }

  /**
   * The analysis with canonical ids and names filled in: listed actors (two ids of one actor
   * become one entry), speakers, theme credits, stance holders and targets, and affiliations.
   */
  public DocumentAnalysis apply(DocumentAnalysis analysis) {
    ObjectNode tree = Json.mapper().valueToTree(analysis);
    apply(tree);
    try {
      return Json.mapper().treeToValue(tree, DocumentAnalysis.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an analysis no longer reads after renaming its actors", e);
    }
  }

  /** The same rewrite on a parsed {@code analyze} JSONL line, in place; fields it does not know are kept. */
  public void apply(ObjectNode analysis) {
    JsonNode actorList = analysis.path("actors");
    if (actorList.isArray()) {
      Map<String, ObjectNode> merged = new LinkedHashMap<>();
      for (JsonNode node : actorList) {
        if (!(node instanceof ObjectNode a) || !a.path("id").isTextual()) {
          continue;
        }
        String id = canonical(a.path("id").asText());
        ObjectNode into = merged.get(id);
        if (into == null) {
          merged.put(id, rewriteActor(a, id));
        } else {
          addAliases(into, a);
        }
      }
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      merged.values().forEach(out::add);
      analysis.set("actors", out);
    }
    for (JsonNode q : analysis.path("quotes")) {
      for (JsonNode s : q.path("speakers")) {
        if (s instanceof ObjectNode speaker && speaker.path("actor").isTextual()) {
          String id = canonical(speaker.path("actor").asText());
          speaker.put("actor", id);
          Optional.ofNullable(actors.get(id)).ifPresent(c -> speaker.put("name", c.name()));
        }
      }
    }
    for (JsonNode t : analysis.path("themes")) {
      if (t instanceof ObjectNode credit && credit.path("actors").isArray()) {
        Set<String> ids = new LinkedHashSet<>();
        credit.path("actors").forEach(id -> ids.add(canonical(id.asText())));
        ArrayNode out = credit.putArray("actors");
        ids.forEach(out::add);
      }
    }
    for (JsonNode s : analysis.path("stances")) {
      if (s instanceof ObjectNode stance) {
        renameField(stance, "actor");
        if (stance.path("target") instanceof ObjectNode target) {
          renameField(target, "actor");
        }
      }
    }
  }

  private ObjectNode rewriteActor(ObjectNode a, String id) {
    ObjectNode out = a.deepCopy();
    out.put("id", id);
    CanonicalActor c = actors.get(id);
    if (c != null) {
      String before = out.path("name").asText();
      out.put("name", c.name());
      out.put("type", c.type().json());
      // the corpus decides role and side: a stray one in this document gives way to it, or to none
      c.role().ifPresentOrElse(r -> out.put("role", r), () -> out.remove("role"));
      String affiliation = out.path("affiliation").asText("");
      if (c.affiliation().isEmpty() || !c.affiliation().get().equals(affiliation)) {
        out.remove("affiliationEvidence");
      }
      c.affiliation().ifPresentOrElse(r -> out.put("affiliation", r), () -> out.remove("affiliation"));
      if (!before.equals(c.name())) {
        addAlias(out, before);
      }
    }
    renameField(out, "affiliation");
    return out;
  }

  private void addAliases(ObjectNode into, ObjectNode other) {
    addAlias(into, other.path("name").asText());
    other.path("aliases").forEach(a -> addAlias(into, a.asText()));
  }

  private static void addAlias(ObjectNode actor, String alias) {
    if (alias.isEmpty() || alias.equals(actor.path("name").asText())) {
      return;
    }
    List<String> aliases = new ArrayList<>();
    actor.path("aliases").forEach(a -> aliases.add(a.asText()));
    if (!aliases.contains(alias)) {
      aliases.add(alias);
      ArrayNode out = actor.putArray("aliases");
      aliases.forEach(out::add);
    }
  }

  private void renameField(ObjectNode node, String field) {
    if (node.path(field).isTextual()) {
      node.put(field, canonical(node.path(field).asText()));
    }
  }
}
