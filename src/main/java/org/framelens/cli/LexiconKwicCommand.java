package org.framelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.lexicon.Kwic;
import org.framelens.lexicon.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lexicon kwic THEME CORPUS...}: every hit of a theme in its context, to validate entries by reading. */
@Command(name = "kwic", mixinStandardHelpOptions = true,
    description = {"Every hit of a theme in its context, to judge its entries by reading them.",
        "For each hit of THEME and its child themes: document, offsets, entry, negation, and the words",
        "around it in its sentence (after quanteda's kwic). Text or CSV on stdout."})
final class LexiconKwicCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "THEME", description = "a theme id (see lexicon list)")
  String theme;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "CORPUS", description = ".txt files, folders, .jsonl corpora, or - for stdin")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-w", "--window"}, paramLabel = "N", defaultValue = "5", description = "tokens of context either side (default: ${DEFAULT-VALUE})")
  int window;

  @Option(names = "--entry", paramLabel = "TERM", description = "only the hits of this entry (as kwic and stats print it)")
  String entry;

  @Option(names = "--csv", description = "CSV with a header: document,start,end,theme,entry,negated,pre,keyword,post")
  boolean csv;

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
      if (window < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--window must be >= 0");
      }
      if (csv) {
        out.println("document,start,end,theme,entry,negated,pre,keyword,post");
      }
      int[] lines = {0};
      int code = new LexiconCorpus().walk(inputs, System.in, lexicon, options, err, (doc, parsed, hits) -> {
        for (Kwic.Line l : Kwic.lines(doc.id(), parsed, hits, themes, window)) {
          if (entry != null && !l.entry().equalsIgnoreCase(entry)) {
            continue;
          }
          lines[0]++;
          if (csv) {
            out.println(String.join(",", LexiconCorpus.csv(l.document()), Integer.toString(l.start()),
                Integer.toString(l.end()), l.theme(), LexiconCorpus.csv(l.entry()), Boolean.toString(l.negated()),
                LexiconCorpus.csv(l.pre()), LexiconCorpus.csv(l.keyword()), LexiconCorpus.csv(l.post())));
          } else {
            out.printf(Locale.ROOT, "[%s, %d-%d] %s | %s | %s   (%s: %s%s)%n", l.document(), l.start(), l.end(),
                l.pre(), l.keyword(), l.post(), l.theme(), l.entry(), l.negated() ? "; negated" : "");
          }
        }
        out.flush();
      });
      if (!csv && (code == ExitCodes.OK || code == ExitCodes.SKIPPED)) {
        err.println(lines[0] + (lines[0] == 1 ? " hit" : " hits") + " of " + theme);
      }
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
