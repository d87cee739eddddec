package org.framelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.lexicon.Entry;
import org.framelens.lexicon.Keyness;
import org.framelens.lexicon.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lexicon suggest THEME CORPUS...}: candidate entries from the words around a theme's hits. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = {"Candidate entries for a theme, as YAML ready to paste, ranked by keyness.",
        "Lemma words and two-word phrases that occur near THEME's hits more than elsewhere in the corpus,",
        "ranked by log-likelihood keyness (G2, as quanteda's textstat_keyness), with counts and an example."})
final class LexiconSuggestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "THEME", description = "a theme id (see lexicon list)")
  String theme;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "CORPUS", description = ".txt files, folders, .jsonl corpora, or - for stdin")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-w", "--window"}, paramLabel = "N", defaultValue = "10", description = "tokens either side of a hit that count as its context (default: ${DEFAULT-VALUE})")
  int window;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "30", description = "candidates to print (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "3", description = "times a candidate must occur near hits (default: ${DEFAULT-VALUE})")
  int minCount;

  @Mixin
  LexiconCorpus.Options options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Lexicon lexicon = options.lexicon(spec.commandLine(), err);
      if (lexicon == null) {
        return ExitCodes.INVALID_LEXICON;
      }
      Set<String> themes = LexiconCorpus.withDescendants(spec.commandLine(), lexicon, theme);
      if (window < 1 || limit < 1 || minCount < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--window, --limit and --min-count must be >= 1");
      }
      Set<String> existing = new HashSet<>();
      for (String t : themes) {
        for (Entry e : lexicon.theme(t).orElseThrow().entries()) {
          existing.add(e.term().toLowerCase(Locale.ROOT));
        }
      }
      Keyness keyness = new Keyness(themes, existing, window);
      int code = new LexiconCorpus().walk(inputs, System.in, lexicon, options, err,
          (doc, parsed, hits) -> keyness.add(doc.id(), parsed, hits));
      if (code != ExitCodes.OK && code != ExitCodes.SKIPPED) {
        return code;
      }
      if (keyness.hits() == 0) {
        err.println("no hit of " + theme + " in the corpus: nothing to compare");
      }
      out.print(Keyness.yaml(theme, keyness, keyness.candidates(limit, minCount)));
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
