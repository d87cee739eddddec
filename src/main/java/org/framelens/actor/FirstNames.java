package org.framelens.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender usually carried by an English first name, from the list CoreNLP's models jar ships
 * for its coreference system (about 14,600 names). Lets "he" skip over "Hillary Clinton".
 */
final class FirstNames {

  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private FirstNames() {}

  /** 'm', 'f', or '-' when the name is unknown or used for both. */
  static char gender(String firstName) {
    Character g = table().get(firstName.toLowerCase(Locale.ROOT));
    return g == null ? '-' : g;
  }

  private static Map<String, Character> table() {
    return Table.GENDERS;
  }

  /** Loaded on first use, once per JVM (the holder idiom: the class loader does the locking). */
  private static final class Table {
    static final Map<String, Character> GENDERS = load();
  }

  private static Map<String, Character> load() {
    Map<String, Character> map = new HashMap<>();
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return Map.of(); // the models jar is not on the classpath: pronouns fall back to recency alone
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String gender = line.substring(tab + 1).trim();
          char g = gender.equals("MALE") ? 'm' : gender.equals("FEMALE") ? 'f' : '-';
          map.merge(line.substring(0, tab).toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : '-');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
    return Map.copyOf(map);
  }
}
