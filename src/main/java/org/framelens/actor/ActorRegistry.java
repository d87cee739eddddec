package org.framelens.actor;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framelens.FramelensException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Who is who, as an analyst curates it ({@code --actors FILE}): canonical names, aliases, type,
 * role, affiliation and an optional Wikidata id. An entry wins over what is read from the text.
 * Read from YAML (a list of entries, or {@code actors:} holding one) or from TSV with the columns
 * {@code name, aliases, type, role, affiliation, wikidata} (aliases separated by {@code |}).
 * Immutable and serializable, so a Spark job ships it to its executors.
 */
public final class ActorRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One curated actor; {@code id} is the canonical id written to the output. */
  public record Entry(String id, String name, Actor.Type type, Optional<String> role,
      Optional<String> affiliation, List<String> aliases, Optional<String> wikidata) {
    public Entry {
      role = role == null ? Optional.empty() : role;
      affiliation = affiliation == null ? Optional.empty() : affiliation;
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      wikidata = wikidata == null ? Optional.empty() : wikidata;
    }
  }

  private static final ActorRegistry EMPTY = new ActorRegistry(List.of());

  private final transient List<Entry> entries;
  private final transient Map<String, Entry> byKey = new LinkedHashMap<>();

  private ActorRegistry(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      byKey.putIfAbsent(key(e.id()), e);
      byKey.putIfAbsent(key(e.name()), e);
      for (String alias : e.aliases()) {
        byKey.putIfAbsent(key(alias), e);
      }
    }
  }

  public static ActorRegistry empty() {
    return EMPTY;
  }

  public static ActorRegistry of(Collection<Entry> entries) {
    return new ActorRegistry(new ArrayList<>(entries));
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry a name, an alias or an id stands for, whatever its case, spacing, periods or accents. */
  public Optional<Entry> find(String nameOrId) {
    return Optional.ofNullable(byKey.get(key(nameOrId)));
  }

  /**
   * Reads a registry file: {@code .tsv} (or {@code .tab}) as TSV, anything else as YAML.
   *
   * @throws FramelensException naming the file, and the line or entry, when it is not a valid registry
   */
  public static ActorRegistry load(Path file) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new FramelensException(file + ": not UTF-8");
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Entry> entries = name.endsWith(".tsv") || name.endsWith(".tab") ? tsv(file, text) : yaml(file, text);
    return new ActorRegistry(entries);
  }

  private static final List<String> COLUMNS = List.of("name", "aliases", "type", "role", "affiliation", "wikidata");

  private static List<Entry> tsv(Path file, String text) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    boolean header = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!header) {
        header = true;
        if (f[0].strip().equalsIgnoreCase("name")) {
          continue; // the optional header row
        }
      }
      String where = file + ":" + (n + 1) + ": ";
      if (f.length > COLUMNS.size()) {
        throw new FramelensException(where + "expected at most " + COLUMNS.size() + " columns (" + String.join(", ", COLUMNS)
            + "), found " + f.length);
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int c = 0; c < f.length; c++) {
        String v = f[c].strip();
        if (!v.isEmpty()) {
          fields.put(COLUMNS.get(c), c == 1 ? List.of(v.split("\\s*\\|\\s*")) : v);
        }
      }
      out.add(entry(where, fields));
    }
    return out;
  }

  private static List<Entry> yaml(Path file, String text) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw new FramelensException(file + ": " + e.getMessage().replaceAll("\\s+", " ").strip());
    }
    if (root instanceof Map<?, ?> map && map.containsKey("actors")) {
      root = map.get("actors");
    }
    if (!(root instanceof List<?> list)) {
      throw new FramelensException(file + ": expected a list of actors (or 'actors:' holding one)");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = file + ": actors[" + i + "]: ";
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw new FramelensException(where + "expected a mapping with at least 'name'");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      m.forEach((k, v) -> fields.put(String.valueOf(k), v));
      out.add(entry(where, fields));
    }
    return out;
  }

  private static Entry entry(String where, Map<String, Object> fields) {
    for (String k : fields.keySet()) {
      if (!COLUMNS.contains(k) && !k.equals("id")) {
        throw new FramelensException(where + "unknown field '" + k + "' (known: id, " + String.join(", ", COLUMNS) + ")");
      }
    }
    String name = text(where, fields, "name").orElseThrow(() -> new FramelensException(where + "'name' is required"));
    Actor.Type type = text(where, fields, "type").map(t -> type(where, t)).orElse(Actor.Type.PERSON);
    List<String> aliases = new ArrayList<>();
    Object a = fields.get("aliases");
    if (a instanceof List<?> l) {
      l.forEach(x -> aliases.add(String.valueOf(x).strip()));
    } else if (a != null) {
      aliases.add(String.valueOf(a).strip());
    }
    String id = text(where, fields, "id").orElse(DocumentActors.slug(name));
    return new Entry(id, name, type, text(where, fields, "role"), text(where, fields, "affiliation"), aliases,
        text(where, fields, "wikidata").map(w -> wikidata(where, w)));
  }

  private static Optional<String> text(String where, Map<String, Object> fields, String key) {
    Object v = fields.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw new FramelensException(where + "'" + key + "' must be text");
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static Actor.Type type(String where, String t) {
    try {
      return Actor.Type.valueOf(t.toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION"));
    } catch (IllegalArgumentException e) {
      throw new FramelensException(where + "type '" + t + "' is not one of person, organization, state, unnamed");
    }
  }

  private static String wikidata(String where, String w) {
    if (!w.matches("Q[1-9][0-9]*")) {
      throw new FramelensException(where + "wikidata '" + w + "' is not an item id like Q42");
    }
    return w;
  }

  /** Java serialization writes plain strings: entries hold Optionals, which are not serializable. */
  private Object writeReplace() {
    List<String[]> rows = new ArrayList<>();
    for (Entry e : entries) {
      rows.add(new String[] {e.id(), e.name(), e.type().name(), e.role().orElse(null), e.affiliation().orElse(null),
          String.join("\u0000", e.aliases()), e.wikidata().orElse(null)});
    }
    return new Form(rows);
  }

  private record Form(List<String[]> rows) implements Serializable {
    private Object readResolve() {
      List<Entry> entries = new ArrayList<>();
      for (String[] r : rows) {
        entries.add(new Entry(r[0], r[1], Actor.Type.valueOf(r[2]), Optional.ofNullable(r[3]), Optional.ofNullable(r[4]),
            r[5].isEmpty() ? List.of() : List.of(r[5].split("\u0000")), Optional.ofNullable(r[6])));
      }
      return new ActorRegistry(entries);
    }
  }

  /** Case, periods, accents and spacing folded: "Donald J. Trump", "donald j trump" meet. */
  static String key(String name) {
    return DocumentActors.slug(name);
  }
}
