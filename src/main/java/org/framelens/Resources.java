package org.framelens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files shipped under {@code lexicons/} (inside the jar at framelens/lexicons/). */
public final class Resources {

  private Resources() {}

  /**
   * The rows of a shipped TSV file, comments and blank lines skipped, each with {@code columns}
   * fields (missing trailing fields are empty). A row with more fields is an error naming the line.
   */
  public static List<String[]> tsv(String name, int columns) {
    String path = "framelens/lexicons/" + name;
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new FramelensException("lexicons/" + name + ": not found on the classpath");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length > columns) {
          throw new FramelensException("lexicons/" + name + ":" + lineNo + ": expected " + columns
              + " columns, found " + fields.length);
        }
        String[] row = new String[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = c < fields.length ? fields[c].strip() : "";
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lexicons/" + name + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
