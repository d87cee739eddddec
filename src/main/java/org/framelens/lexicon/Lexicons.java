package org.framelens.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.FramelensException;

/**
 * Where lexicons come from: the themes shipped inside the jar, and analysts' own files
 * (framelens YAML, quanteda YAML or LIWC .dic). Loading is all or nothing: a file with any problem
 * throws a {@link LexiconException} listing every problem, and nothing is half-loaded.
 */
public final class Lexicons {

  static final String SHIPPED_DIR = "framelens/lexicons/themes";

  private Lexicons() {}

  /** The shipped themes, read once per JVM from the classpath (a folder or the jar). */
  public static Lexicon shipped() {
    return Shipped.LEXICON;
  }

  /** The lexicons in a file or folder (recursively, sorted by path), on their own. */
  public static Lexicon load(Path fileOrDir) throws IOException {
    return load(fileOrDir, Lexicon.empty());
  }

  /**
   * {@code base} plus the lexicons in a file or folder: user themes may name base themes as their
   * parent; a user theme whose id a base theme already has is an error. Use {@code load(path,
   * shipped())} to add to the shipped themes, {@link #load(Path)} to replace them.
   */
  public static Lexicon load(Path fileOrDir, Lexicon base) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (Path file : lexiconFiles(fileOrDir)) {
      files.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    if (files.isEmpty()) {
      throw new LexiconException(List.of(fileOrDir + ": no lexicon files (.yaml, .yml, .dic)"));
    }
    return fromSources(files, base);
  }

  /** What {@link #validate} found in one file. */
  public record FileReport(Path file, int themes, int entries, List<String> problems) {
    public FileReport {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks files (folders are expanded) together, as one lexicon on top of {@code base}: a theme
   * may name a parent defined in another of the files. Never throws for a bad lexicon; each
   * problem lands in the report of the file it points into.
   */
  public static List<FileReport> validate(List<Path> filesOrDirs, Lexicon base) {
    List<Path> files = new ArrayList<>();
    List<FileReport> unreadable = new ArrayList<>();
    for (Path p : filesOrDirs) {
      try {
        files.addAll(lexiconFiles(p));
      } catch (IOException e) {
        unreadable.add(new FileReport(p, 0, 0, List.of(p + ": cannot read: " + describe(e))));
      }
    }
    List<String> problems = new ArrayList<>();
    Map<Path, List<LexiconReader.Draft>> drafts = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        drafts.put(file, LexiconReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), problems));
      } catch (IOException e) {
        problems.add(file + ": cannot read: " + describe(e));
        drafts.put(file, List.of());
      }
    }
    check(drafts.values().stream().flatMap(List::stream).toList(), base, problems);
    List<FileReport> reports = new ArrayList<>(unreadable);
    drafts.forEach((file, ds) -> {
      String prefix = file + ":";
      reports.add(new FileReport(file, ds.size(), ds.stream().mapToInt(d -> d.theme().entries().size()).sum(),
          problems.stream().filter(p -> p.startsWith(prefix)).toList()));
    });
    return reports;
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
  }

  /** The lexicon files under a path: itself if it is a file, else its .yaml/.yml/.dic files. */
  static List<Path> lexiconFiles(Path fileOrDir) throws IOException {
    if (!Files.isDirectory(fileOrDir)) {
      if (!Files.exists(fileOrDir)) {
        throw new java.nio.file.NoSuchFileException(fileOrDir.toString());
      }
      return List.of(fileOrDir);
    }
    try (Stream<Path> walk = Files.walk(fileOrDir)) {
      return walk.filter(Files::isRegularFile).filter(p -> isLexiconName(p.getFileName().toString()))
          .sorted().toList();
    }
  }

  static boolean isLexiconName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".dic");
  }

  /** Parses named file contents (name → text) into one lexicon on top of {@code base}. */
  static Lexicon fromSources(Map<String, String> sources, Lexicon base) {
    List<String> problems = new ArrayList<>();
    List<LexiconReader.Draft> drafts = new ArrayList<>();
    sources.forEach((name, text) -> drafts.addAll(LexiconReader.read(name, text, problems)));
    check(drafts, base, problems);
    if (!problems.isEmpty()) {
      throw new LexiconException(problems);
    }
    List<Theme> all = new ArrayList<>(base.themes());
    drafts.forEach(d -> all.add(d.theme()));
    return Lexicon.of(all);
  }

  /** Cross-theme checks with locations: duplicate ids, unknown parents, cycles, empty themes. */
  private static void check(List<LexiconReader.Draft> drafts, Lexicon base, List<String> problems) {
    Map<String, LexiconReader.Draft> byId = new HashMap<>();
    for (LexiconReader.Draft d : drafts) {
      String id = d.theme().id();
      LexiconReader.Draft first = byId.putIfAbsent(id, d);
      if (first != null) {
        problems.add(d.where() + ": duplicate theme id '" + id + "', first defined at " + first.where());
      } else if (base.contains(id)) {
        problems.add(d.where() + ": theme id '" + id + "' is already defined (by the lexicons this adds to)");
      }
    }
    Set<String> hasChildren = new HashSet<>();
    for (LexiconReader.Draft d : drafts) {
      String parent = d.theme().parentId();
      if (parent.isEmpty()) {
        continue;
      }
      hasChildren.add(parent);
      if (!byId.containsKey(parent) && !base.contains(parent)) {
        problems.add(d.parentWhere() + ": theme '" + d.theme().id() + "': unknown parent '" + parent + "'");
      }
    }
    for (LexiconReader.Draft d : byId.values()) {
      Set<String> seen = new HashSet<>();
      LexiconReader.Draft at = d;
      while (at != null && !at.theme().parentId().isEmpty()) {
        if (!seen.add(at.theme().id())) {
          if (at == d) {
            problems.add(d.parentWhere() + ": theme '" + d.theme().id() + "': parent cycle " + cycle(d, byId));
          }
          break;
        }
        at = byId.get(at.theme().parentId());
      }
    }
    for (LexiconReader.Draft d : drafts) {
      if (d.theme().entries().isEmpty() && !hasChildren.contains(d.theme().id())) {
        problems.add(d.where() + ": theme '" + d.theme().id() + "' has no entries");
      }
    }
  }

  private static String cycle(LexiconReader.Draft start, Map<String, LexiconReader.Draft> byId) {
    List<String> ids = new ArrayList<>(List.of(start.theme().id()));
    LexiconReader.Draft at = byId.get(start.theme().parentId());
    while (at != null && at != start) {
      ids.add(at.theme().id());
      at = byId.get(at.theme().parentId());
    }
    ids.add(start.theme().id());
    return String.join(" -> ", ids);
  }

  /** Reads the shipped folder whether the classpath holds it as a directory or inside a jar. */
  static Map<String, String> shippedSources(ClassLoader loader) {
    return shippedSources(loader, "themes");
  }

  /**
   * The shipped lexicon of a kind other than themes ({@code concepts}, {@code opinion}): the same
   * format and checks, from {@code lexicons/<kind>/}, read once per call (callers keep it).
   */
  public static Lexicon shipped(String kind) {
    return fromSources(shippedSources(Lexicons.class.getClassLoader(), kind), Lexicon.empty());
  }

  /**
   * Whether a user path holds lexicons of {@code kind} rather than themes: a folder of that name
   * in the path as given ({@code my/concepts/treaties.yaml}, {@code --lexicons my/opinion}).
   */
  public static boolean isOfKind(Path path, String kind) {
    for (Path part : path.normalize()) {
      if (part.toString().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> shippedSources(ClassLoader loader, String kind) {
    String dir = "framelens/lexicons/" + kind;
    URL url = loader.getResource(dir);
    if (url == null) {
      throw new FramelensException("shipped lexicons not on the classpath: " + dir);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        boolean opened = false;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          opened = true;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          return readFolder(fs.getPath(dir), kind);
        } finally {
          if (opened) {
            fs.close();
          }
        }
      }
      return readFolder(Path.of(uri), kind);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped lexicons at " + url, e);
    } catch (URISyntaxException e) {
      throw new FramelensException("cannot read shipped lexicons at " + url, e);
    }
  }

  private static Map<String, String> readFolder(Path dir, String kind) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (isLexiconName(name)) {
          out.put("lexicons/" + kind + "/" + name, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static final class Shipped {
    static final Lexicon LEXICON = fromSources(shippedSources(Lexicons.class.getClassLoader()), Lexicon.empty());
  }
}
