package org.framelens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedFromJarTest {

  @Test
  void shippedLexiconsAreFoundInsideAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("lexicons.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (String name : List.of("framelens/", "framelens/lexicons/", "framelens/lexicons/themes/")) {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("framelens/lexicons/themes/hope.yaml"));
      out.write("format: framelens-lexicon/1\nthemes:\n  - id: hope\n    entries: [hope]\n".getBytes());
      out.closeEntry();
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Map<String, String> sources = Lexicons.shippedSources(loader);
      assertEquals(List.of("lexicons/themes/hope.yaml"), List.copyOf(sources.keySet()));
      assertEquals(List.of("hope"),
          Lexicons.fromSources(sources, Lexicon.empty()).themes().stream().map(Theme::id).toList());
    }
  }
}
