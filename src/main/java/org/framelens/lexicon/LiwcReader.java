package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framelens.lexicon.LexiconReader.Draft;

/** Reads a LIWC {@code .dic} dictionary into theme drafts, collecting problems as {@code file:line: message}. */
final class LiwcReader {

  private final String source;
  private final List<String> problems;

  private LiwcReader(String source, List<String> problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * A LIWC dictionary: a header between two {@code %} lines of {@code number<TAB>category}, then
   * {@code word<TAB>ids...}. LIWC matches lower-cased surface words, so entries import as exact.
   */
  static List<Draft> read(String source, String content, List<String> problems) {
    LiwcReader r = new LiwcReader(source, problems);
    return r.read(content);
  }

  private List<Draft> read(String content) {
    String[] lines = content.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i == lines.length || !lines[i].trim().equals("%")) {
      problem(i + 1, "expected the '%' line that opens a LIWC category header");
      return List.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> headerLine = new HashMap<>();
    i++;
    for (; i < lines.length && !lines[i].trim().equals("%"); i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      if (parts.length < 2 || !parts[0].matches("\\d+")) {
        problem(i + 1, "expected 'number<TAB>category' in the LIWC header");
        continue;
      }
      if (!Theme.ID.matcher(parts[1]).matches()) {
        problem(i + 1, "bad category name '" + parts[1] + "': use letters, digits, _ . -");
        continue;
      }
      if (names.containsKey(parts[0])) {
        problem(i + 1, "duplicate category number " + parts[0]);
        continue;
      }
      names.put(parts[0], parts[1]);
      headerLine.put(parts[0], i + 1);
    }
    if (i == lines.length) {
      problem(lines.length, "the LIWC category header is not closed by a '%' line");
      return List.of();
    }
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    names.keySet().forEach(k -> entries.put(k, new ArrayList<>()));
    for (i++; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String pattern;
      List<String> ids = new ArrayList<>();
      if (line.contains("\t")) {
        String[] cols = line.split("\t");
        pattern = cols[0].strip();
        for (int c = 1; c < cols.length; c++) {
          for (String id : cols[c].strip().split("\\s+")) {
            if (!id.isEmpty()) {
              ids.add(id);
            }
          }
        }
      } else {
        String[] words = line.split("\\s+");
        int k = words.length;
        while (k > 1 && words[k - 1].matches("\\d+")) {
          k--;
        }
        pattern = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        ids.addAll(List.of(words).subList(k, words.length));
      }
      if (ids.isEmpty()) {
        problem(i + 1, "'" + pattern + "' has no category numbers");
        continue;
      }
      Optional<String> bad = Entry.problemWith(pattern);
      if (bad.isPresent()) {
        problem(i + 1, bad.get());
        continue;
      }
      for (String id : ids) {
        List<Entry> list = entries.get(id);
        if (list == null) {
          problem(i + 1, "unknown category number '" + id + "'");
        } else {
          list.add(new Entry(pattern.toLowerCase(Locale.ROOT), Entry.Match.EXACT, false, 1.0));
        }
      }
    }
    List<Draft> drafts = new ArrayList<>();
    names.forEach((number, name) -> {
      String where = source + ":" + headerLine.get(number);
      drafts.add(new Draft(new Theme(name, name, "", "LIWC dictionary " + source, "", entries.get(number)),
          where, where));
    });
    return drafts;
  }

  private void problem(int line, String message) {
    problems.add(source + ":" + line + ": " + message);
  }
}
