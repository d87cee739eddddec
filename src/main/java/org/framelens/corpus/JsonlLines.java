package org.framelens.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Walks the non-blank lines of a UTF-8 JSONL file with their numbers; a leading byte order mark is dropped. */
public final class JsonlLines {

  /** What to do with one line; returning false stops the walk. */
  @FunctionalInterface
  public interface Visitor {
    boolean line(int number, String text);
  }

  private JsonlLines() {}

  /**
   * @return the number of the last line read
   * @throws java.nio.charset.CharacterCodingException when the file is not valid UTF-8
   */
  public static int walk(Path file, Visitor visitor) throws IOException {
    int number = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte order mark from an editor, outside every value
        }
        if (!line.isBlank() && !visitor.line(number, line)) {
          break;
        }
      }
    }
    return number;
  }
}
