package org.framelens.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framelens.corpus.Document;

/**
 * The benchmark corpus: twelve fictional news articles written for these benchmarks (about 5,400
 * words), read from the classpath in the order of {@code corpus/index.lst}.
 */
final class Corpus {

  private static final String DIR = "/corpus/";

  private Corpus() {}

  static List<Document> load() {
    List<Document> documents = new ArrayList<>();
    for (String name : read(DIR + "index.lst").split("\n")) {
      if (!name.isBlank()) {
        documents.add(new Document(name.strip(), read(DIR + name.strip())));
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException(DIR + "index.lst lists no articles");
    }
    return List.copyOf(documents);
  }

  private static String read(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
