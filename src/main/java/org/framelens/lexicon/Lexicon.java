package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable, consistent set of themes: unique ids, known parents, no parent cycles. */
public final class Lexicon {

  private static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of(), Map.of());

  private final Map<String, Theme> themes;
  private final Map<String, List<String>> ancestors;
  private final Map<String, List<String>> children;

  private Lexicon(Map<String, Theme> themes, Map<String, List<String>> ancestors,
      Map<String, List<String>> children) {
    this.themes = themes;
    this.ancestors = ancestors;
    this.children = children;
  }

  public static Lexicon empty() {
    return EMPTY;
  }

  /** Builds a lexicon, or throws a {@link LexiconException} naming every inconsistency. */
  public static Lexicon of(Collection<Theme> themes) {
    List<String> problems = new ArrayList<>();
    Map<String, Theme> byId = new LinkedHashMap<>();
    for (Theme t : themes) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        problems.add("duplicate theme id '" + t.id() + "'");
      }
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (Theme t : byId.values()) {
      children.put(t.id(), new ArrayList<>());
    }
    for (Theme t : byId.values()) {
      if (t.parent().isPresent()) {
        List<String> siblings = children.get(t.parentId());
        if (siblings == null) {
          problems.add("theme '" + t.id() + "': unknown parent '" + t.parentId() + "'");
        } else {
          siblings.add(t.id());
        }
      }
    }
    Map<String, List<String>> ancestors = new LinkedHashMap<>();
    if (problems.isEmpty()) {
      for (Theme t : byId.values()) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(t.id()));
        String p = t.parentId();
        while (!p.isEmpty()) {
          if (!seen.add(p)) {
            problems.add("theme '" + t.id() + "': parent cycle through '" + p + "'");
            break;
          }
          chain.add(p);
          p = byId.get(p).parentId();
        }
        ancestors.put(t.id(), List.copyOf(chain));
      }
    }
    for (Theme t : byId.values()) {
      if (t.entries().isEmpty() && children.getOrDefault(t.id(), List.of()).isEmpty()) {
        problems.add("theme '" + t.id() + "' has no entries and no child themes");
      }
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    Map<String, List<String>> frozenChildren = new LinkedHashMap<>();
    children.forEach((k, v) -> frozenChildren.put(k, List.copyOf(v)));
    return new Lexicon(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(ancestors),
        Collections.unmodifiableMap(frozenChildren));
  }

  /** This lexicon plus {@code other}'s themes; ids must not clash, parents may be in either. */
  public Lexicon plus(Lexicon other) {
    List<Theme> all = new ArrayList<>(themes.values());
    all.addAll(other.themes());
    return of(all);
  }

  public List<Theme> themes() {
    return List.copyOf(themes.values());
  }

  public Optional<Theme> theme(String id) {
    return Optional.ofNullable(themes.get(id));
  }

  public boolean contains(String id) {
    return themes.containsKey(id);
  }

  /** The parent, grandparent, ... of a theme, nearest first; empty for a top-level theme. */
  public List<String> ancestors(String themeId) {
    List<String> chain = ancestors.get(themeId);
    if (chain == null) {
      throw new IllegalArgumentException("unknown theme '" + themeId + "'");
    }
    return chain;
  }

  /** The direct children of a theme. */
  public List<String> children(String themeId) {
    List<String> kids = children.get(themeId);
    if (kids == null) {
      throw new IllegalArgumentException("unknown theme '" + themeId + "'");
    }
    return kids;
  }

  public int size() {
    return themes.size();
  }

  public int entryCount() {
    int n = 0;
    for (Theme t : themes.values()) {
      n += t.entries().size();
    }
    return n;
  }

  @Override
  public String toString() {
    return "Lexicon" + themes.keySet();
  }
}
