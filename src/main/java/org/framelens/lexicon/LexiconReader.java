package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one lexicon file into located theme drafts, collecting problems instead of stopping at the
 * first. Works on snakeyaml's node tree (not constructed Java objects) so that every value keeps
 * its line for error messages.
 */
final class LexiconReader {

  static final String FORMAT = "framelens-lexicon/1";

  private static final Set<String> TOP_KEYS = Set.of("format", "themes");
  private static final Set<String> THEME_KEYS =
      Set.of("id", "label", "description", "source", "parent", "entries");
  private static final Set<String> ENTRY_KEYS = Set.of("term", "match", "case", "weight", "near", "window");

  /** A theme as read, with where it and its parent reference were written. */
  record Draft(Theme theme, String where, String parentWhere) {}

  private final String source;
  private final List<String> problems;

  private LexiconReader(String source, List<String> problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Reads {@code content}; the format follows from the name (.dic) or the {@code format:} key. */
  static List<Draft> read(String source, String content, List<String> problems) {
    LexiconReader reader = new LexiconReader(source, problems);
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".dic")) {
      return LiwcReader.read(source, content, problems);
    }
    return reader.readYaml(content);
  }

  // ---------------------------------------------------------------- YAML

  private List<Draft> readYaml(String content) {
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(true).build();
      Optional<Node> composed = new Compose(settings).composeString(content);
      if (composed.isEmpty()) {
        problem(1, "empty file");
        return List.of();
      }
      root = composed.get();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
      problem(line, "invalid YAML: " + e.getProblem());
      return List.of();
    } catch (YamlEngineException e) {
      problem(1, "invalid YAML: " + e.getMessage());
      return List.of();
    }
    if (!(root instanceof MappingNode map)) {
      problem(root, "expected a mapping at the top of the file");
      return List.of();
    }
    boolean framelens = map.getValue().stream()
        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("format"));
    return framelens ? readFramelens(map) : readQuanteda(map);
  }

  private List<Draft> readFramelens(MappingNode root) {
    Map<String, NodeTuple> top = fields(root, TOP_KEYS, "top-level");
    NodeTuple format = top.get("format");
    String version = scalar(format.getValueNode(), "format").orElse("");
    if (!version.equals(FORMAT)) {
      problem(format.getValueNode(), "unsupported format '" + version + "', expected '" + FORMAT + "'");
      return List.of();
    }
    NodeTuple themes = top.get("themes");
    if (themes == null) {
      problem(root, "missing key 'themes'");
      return List.of();
    }
    if (!(themes.getValueNode() instanceof SequenceNode list)) {
      problem(themes.getValueNode(), "'themes' must be a list of themes");
      return List.of();
    }
    if (list.getValue().isEmpty()) {
      problem(list, "'themes' is empty");
    }
    List<Draft> drafts = new ArrayList<>();
    for (Node item : list.getValue()) {
      theme(item).ifPresent(drafts::add);
    }
    return drafts;
  }

  private Optional<Draft> theme(Node node) {
    if (!(node instanceof MappingNode map)) {
      problem(node, "expected a theme (a mapping with id, label, entries, ...)");
      return Optional.empty();
    }
    Map<String, NodeTuple> f = fields(map, THEME_KEYS, "theme");
    int before = problems.size();
    String id = required(map, f, "id").orElse("");
    if (!id.isEmpty() && !Theme.ID.matcher(id).matches()) {
      problem(f.get("id").getValueNode(), "bad theme id '" + id + "': use letters, digits, _ . -");
    }
    String label = optional(f, "label");
    String description = optional(f, "description");
    String source = optional(f, "source");
    String parent = optional(f, "parent");
    List<Entry> entries = new ArrayList<>();
    NodeTuple e = f.get("entries");
    // a theme may leave out entries when child themes carry them; the cross-theme check decides
    if (e == null) {
      entries = List.of();
    } else if (e.getValueNode() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        entry(item).ifPresent(entries::add);
      }
    } else if (!isNull(e.getValueNode())) {
      problem(e.getValueNode(), "'entries' must be a list");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String parentWhere = f.containsKey("parent") ? where(f.get("parent").getValueNode()) : where(map);
    return Optional.of(new Draft(new Theme(id, label, description, source, parent, entries), where(map),
        parentWhere));
  }

  private Optional<Entry> entry(Node node) {
    if (node instanceof ScalarNode s) {
      return term(node, s.getValue(), Entry.Match.LEMMA, false, 1.0);
    }
    if (!(node instanceof MappingNode map)) {
      problem(node, "expected an entry: a term or a mapping {term, match, case, weight}");
      return Optional.empty();
    }
    Map<String, NodeTuple> f = fields(map, ENTRY_KEYS, "entry");
    int before = problems.size();
    String term = required(map, f, "term").orElse("");
    Entry.Match match = Entry.Match.LEMMA;
    if (f.containsKey("match")) {
      Node v = f.get("match").getValueNode();
      String m = scalar(v, "match").orElse("");
      switch (m) {
        case "lemma" -> match = Entry.Match.LEMMA;
        case "exact" -> match = Entry.Match.EXACT;
        default -> problem(v, "unknown match '" + m + "', expected lemma or exact");
      }
    }
    boolean caseSensitive = false;
    if (f.containsKey("case")) {
      Node v = f.get("case").getValueNode();
      String c = scalar(v, "case").orElse("");
      switch (c) {
        case "sensitive" -> caseSensitive = true;
        case "insensitive" -> caseSensitive = false;
        default -> problem(v, "unknown case '" + c + "', expected sensitive or insensitive");
      }
    }
    double weight = 1.0;
    if (f.containsKey("weight")) {
      Node v = f.get("weight").getValueNode();
      String w = scalar(v, "weight").orElse("");
      try {
        weight = Double.parseDouble(w);
      } catch (NumberFormatException ex) {
        weight = Double.NaN;
      }
      if (!Entry.validWeight(weight)) {
        problem(v, "bad weight '" + w + "', expected a number > 0");
      }
    }
    Optional<Entry.Near> near = near(map, f);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return term(f.get("term").getValueNode(), term, match, caseSensitive, weight)
        .map(e -> new Entry(e.term(), e.match(), e.caseSensitive(), e.weight(), near));
  }

  /** {@code near: term} or {@code near: [term, ...]}, with {@code window: n} or {@code window: [before, after]}. */
  private Optional<Entry.Near> near(MappingNode map, Map<String, NodeTuple> f) {
    NodeTuple n = f.get("near");
    NodeTuple w = f.get("window");
    if (n == null) {
      if (w != null) {
        problem(w.getKeyNode(), "'window' needs 'near'");
      }
      return Optional.empty();
    }
    List<String> terms = new ArrayList<>();
    Node value = n.getValueNode();
    List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
    for (Node item : items) {
      Optional<String> t = scalar(item, "near");
      if (t.isPresent()) {
        Optional<String> p = Entry.problemWith(t.get());
        if (p.isPresent()) {
          problem(item, "near " + p.get());
        } else {
          terms.add(t.get());
        }
      }
    }
    if (items.isEmpty()) {
      problem(value, "'near' is empty");
    }
    int before = Entry.DEFAULT_WINDOW;
    int after = Entry.DEFAULT_WINDOW;
    if (w != null) {
      Node wv = w.getValueNode();
      List<Node> sides = wv instanceof SequenceNode seq ? seq.getValue() : List.of(wv, wv);
      int[] got = new int[2];
      boolean ok = sides.size() == 2;
      for (int k = 0; ok && k < 2; k++) {
        String s = scalar(sides.get(k), "window").orElse("");
        ok = s.matches("\\d{1,3}");
        got[k] = ok ? Integer.parseInt(s) : 0;
      }
      if (!ok || !Entry.Near.validWindow(got[0], got[1])) {
        problem(wv, "bad window: expected a number of tokens or [before, after]; "
            + Entry.Near.windowProblem(got[0], got[1]));
        return Optional.empty();
      }
      before = got[0];
      after = got[1];
    }
    return terms.isEmpty() ? Optional.empty() : Optional.of(new Entry.Near(terms, before, after));
  }

  private Optional<Entry> term(Node node, String term, Entry.Match match, boolean sensitive, double weight) {
    if (isNull(node)) {
      problem(node, "empty entry");
      return Optional.empty();
    }
    Optional<String> p = Entry.problemWith(term);
    if (p.isPresent()) {
      problem(node, p.get());
      return Optional.empty();
    }
    return Optional.of(new Entry(term, match, sensitive, weight));
  }

  /**
   * quanteda's YAML dictionary: keys are categories, values either lists of glob patterns or
   * further keys (nested categories). quanteda matches surface tokens case-insensitively, so the
   * patterns import as {@code match: exact}; nested keys become child themes with dotted ids, as
   * quanteda's own flattening names them.
   */
  private List<Draft> readQuanteda(MappingNode root) {
    List<Draft> drafts = new ArrayList<>();
    quantedaKeys(root, "", drafts);
    if (drafts.isEmpty() && problems.isEmpty()) {
      problem(root, "no categories found (neither a framelens 'format:' key nor quanteda categories)");
    }
    return drafts;
  }

  private void quantedaKeys(MappingNode map, String parentId, List<Draft> drafts) {
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : map.getValue()) {
      Optional<String> key = scalar(t.getKeyNode(), "category name");
      if (key.isEmpty()) {
        continue;
      }
      if (!seen.add(key.get())) {
        problem(t.getKeyNode(), "duplicate key '" + key.get() + "'");
        continue;
      }
      String id = parentId.isEmpty() ? key.get() : parentId + "." + key.get();
      if (!Theme.ID.matcher(id).matches()) {
        problem(t.getKeyNode(), "bad category name '" + key.get() + "': use letters, digits, _ . -");
        continue;
      }
      Node value = t.getValueNode();
      List<Entry> entries = new ArrayList<>();
      if (value instanceof SequenceNode seq) {
        for (Node item : seq.getValue()) {
          if (item instanceof ScalarNode s) {
            term(item, s.getValue(), Entry.Match.EXACT, false, 1.0).ifPresent(entries::add);
          } else {
            problem(item, "expected a pattern string");
          }
        }
      } else if (value instanceof ScalarNode s && !isNull(value)) {
        term(value, s.getValue(), Entry.Match.EXACT, false, 1.0).ifPresent(entries::add);
      } else if (!(value instanceof MappingNode)) {
        problem(value, "category '" + id + "' has no patterns");
      }
      String where = where(t.getKeyNode());
      drafts.add(new Draft(new Theme(id, key.get(), "", "quanteda dictionary " + source, parentId, entries),
          where, where));
      if (value instanceof MappingNode sub) {
        quantedaKeys(sub, id, drafts);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The mapping's keys, reporting unknown and repeated ones. */
  private Map<String, NodeTuple> fields(MappingNode map, Set<String> allowed, String what) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      Optional<String> key = scalar(t.getKeyNode(), "key");
      if (key.isEmpty()) {
        continue;
      }
      if (!allowed.contains(key.get())) {
        problem(t.getKeyNode(), "unknown " + what + " key '" + key.get() + "', expected one of "
            + allowed.stream().sorted().toList());
      } else if (out.putIfAbsent(key.get(), t) != null) {
        problem(t.getKeyNode(), "duplicate key '" + key.get() + "'");
      }
    }
    return out;
  }

  private Optional<String> required(MappingNode map, Map<String, NodeTuple> f, String key) {
    NodeTuple t = f.get(key);
    if (t == null) {
      problem(map, "missing key '" + key + "'");
      return Optional.empty();
    }
    Optional<String> v = scalar(t.getValueNode(), key);
    if (v.isPresent() && v.get().isBlank()) {
      problem(t.getValueNode(), "'" + key + "' is empty");
      return Optional.empty();
    }
    return v;
  }

  private String optional(Map<String, NodeTuple> f, String key) {
    NodeTuple t = f.get(key);
    return t == null || isNull(t.getValueNode()) ? "" : scalar(t.getValueNode(), key).orElse("");
  }

  private Optional<String> scalar(Node node, String what) {
    if (node instanceof ScalarNode s && !isNull(node)) {
      return Optional.of(s.getValue().strip());
    }
    problem(node, "expected a single value for " + what);
    return Optional.empty();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
  }

  private String where(Node node) {
    return source + ":" + line(node);
  }

  private void problem(Node node, String message) {
    problem(line(node), message);
  }

  private void problem(int line, String message) {
    problems.add(source + ":" + line + ": " + message);
  }
}
