package org.framelens.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framelens.Resources;

/**
 * States, organisations and the words people are titled by, from the shipped files under
 * {@code lexicons/actors/}. Capitals and seats of government are aliases of their state, so
 * "Tehran said" resolves to Iran. Immutable; one instance per JVM.
 */
public final class Gazetteer {

  /** A named entity the gazetteer knows: a state or an organisation. */
  public record Entity(String id, String name, Actor.Type type, Optional<String> affiliation) {}

  /** How a title word is used: a job or office, a rank before a name, or an honorific. */
  public enum TitleKind { ROLE, RANK, HONORIFIC }

  /** A title word with the gender it implies ('m', 'f' or '-'). */
  public record Title(TitleKind kind, char gender) {}

  static final int MAX_ALIAS_WORDS = 6;

  private final Map<String, Entity> byAlias;
  private final Map<String, Entity> byExactAlias;
  private final Map<String, Entity> byId;
  private final Map<String, String> stateByAdjective;
  private final Map<String, Title> titles;

  private Gazetteer(Map<String, Entity> byAlias, Map<String, Entity> byExactAlias, Map<String, Entity> byId,
      Map<String, String> stateByAdjective, Map<String, Title> titles) {
    this.byAlias = Map.copyOf(byAlias);
    this.byExactAlias = Map.copyOf(byExactAlias);
    this.byId = Map.copyOf(byId);
    this.stateByAdjective = Map.copyOf(stateByAdjective);
    this.titles = Map.copyOf(titles);
  }

  /** Loaded on first use, once per JVM (the holder idiom: the class loader does the locking). */
  private static final class Shipped {
    static final Gazetteer INSTANCE = load();
  }

  public static Gazetteer shipped() {
    return Shipped.INSTANCE;
  }

  private static Gazetteer load() {
    Map<String, Entity> byAlias = new HashMap<>();
    Map<String, Entity> exact = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    for (String[] row : Resources.tsv("actors/states.tsv", 4)) {
      Entity e = new Entity(row[0], row[1], Actor.Type.STATE, Optional.empty());
      byId.put(e.id(), e);
      byAlias.putIfAbsent(key(row[1]), e);
      for (String alias : split(row[2])) {
        addAlias(alias, e, byAlias, exact);
      }
      for (String adjective : split(row[3])) {
        String letters = adjective.replace(".", "");
        boolean shortCaps = letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT));
        adjectives.putIfAbsent(shortCaps ? "=" + letters : key(adjective), e.id());
      }
    }
    for (String[] row : Resources.tsv("actors/organizations.tsv", 4)) {
      Entity e = new Entity(row[0], row[1], Actor.Type.ORGANIZATION,
          row[3].isEmpty() ? Optional.empty() : Optional.of(row[3]));
      byId.putIfAbsent(e.id(), e);
      addAlias(row[1], e, byAlias, exact);
      for (String alias : split(row[2])) {
        addAlias(alias, e, byAlias, exact);
      }
    }
    Map<String, Title> titles = new HashMap<>();
    for (String[] row : Resources.tsv("actors/roles.tsv", 3)) {
      TitleKind kind = TitleKind.valueOf(row[1].toUpperCase(Locale.ROOT));
      titles.putIfAbsent(row[0].toLowerCase(Locale.ROOT), new Title(kind, row[2].isEmpty() ? '-' : row[2].charAt(0)));
    }
    return new Gazetteer(byAlias, exact, byId, adjectives, titles);
  }

  /** Short all-capital aliases (US, WHO, IS, AP) match only as written: "us", "who", "is" are words. */
  private static void addAlias(String alias, Entity e, Map<String, Entity> byAlias, Map<String, Entity> exact) {
    String letters = alias.replace(".", "");
    if (letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      exact.putIfAbsent(letters, e);
    } else {
      byAlias.putIfAbsent(key(alias), e);
    }
  }

  private static List<String> split(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  /** Lower case, periods dropped, spaces folded: "U.S." and "US" meet. */
  static String key(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '\u2019') {
        c = '\'';
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  public Optional<Entity> entity(String phrase) {
    Entity exact = byExactAlias.get(phrase.replace(".", ""));
    return exact != null ? Optional.of(exact) : Optional.ofNullable(byAlias.get(key(phrase)));
  }

  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The state a demonym or adjective names: "Iranian" → iran. */
  public Optional<String> stateOfAdjective(String word) {
    String exact = stateByAdjective.get("=" + word.replace(".", ""));
    return exact != null ? Optional.of(exact) : Optional.ofNullable(stateByAdjective.get(key(word)));
  }

  public Optional<Title> title(String word) {
    return Optional.ofNullable(titles.get(key(word)));
  }
}
