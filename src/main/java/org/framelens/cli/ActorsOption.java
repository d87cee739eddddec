package org.framelens.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.framelens.FramelensException;
import org.framelens.actor.ActorRegistry;
import picocli.CommandLine.Option;

/** The {@code --actors FILE} registry that {@code analyze}, {@code report} and the Spark job share. */
public final class ActorsOption {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "actor registry (YAML or TSV: name, aliases, type, role, affiliation, wikidata); it wins over the text")
  Path file;

  /**
   * The registry named by the option, or the empty one without it.
   *
   * @throws FramelensException naming the file when it cannot be read or is not a valid registry
   */
  public ActorRegistry registry() {
    if (file == null) {
      return ActorRegistry.empty();
    }
    try {
      return ActorRegistry.load(file);
    } catch (NoSuchFileException e) {
      throw new FramelensException(file + ": no such readable file");
    } catch (IOException e) {
      throw new FramelensException(file + ": " + e.getMessage());
    }
  }
}
