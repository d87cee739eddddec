package org.framelens.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.framelens.actor.Actor;
import org.framelens.corpus.Json;
import org.framelens.corpus.OrderedParallel;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/**
 * Streams saved {@code analyze} output: one {@link DocumentAnalysis} per line. A bad line is a
 * {@link Problem} naming file and line, and is skipped; the good lines around it are kept. Nothing
 * is collected: a corpus of any size streams through in constant memory.
 */
public final class AnalysisJsonl {

  private AnalysisJsonl() {}

  /** What could not be read, and where: prints as {@code FILE:LINE: message}. */
  public record Problem(Path file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** Where the walk hands what it read, in file order. */
  public interface Sink {
    void analysis(DocumentAnalysis analysis);

    void problem(Problem problem);
  }

  /** One non-blank line, or (with {@code text} null) the point where the file stopped being UTF-8. */
  private record Line(int number, String text) {}

  /** One line read: an analysis, or the problem that kept it out. */
  private record Parsed(DocumentAnalysis analysis, Problem problem) {}

  /**
   * Streams every analysis of {@code file} to {@code sink}, parsing on {@code threads} threads and
   * handing results on in line order; nothing is kept once handed on. Blank lines are allowed.
   * Throws only when the file cannot be opened or read.
   */
  public static void walk(Path file, int threads, Sink sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      walk(file, in, threads, sink);
    }
  }

  /** The same over an open reader; {@code name} is what problems are reported against (a file, or "-"). */
  public static void walk(Path name, BufferedReader in, int threads, Sink sink) throws IOException {
    Lines lines = new Lines(in);
    OrderedParallel.map(lines, line -> parse(name, line), threads, parsed -> {
      if (parsed.analysis() != null) {
        sink.analysis(parsed.analysis());
      } else {
        sink.problem(parsed.problem());
      }
    });
    if (lines.failure != null) {
      throw lines.failure;
    }
  }

  private static Parsed parse(Path file, Line line) {
    int number = line.number();
    if (line.text() == null) {
      return new Parsed(null, new Problem(file, number, "not UTF-8; rest of file skipped"));
    }
    try {
      DocumentAnalysis a = Json.mapper().readValue(line.text(), DocumentAnalysis.class);
      Optional<String> missing = missing(a);
      return missing.isPresent() ? new Parsed(null, new Problem(file, number, missing.get())) : new Parsed(a, null);
    } catch (JsonProcessingException e) {
      return new Parsed(null, new Problem(file, number, path(e) + oneLine(e.getOriginalMessage())
          + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr())));
    }
  }

  /**
   * The non-blank lines of a reader with their numbers; a leading byte order mark is dropped. A
   * decoding error ends the walk with a line that says so, never an exception mid-stream, so every
   * line before it is handed on; any other read error is kept for the caller.
   */
  private static final class Lines implements Iterator<Line> {
    private final BufferedReader in;
    private Line next;
    private int number;
    private boolean done;
    IOException failure;

    Lines(BufferedReader in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        try {
          String text = in.readLine();
          number++;
          if (text == null) {
            done = true;
          } else {
            if (number == 1 && text.startsWith("\uFEFF")) {
              text = text.substring(1); // a byte order mark from an editor, outside every value
            }
            if (!text.isBlank()) {
              next = new Line(number, text);
            }
          }
        } catch (CharacterCodingException e) {
          next = new Line(number + 1, null);
          done = true;
        } catch (IOException e) {
          failure = e;
          done = true;
        }
      }
      return next != null;
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Line line = next;
      next = null;
      return line;
    }
  }

  /** The first required value a parsed line lacks, as a path: {@code $.stances[1].target: missing}. */
  static Optional<String> missing(DocumentAnalysis a) {
    if (a.id() == null || a.id().isBlank()) {
      return Optional.of("$.id: missing");
    }
    for (int i = 0; i < a.actors().size(); i++) {
      Actor x = a.actors().get(i);
      if (x == null || x.id() == null || x.name() == null || x.type() == null) {
        return Optional.of("$.actors[" + i + "]: id, name and type are required");
      }
    }
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      if (q == null || q.text() == null) {
        return Optional.of("$.quotes[" + i + "].text: missing");
      }
      for (Speaker s : q.speakers()) {
        if (s == null || s.name() == null) {
          return Optional.of("$.quotes[" + i + "].speakers: name missing");
        }
      }
    }
    for (int i = 0; i < a.themes().size(); i++) {
      CreditedHit c = a.themes().get(i);
      if (c == null || c.hit() == null || c.hit().theme() == null || c.voice() == null) {
        return Optional.of("$.themes[" + i + "]: hit with theme, and voice, are required");
      }
    }
    for (int i = 0; i < a.stances().size(); i++) {
      Stance s = a.stances().get(i);
      if (s == null || s.target() == null || s.target().text() == null
          || s.polarity() == null || s.cue() == null || s.evidence() == null || s.source() == null) {
        return Optional.of("$.stances[" + i + "]: target, polarity, cue, evidence and source are required");
      }
      if (!(s.confidence() >= 0.0 && s.confidence() <= 1.0)) {
        return Optional.of("$.stances[" + i + "].confidence: must lie in [0, 1]");
      }
    }
    return Optional.empty();
  }

  /** Where in the line, as {@code $.quotes[2].start: }, when Jackson knows. */
  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.append(": ").toString();
  }

  private static String oneLine(String message) {
    String folded = message == null ? "unreadable JSON" : message.replaceAll("\\s+", " ").strip();
    return folded.length() <= 300 ? folded : folded.substring(0, 297) + "...";
  }
}
