package org.framelens.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framelens.network.DiscourseNetwork.Tie;

/**
 * The one-mode actor networks of discourse network analysis. Congruence: two actors count once
 * for every target and side they share (both for, or both against). Conflict: once for every
 * target where one is for and the other against. An actor with both sides on one target counts
 * on both, as it said both. Free-text targets are left out: two actors against "the bill" in
 * two articles may be against two bills, and would be linked by a word, not a stance.
 */
public enum Projection {
  CONGRUENCE,
  CONFLICT;

  /** An undirected weighted link; {@code a} sorts before {@code b}. */
  public record Link(String a, String b, int weight) {}

  /** Sorted by (a, b); pairs that share nothing are left out. */
  public List<Link> links(DiscourseNetwork network) {
    Map<String, List<String>> forByTarget = new TreeMap<>();
    Map<String, List<String>> againstByTarget = new TreeMap<>();
    Set<String> freeText = new HashSet<>();
    network.targets().stream().filter(DiscourseNetwork.TargetNode::freeText).forEach(t -> freeText.add(t.id()));
    for (Tie t : network.ties()) {
      if (freeText.contains(t.target())) {
        continue;
      }
      if (t.forCount() > 0) {
        forByTarget.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(t.actor());
      }
      if (t.against() > 0) {
        againstByTarget.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(t.actor());
      }
    }
    Map<String, Map<String, Integer>> weights = new TreeMap<>();
    if (this == CONGRUENCE) {
      forByTarget.values().forEach(side -> sameSide(side, weights));
      againstByTarget.values().forEach(side -> sameSide(side, weights));
    } else {
      forByTarget.forEach((target, pro) -> oppositeSides(pro, againstByTarget.getOrDefault(target, List.of()), weights));
    }
    List<Link> links = new ArrayList<>();
    weights.forEach((a, row) -> row.forEach((b, w) -> links.add(new Link(a, b, w))));
    return List.copyOf(links);
  }

  private static void sameSide(List<String> actors, Map<String, Map<String, Integer>> weights) {
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size(); j++) {
        add(actors.get(i), actors.get(j), weights);
      }
    }
  }

  private static void oppositeSides(List<String> pro, List<String> contra, Map<String, Map<String, Integer>> weights) {
    for (String a : pro) {
      for (String b : contra) {
        if (!a.equals(b)) {
          add(a, b, weights);
        }
      }
    }
  }

  private static void add(String x, String y, Map<String, Map<String, Integer>> weights) {
    String a = x.compareTo(y) <= 0 ? x : y;
    String b = a.equals(x) ? y : x;
    weights.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1, Integer::sum);
  }
}
