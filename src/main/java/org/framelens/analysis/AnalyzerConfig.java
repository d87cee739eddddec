package org.framelens.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * What an {@link Analyzer} is built from: a small serialisable value, so a Spark job can ship it
 * to executors and each JVM builds (once) the analyzer it describes.
 *
 * @param lexicons user lexicon files or folders, as path strings
 * @param replaceShippedLexicons whether the user lexicons replace the shipped ones instead of adding to them
 */
public record AnalyzerConfig(List<String> lexicons, boolean replaceShippedLexicons) implements Serializable {

  public AnalyzerConfig {
    lexicons = lexicons == null ? List.of() : List.copyOf(lexicons);
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(List.of(), false);
  }
}
