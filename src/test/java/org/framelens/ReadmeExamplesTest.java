package org.framelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The README's examples are what the code prints. Each checked example sits between
 * {@code <!-- checked-example KIND: ARGS -->} and {@code <!-- /checked-example -->}; the test runs
 * {@code framelens ARGS} and compares its output with the fenced block in between:
 * <ul>
 *   <li>{@code exact}: the block is the output, byte for byte (trailing blank lines aside);
 *   <li>{@code excerpt}: JSON with {@code //} comments, {@code …} for left-out members and, inside a
 *       string, for left-out words: every member shown has that value in the output's first line
 *       (an array's shown elements are each found among the output's);
 *   <li>{@code sketch}: an outline of field names ({@code {id, role?, quotes:[{start, end}]}}, {@code ?}
 *       for fields that may be absent): the output has every field named and no field unnamed.
 * </ul>
 * Whoever changes an output updates the README in the same commit, and this test keeps them honest.
 */
class ReadmeExamplesTest {

  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- checked-example (exact|excerpt|sketch): (.+?) -->\\n```[a-z]*\\n(.*?)\\n```\\n<!-- /checked-example -->",
      Pattern.DOTALL);

  private record Example(String kind, String args, String block) {}

  private static List<Example> examples() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(readme);
    while (m.find()) {
      examples.add(new Example(m.group(1), m.group(2), m.group(3)));
    }
    return examples;
  }

  @Test
  void everyMarkerOfTheReadmeOpensACheckedExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    long markers = readme.lines().filter(line -> line.startsWith("<!-- checked-example ")).count();
    assertEquals(markers, (long) examples().size(), "a marker whose block the test cannot read");
    assertTrue(examples().stream().map(Example::kind).distinct().count() == 3, "all three kinds are in use");
  }

  @TestFactory
  List<DynamicTest> readmeExamplesMatchWhatTheCommandsPrint() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Example e : examples()) {
      tests.add(DynamicTest.dynamicTest(e.kind() + ": framelens " + e.args(), () -> check(e)));
    }
    return tests;
  }

  private static void check(Example e) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(e.args().split(" "));
    assertEquals(0, code, err.toString());
    String output = out.toString();
    List<String> problems = new ArrayList<>();
    switch (e.kind()) {
      case "exact" -> assertEquals(e.block().stripTrailing(), output.stripTrailing(),
          "README block for 'framelens " + e.args() + "'");
      case "excerpt" -> {
        JsonNode shown = LENIENT.readTree(withoutLeftOutMembers(e.block()));
        matchExcerpt(shown, LENIENT.readTree(output.lines().findFirst().orElse("")), "$", problems);
      }
      default -> matchSketch(new SketchParser(e.block()).value(), LENIENT.readTree(output), "$", problems);
    }
    assertTrue(problems.isEmpty(), "README example for 'framelens " + e.args() + "' has drifted:\n"
        + String.join("\n", problems));
  }

  // --- excerpt: JSON with comments and ellipses

  private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  /** Drops a {@code …} that stands for left-out members (outside strings), with its comma. */
  static String withoutLeftOutMembers(String json) {
    StringBuilder b = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (c == '…' && !inString) {
        int k = b.length() - 1;
        while (k >= 0 && Character.isWhitespace(b.charAt(k))) {
          k--;
        }
        if (k >= 0 && b.charAt(k) == ',') {
          b.setLength(k);
        }
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static void matchExcerpt(JsonNode shown, JsonNode actual, String path, List<String> problems) {
    if (shown.isObject()) {
      if (!actual.isObject()) {
        problems.add(path + ": an object in the README, " + actual.getNodeType() + " in the output");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!actual.has(f.getKey())) {
          problems.add(path + "." + f.getKey() + ": shown in the README, absent from the output");
        } else {
          matchExcerpt(f.getValue(), actual.get(f.getKey()), path + "." + f.getKey(), problems);
        }
      }
    } else if (shown.isArray()) {
      if (!actual.isArray()) {
        problems.add(path + ": an array in the README, " + actual.getNodeType() + " in the output");
        return;
      }
      for (int i = 0; i < shown.size(); i++) {
        JsonNode element = shown.get(i);
        boolean found = false;
        for (JsonNode candidate : actual) {
          List<String> none = new ArrayList<>();
          matchExcerpt(element, candidate, path, none);
          found |= none.isEmpty();
        }
        if (!found) {
          problems.add(path + "[" + i + "]: no element of the output matches " + element);
        }
      }
    } else if (shown.isTextual() && shown.asText().contains("…")) {
      String regex = String.join(".*", List.of(shown.asText().split("…", -1)).stream().map(Pattern::quote).toList());
      if (!actual.isTextual() || !Pattern.compile(regex, Pattern.DOTALL).matcher(actual.asText()).matches()) {
        problems.add(path + ": README " + shown + ", output " + actual);
      }
    } else if (shown.isNumber() ? !actual.isNumber() || shown.decimalValue().compareTo(actual.decimalValue()) != 0
        : !shown.equals(actual)) {
      problems.add(path + ": README " + shown + ", output " + actual);
    }
  }

  // --- sketch: field names only

  private sealed interface Shape permits Obj, Arr, Any {}

  private record Field(boolean optional, Shape shape) {}

  private record Obj(Map<String, Field> fields) implements Shape {}

  private record Arr(Shape element) implements Shape {}

  private record Any() implements Shape {}

  /**
   * Reads {@code { name?: value, ... }}, {@code [value]} and bare words (any value). A note in
   * brackets after a value, {@code (the first 20)}, is prose and skipped; so are the words of a
   * bare array element, {@code [the same, for free-text targets]}.
   */
  private static final class SketchParser {
    private final String s;
    private int i;

    SketchParser(String s) {
      this.s = s;
    }

    Shape value() {
      return value(",}]");
    }

    private Shape value(String stops) {
      skip();
      Shape shape;
      if (peek() == '{') {
        shape = object();
      } else if (peek() == '[') {
        i++;
        Shape element = value("]");
        expect(']');
        shape = new Arr(element);
      } else {
        while (i < s.length() && stops.indexOf(s.charAt(i)) < 0) {
          i++;
        }
        shape = new Any();
      }
      skip();
      if (i < s.length() && s.charAt(i) == '(') {
        int close = s.indexOf(')', i);
        i = close < 0 ? s.length() : close + 1;
      }
      return shape;
    }

    private Obj object() {
      expect('{');
      Map<String, Field> fields = new LinkedHashMap<>();
      while (true) {
        skip();
        if (peek() == '}') {
          i++;
          return new Obj(fields);
        }
        int from = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        String name = s.substring(from, i);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("README sketch: expected a field name at " + i + ": " + rest());
        }
        boolean optional = peek() == '?';
        if (optional) {
          i++;
        }
        skip();
        Shape shape = new Any();
        if (peek() == ':') {
          i++;
          shape = value();
        }
        fields.put(name, new Field(optional, shape));
        skip();
        if (peek() == ',') {
          i++;
        } else if (peek() != '}' && !Character.isLetter(peek())) {
          // a line break may stand for the comma after a note; anything else is a typo
          throw new IllegalArgumentException("README sketch: expected ',' or '}' at " + i + ": " + rest());
        }
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("README sketch: ends inside a bracket");
      }
      return s.charAt(i);
    }

    private String rest() {
      return s.substring(i, Math.min(s.length(), i + 40));
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void expect(char c) {
      skip();
      if (peek() != c) {
        throw new IllegalArgumentException("README sketch: expected '" + c + "' at " + i + ": " + rest());
      }
      i++;
    }
  }

  private static void matchSketch(Shape shape, JsonNode actual, String path, List<String> problems) {
    if (shape instanceof Obj obj) {
      if (!actual.isObject()) {
        problems.add(path + ": an object in the README, " + actual.getNodeType() + " in the output");
        return;
      }
      actual.fieldNames().forEachRemaining(name -> {
        if (!obj.fields().containsKey(name)) {
          problems.add(path + "." + name + ": in the output, not in the README");
        }
      });
      obj.fields().forEach((name, field) -> {
        if (actual.has(name)) {
          matchSketch(field.shape(), actual.get(name), path + "." + name, problems);
        } else if (!field.optional()) {
          problems.add(path + "." + name + ": in the README (not marked '?'), absent from the output");
        }
      });
    } else if (shape instanceof Arr arr) {
      if (!actual.isArray()) {
        problems.add(path + ": an array in the README, " + actual.getNodeType() + " in the output");
        return;
      }
      for (int k = 0; k < actual.size(); k++) {
        matchSketch(arr.element(), actual.get(k), path + "[" + k + "]", problems);
      }
    }
  }

  private static List<String> problemsOf(Shape shape, JsonNode output) {
    List<String> problems = new ArrayList<>();
    matchSketch(shape, output, "$", problems);
    return problems;
  }

  @Test
  void theCheckersSeeADriftedValueAMissingFieldAndAnUnlistedOne() throws IOException {
    JsonNode output = LENIENT.readTree("{\"a\": 1, \"b\": [{\"c\": \"long text here\"}, {\"c\": \"x\"}], \"d\": true}");
    List<String> problems = new ArrayList<>();
    matchExcerpt(LENIENT.readTree(withoutLeftOutMembers("{\"b\": [{\"c\": \"long …\"}], …} // note")), output, "$", problems);
    assertEquals(List.of(), problems);
    matchExcerpt(LENIENT.readTree("{\"a\": 2, \"e\": 0, \"b\": [{\"c\": \"short …\"}]}"), output, "$", problems);
    assertEquals(3, problems.size(), problems.toString());

    problems.clear();
    matchSketch(new SketchParser("{a, b: [{c}], d, e?}").value(), output, "$", problems);
    assertEquals(List.of(), problems);
    matchSketch(new SketchParser("{a, b: [{c, f}], g}").value(), output, "$", problems);
    assertEquals(List.of(), problemsOf(new SketchParser("{a, b: [{c}] (a note, with a comma), d}").value(), output));
    assertEquals(List.of(), problemsOf(new SketchParser("{x: [the same, for free-text targets]}").value(),
        LENIENT.readTree("{\"x\": [1, 2]}")));
    assertThrows(IllegalArgumentException.class, () -> new SketchParser("{a, (b)}").value());
    assertThrows(IllegalArgumentException.class, () -> new SketchParser("{a, b: [{c}]").value());
    assertEquals(List.of("$.d: in the output, not in the README",
        "$.b[0].f: in the README (not marked '?'), absent from the output",
        "$.b[1].f: in the README (not marked '?'), absent from the output",
        "$.g: in the README (not marked '?'), absent from the output"), problems);
  }
}
