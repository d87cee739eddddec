package org.framelens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framelens.lexicon.EntryStats;
import org.framelens.lexicon.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lexicon stats CORPUS...}: how each theme and entry fares on a corpus. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Hits per theme and per entry over a corpus; entries with no hit, and suspicious ones.",
        "Counts hits, negated hits and documents. Suspicious: 10 hits or more, and in 10% or more of the",
        "documents or half of their theme's hits. Text or CSV on stdout."})
final class LexiconStatsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = ".txt files, folders, .jsonl corpora, or - for stdin")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--csv", description = "one CSV table: kind,theme,entry,hits,negated,documents,suspicious")
  boolean csv;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "entries listed by hits in the text output (default: ${DEFAULT-VALUE}; 0 for all)")
  int top;

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
      EntryStats stats = new EntryStats(lexicon);
      int code = new LexiconCorpus().walk(inputs, System.in, lexicon, options, err, (doc, parsed, hits) -> stats.add(hits));
      if (code != ExitCodes.OK && code != ExitCodes.SKIPPED) {
        return code;
      }
      if (csv) {
        out.println("kind,theme,entry,hits,negated,documents,suspicious");
        stats.themes().forEach(r -> out.println(row("theme", r)));
        stats.entries().forEach(r -> out.println(row("entry", r)));
      } else {
        text(stats, out);
      }
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static String row(String kind, EntryStats.Row r) {
    return String.join(",", kind, r.theme(), LexiconCorpus.csv(r.entry()), Integer.toString(r.hits()),
        Integer.toString(r.negated()), Integer.toString(r.documents()), LexiconCorpus.csv(r.why()));
  }

  private void text(EntryStats stats, PrintWriter out) {
    out.printf(Locale.ROOT, "%,d documents%n%nthemes%n", stats.documents());
    String row = "  %-22s %8s %8s %10s%n";
    out.printf(Locale.ROOT, row, "theme", "hits", "negated", "documents");
    for (EntryStats.Row r : stats.themes()) {
      out.printf(Locale.ROOT, row, r.theme(), r.hits(), r.negated(), r.documents());
    }
    List<EntryStats.Row> entries = new ArrayList<>(stats.entries());
    entries.sort((a, b) -> Integer.compare(b.hits(), a.hits()));
    List<EntryStats.Row> shown = top > 0 ? entries.subList(0, Math.min(top, entries.size())) : entries;
    out.printf(Locale.ROOT, "%nentries by hits (%d of %d)%n", shown.size(), entries.size());
    String erow = "  %-22s %-40s %8s %8s %10s  %s%n";
    out.printf(Locale.ROOT, erow, "theme", "entry", "hits", "negated", "documents", "");
    for (EntryStats.Row r : shown) {
      if (r.hits() > 0) {
        out.printf(Locale.ROOT, erow, r.theme(), r.entry(), r.hits(), r.negated(), r.documents(), r.suspicious() ? "suspicious: " + r.why() : "");
      }
    }
    List<EntryStats.Row> suspicious = entries.stream().filter(EntryStats.Row::suspicious).toList();
    out.printf(Locale.ROOT, "%nsuspicious entries (%d): read them with lexicon kwic THEME CORPUS --entry TERM%n", suspicious.size());
    suspicious.forEach(r -> out.printf(Locale.ROOT, "  %s: %s (%d hits, %s)%n", r.theme(), r.entry(), r.hits(), r.why()));
    List<EntryStats.Row> unused = stats.unused();
    out.printf(Locale.ROOT, "%nentries with no hit (%d)%n", unused.size());
    String theme = "";
    StringBuilder line = new StringBuilder();
    for (EntryStats.Row r : unused) {
      if (!r.theme().equals(theme)) {
        if (line.length() > 0) {
          out.println(line);
        }
        theme = r.theme();
        line = new StringBuilder("  " + theme + ": ");
      } else {
        line.append("; ");
      }
      line.append(r.entry());
    }
    if (line.length() > 0) {
      out.println(line);
    }
  }
}
