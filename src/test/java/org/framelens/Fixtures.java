package org.framelens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.analysis.Analyzer;
import org.framelens.analysis.AnalyzerConfig;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Document;

/** Test fixtures and the one shared analyzer of the test JVM. */
public final class Fixtures {

  private Fixtures() {}

  public static String text(Class<?> owner, String name) {
    return resource(owner.getPackageName().replace('.', '/') + "/" + name);
  }

  /** A test resource by its path, e.g. {@code org/framelens/quote/basic-cues.txt}. */
  public static String resource(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String seed() {
    try {
      return Files.readString(Path.of("seeds/iran-belarus-defense-pact.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Analyzer analyzer() {
    return Analyzer.forConfig(AnalyzerConfig.defaults());
  }

  public static DocumentAnalysis analyze(String id, String text) {
    return analyzer().analyze(new Document(id, text));
  }
}
