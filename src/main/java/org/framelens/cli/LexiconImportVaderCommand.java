package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.corpus.AtomicOutput;
import org.framelens.lexicon.Entry;
import org.framelens.lexicon.LexiconException;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.Theme;
import org.framelens.lexicon.VaderImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lexicon import-vader}: builds an opinion lexicon file from VADER's {@code vader_lexicon.txt}. */
@Command(name = "import-vader", mixinStandardHelpOptions = true,
    description = {"Convert the VADER sentiment lexicon (vader_lexicon.txt) into a framelens opinion lexicon file.",
        "Keeps words of letters only, drops VADER's chat acronyms and weak words; see lexicons/README.md."})
final class LexiconImportVaderCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VADER_LEXICON", description = "VADER's vader_lexicon.txt.")
  Path source;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "The YAML file to write (put it in a folder named opinion to use it with --lexicons).")
  Path output;

  @Option(names = "--skip", paramLabel = "LEXICON",
      description = "Lexicon files whose words are left out (the hand-written opinion files); repeatable.")
  List<Path> skip = new ArrayList<>();

  @Option(names = "--min-valence", paramLabel = "V", defaultValue = "1.5",
      description = "Keep words with |mean valence| >= V (VADER's scale is -4..4; default ${DEFAULT-VALUE}).")
  double min;

  @Option(names = "--strong-valence", paramLabel = "V", defaultValue = "2.0",
      description = "Words with |mean valence| >= V weigh 1.0, the others 0.5 (default ${DEFAULT-VALUE}).")
  double strong;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<String> skipped = new HashSet<>();
    for (Path file : skip) {
      try {
        for (Theme t : Lexicons.load(file).themes()) {
          for (Entry e : t.entries()) {
            skipped.add(e.term().toLowerCase(Locale.ROOT));
          }
        }
      } catch (LexiconException e) {
        e.problems().forEach(err::println);
        err.flush();
        return ExitCodes.INVALID_LEXICON;
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        err.flush();
        return ExitCodes.MISSING_INPUT;
      }
    }
    VaderImport.Options options;
    try {
      options = new VaderImport.Options(min, strong, skipped);
    } catch (IllegalArgumentException e) {
      err.println("import-vader: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println(source + ": no such file");
      err.flush();
      return ExitCodes.MISSING_INPUT;
    } catch (IOException e) {
      err.println(source + ": cannot read: " + e.getMessage());
      err.flush();
      return ExitCodes.MISSING_INPUT;
    }
    List<VaderImport.Word> words;
    try {
      words = VaderImport.words(lines, options);
    } catch (IllegalArgumentException e) {
      err.println(source + ": " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    String yaml = VaderImport.yaml(words, options, source.getFileName().toString());
    try {
      AtomicOutput.write(output, w -> w.write(yaml));
    } catch (IOException e) {
      err.println(output + ": cannot write: " + e.getMessage());
      err.flush();
      return ExitCodes.FAILED;
    }
    out.printf("%s: %d words (%d positive, %d negative)%n", output, words.size(),
        words.stream().filter(w -> w.valence() > 0).count(), words.stream().filter(w -> w.valence() < 0).count());
    out.flush();
    return ExitCodes.OK;
  }
}
