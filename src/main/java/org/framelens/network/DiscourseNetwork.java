package org.framelens.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The actor x target network that discourse network analysis reads: who stands for or against
 * which target, how often. It knows nothing of how a corpus was aggregated (the report package
 * builds it from its stance cells), so graphs, layout and exports are tested on small inputs.
 * Every list is sorted by id.
 */
public record DiscourseNetwork(List<ActorNode> actors, List<TargetNode> targets, List<Tie> ties) {

  public DiscourseNetwork {
    actors = sorted(actors, Comparator.comparing(ActorNode::id));
    targets = sorted(targets, Comparator.comparing(TargetNode::id));
    ties = sorted(ties, Comparator.comparing(Tie::actor).thenComparing(Tie::target));
  }

  /** An actor that takes at least one stance; {@code affiliation} is empty when unknown. */
  public record ActorNode(String id, String name, String type, String affiliation, int quotes) {}

  /**
   * A stance target. {@code kind}: actor, theme or concept when the target was recognised as one,
   * text when it is a phrase as written ("the bill"), which two documents may use for two things.
   */
  public record TargetNode(String id, String label, String kind) {
    public static final String TEXT = "text";

    public boolean freeText() {
      return kind.equals(TEXT);
    }
  }

  /** How often one actor stood for and against one target. */
  public record Tie(String actor, String target, int forCount, int against) {
    public int weight() {
      return forCount + against;
    }
  }

  /** The part of the network among some actors: their ties, and only the targets those reach. */
  public DiscourseNetwork restrictedTo(Collection<String> actorIds) {
    Set<String> keep = new HashSet<>(actorIds);
    List<Tie> kept = ties.stream().filter(t -> keep.contains(t.actor())).toList();
    Set<String> reached = new HashSet<>();
    kept.forEach(t -> reached.add(t.target()));
    return new DiscourseNetwork(actors.stream().filter(a -> keep.contains(a.id())).toList(),
        targets.stream().filter(t -> reached.contains(t.id())).toList(), kept);
  }

  public Optional<ActorNode> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
