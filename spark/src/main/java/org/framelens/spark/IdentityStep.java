package org.framelens.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.framelens.actor.ActorRegistry;
import org.framelens.aggregate.ActorRecords;
import org.framelens.aggregate.CorpusIdentity;
import org.framelens.corpus.Json;

/**
 * The corpus identity step in Spark: the per-document actor records are folded on the executors
 * ({@code treeAggregate} over the {@link ActorRecords} monoid), the small result is broadcast with
 * the registry, and every executor resolves it once into a {@link CorpusIdentity} that rewrites
 * each JSONL line to canonical ids, as {@code analyze} writes them.
 */
final class IdentityStep implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Resolved identities by broadcast id: one resolution per executor JVM and job, not per task. */
  private static final Map<Long, CorpusIdentity> RESOLVED = new ConcurrentHashMap<>();

  /** What every executor needs to resolve the identity itself: records and registry, both small. */
  record Input(ActorRecords records, ActorRegistry registry) implements Serializable {}

  private final Broadcast<Input> input;

  private IdentityStep(Broadcast<Input> input) {
    this.input = input;
  }

  static IdentityStep fold(JavaSparkContext sc, JavaRDD<Outcome> analysed, ActorRegistry registry) {
    ActorRecords records = analysed.treeAggregate(ActorRecords.empty(),
        (r, outcome) -> r.add(CorpusReport.parse(outcome.json())), ActorRecords::merge, 2);
    return new IdentityStep(sc.broadcast(new Input(records, registry)));
  }

  /** The outcome with its JSONL line in canonical ids; an error record passes unchanged. */
  Outcome apply(Outcome outcome) {
    if (!outcome.ok()) {
      return outcome;
    }
    CorpusIdentity identity = RESOLVED.computeIfAbsent(input.id(),
        id -> input.value().records().resolve(input.value().registry()));
    try {
      ObjectNode tree = (ObjectNode) Json.mapper().readTree(outcome.json());
      identity.apply(tree);
      return Outcome.analysed(outcome.order(), outcome.id(), outcome.tokens(), Json.mapper().writeValueAsString(tree));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("an analysis does not read back: " + e.getOriginalMessage(), e);
    }
  }

  /** Frees the broadcast and this JVM's resolved copy once the job has written its output. */
  void release() {
    RESOLVED.remove(input.id());
    input.destroy();
  }
}
