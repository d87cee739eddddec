package org.framelens.aggregate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.framelens.actor.Actor;

/**
 * Each actor's side: the top of its affiliation chain (a minister to his ministry to his state),
 * kept only where somebody is affiliated to it.
 */
final class Sides {

  private Sides() {}

  static Map<String, String> of(Map<String, Actor> actors) {
    Map<String, String> root = new TreeMap<>();
    for (String id : actors.keySet()) {
      String at = id;
      Set<String> visited = new HashSet<>();
      while (visited.add(at) && actors.containsKey(at) && actors.get(at).affiliation().isPresent()) {
        at = actors.get(at).affiliation().get();
      }
      root.put(id, at);
    }
    Set<String> sides = actors.values().stream().filter(a -> a.affiliation().isPresent())
        .map(a -> root.get(a.id())).collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> groupOf = new TreeMap<>();
    root.forEach((id, side) -> {
      if (sides.contains(side)) {
        groupOf.put(id, side);
      }
    });
    return groupOf;
  }
}
