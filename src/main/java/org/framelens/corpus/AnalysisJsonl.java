package org.framelens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/**
 * Reads saved {@code analyze} output: one {@link DocumentAnalysis} per line. A bad line is a
 * {@link Problem} naming file and line, and is skipped; the good lines around it are kept.
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

  public record Result(List<DocumentAnalysis> analyses, List<Problem> problems) {
    public Result {
      analyses = List.copyOf(analyses);
      problems = List.copyOf(problems);
    }
  }

  /** Reads every line; blank lines are allowed. Throws only when the file itself cannot be opened. */
  public static Result read(Path file) throws IOException {
    List<DocumentAnalysis> analyses = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int[] last = {0};
    try {
      JsonlLines.walk(file, (number, line) -> {
        last[0] = number;
        try {
          DocumentAnalysis a = Json.mapper().readValue(line, DocumentAnalysis.class);
          Optional<String> missing = missing(a);
          if (missing.isPresent()) {
            problems.add(new Problem(file, number, missing.get()));
          } else {
            analyses.add(a);
          }
        } catch (JsonProcessingException e) {
          problems.add(new Problem(file, number, path(e) + oneLine(e.getOriginalMessage())
              + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr())));
        }
        return true;
      });
    } catch (CharacterCodingException e) {
      problems.add(new Problem(file, last[0] + 1, "not UTF-8; rest of file skipped"));
    }
    return new Result(analyses, problems);
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
      if (s == null || s.actor() == null || s.target() == null || s.target().text() == null
          || s.polarity() == null || s.cue() == null || s.evidence() == null || s.source() == null) {
        return Optional.of("$.stances[" + i + "]: actor, target, polarity, cue, evidence and source are required");
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
