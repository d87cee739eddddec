package org.framelens.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.framelens.FramelensException;

/**
 * Whether a common noun names people ("protesters", "the widow", "experts"), from the animate
 * noun list CoreNLP's coreference system ships in its models jar (Ji and Lin 2009, as used by
 * Stanford's deterministic coreference). A holder needs to be someone; the list says who is,
 * where no name or title does. Loaded once, on first use; immutable.
 */
final class Animacy {

  private static final String LIST = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  private Animacy() {}

  private static final class Words {
    static final Set<String> ANIMATE = load();

    private static Set<String> load() {
      InputStream in = Animacy.class.getClassLoader().getResourceAsStream(LIST);
      if (in == null) {
        throw new FramelensException(LIST + ": not on the classpath (the CoreNLP models jar is missing)");
      }
      Set<String> words = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            words.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(words);
    }
  }

  /** Whether the noun (as written, or its lemma) names people. */
  static boolean animate(String word, String lemma) {
    return Words.ANIMATE.contains(word.toLowerCase(Locale.ROOT)) || Words.ANIMATE.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
