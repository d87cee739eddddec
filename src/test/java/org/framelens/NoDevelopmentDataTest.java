package org.framelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;

/**
 * The development data is other people's news and must not be copied into the repository (see the
 * README's contributing notes). No committed file may carry one of the data sets' names, and no
 * source, fixture or document may repeat seven words in a row of a development article.
 *
 * <p>The data is not part of the repository, so the second check runs where it lies beside the
 * checkout ({@code ../shared/data}, or {@code FRAMELENS_DEV_DATA}) and is reported as skipped
 * elsewhere. Seven words: shorter runs are common news phrases ("said in a statement that the");
 * the sentences once quoted in comments shared seven words and more with their articles.
 */
class NoDevelopmentDataTest {

  private static final int RUN = 7;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
  private static final Pattern DATA_SET_NAME = Pattern.compile("polnear|ggt|mpqa", Pattern.CASE_INSENSITIVE);

  /** Newswire formulae that any reporter writes; sharing them with an article quotes nobody. */
  private static final List<String> STOCK_PHRASES = List.of("did not respond to a request for comment",
      "the clearest sign yet that the", "the united states and the european union");

  /** What the project writes itself; the actor and concept tables list public names, not sentences. */
  private static List<Path> projectFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("src", "benchmarks", "lexicons", "seeds", "spark", ".ci", "README.md")) {
      Path p = Path.of(root);
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(f -> !isBuildOutput(f)).forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void noFileIsNamedAfterADevelopmentDataSet() throws IOException {
    List<String> named = projectFiles().stream().map(Path::toString)
        .filter(name -> DATA_SET_NAME.matcher(name).find()).toList();
    assertEquals(List.of(), named);
  }

  @Test
  void noFileRepeatsSevenWordsOfADevelopmentArticle() throws IOException {
    Optional<Path> data = dataFolder();
    assumeTrue(data.isPresent(), "the development data is not beside this checkout (../shared/data); not checked here");
    Map<String, String> runs = new HashMap<>();
    for (Path file : projectFiles()) {
      if (file.startsWith("lexicons/actors") || file.startsWith("lexicons/concepts") || !isText(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int n = 0; n < lines.size(); n++) {
        List<String> words = words(lines.get(n));
        for (int i = 0; i + RUN <= words.size(); i++) {
          runs.putIfAbsent(String.join(" ", words.subList(i, i + RUN)), file + ":" + (n + 1));
        }
      }
    }
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> sets = Files.list(data.get())) {
      for (Path set : sets.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(set, StandardCharsets.UTF_8)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode text = Json.mapper().readTree(line).path("text");
            String article = String.join(" ", words(text.asText("")));
            for (String stock : STOCK_PHRASES) {
              article = article.replace(stock, "|");
            }
            List<String> words = List.of(article.split(" "));
            for (int i = 0; i + RUN <= words.size(); i++) {
              String where = runs.get(String.join(" ", words.subList(i, i + RUN)));
              if (where != null) {
                found.add(where + " repeats \"" + String.join(" ", words.subList(i, i + RUN)) + "\" of "
                    + set.getFileName());
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), List.copyOf(found), "write your own example sentences instead");
  }

  private static Optional<Path> dataFolder() {
    String configured = System.getenv("FRAMELENS_DEV_DATA");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("../shared/data"), Path.of("../../shared/data"));
    return candidates.stream().filter(Files::isDirectory).findFirst();
  }

  private static boolean isBuildOutput(Path file) {
    for (Path part : file) {
      if (part.toString().equals("target") || part.toString().startsWith(".jqwik")) {
        return true;
      }
    }
    return false;
  }

  /** UTF-8 without NUL bytes: what can hold a sentence. */
  private static boolean isText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return words;
  }
}
