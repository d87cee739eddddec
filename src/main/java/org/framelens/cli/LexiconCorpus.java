package org.framelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.framelens.corpus.CorpusReader;
import org.framelens.corpus.Document;
import org.framelens.corpus.InputProblem;
import org.framelens.corpus.OrderedParallel;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.LexiconException;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.ThemeHit;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.nlp.NlpPipeline;
import org.framelens.nlp.ParsedDocument;
import picocli.CommandLine.Option;

/**
 * What the corpus tools of {@code lexicon} share: the lexicon options, and one streamed pass over a
 * corpus that parses (lemmas only, no NER) and matches each document on worker threads and hands
 * the results to the caller in input order, with a progress line and one line per skipped input.
 */
final class LexiconCorpus {

  /** The options every corpus tool takes (a picocli mixin). */
  static final class Options {
    @Option(names = "--lexicons", paramLabel = "PATH", description = "a user lexicon file or folder, added to the shipped themes")
    Path lexicons;

    @Option(names = "--replace-lexicons", description = "use only the --lexicons themes, not the shipped ones")
    boolean replace;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
    boolean quiet;

    /** The lexicon in use, or null after printing why it cannot be loaded. */
    Lexicon lexicon(picocli.CommandLine commandLine, PrintWriter err) {
      if (replace && lexicons == null) {
        throw new picocli.CommandLine.ParameterException(commandLine, "--replace-lexicons needs --lexicons PATH");
      }
      try {
        return lexicons == null ? Lexicons.shipped()
            : replace ? Lexicons.load(lexicons) : Lexicons.load(lexicons, Lexicons.shipped());
      } catch (LexiconException e) {
        e.problems().forEach(err::println);
      } catch (IOException e) {
        err.println(lexicons + ": cannot read: " + e.getMessage());
      }
      return null;
    }
  }

  /** What the caller does with each document, in input order. */
  interface Visitor {
    void document(Document document, ParsedDocument parsed, List<ThemeHit> hits);
  }

  private record Outcome(Document document, ParsedDocument parsed, List<ThemeHit> hits, InputProblem problem) {}

  int analysed;
  int problems;
  int missing;

  /** Walks the inputs; returns the exit code for what was read (OK, SKIPPED, or why nothing was). */
  int walk(List<String> inputs, InputStream stdin, Lexicon lexicon, Options options, PrintWriter err, Visitor visitor) {
    ThemeMatcher matcher = ThemeMatcher.compile(lexicon);
    NlpPipeline pipeline = NlpPipeline.shared(NlpPipeline.Level.LEMMAS);
    Progress progress = new Progress(err, !options.quiet && Progress.stderrIsTerminal());
    OrderedParallel.map(new CorpusReader(stdin).read(inputs), item -> {
      if (!item.ok()) {
        return new Outcome(null, null, null, item.problem());
      }
      try {
        ParsedDocument parsed = pipeline.parse(item.document().text());
        return new Outcome(item.document(), parsed, matcher.match(parsed), null);
      } catch (RuntimeException e) {
        return new Outcome(null, null, null, new InputProblem(item.document().id(), 0, "analysis failed: " + e, false));
      }
    }, options.threads, o -> {
      if (o.problem() != null) {
        problems++;
        missing += o.problem().missing() ? 1 : 0;
        progress.clear();
        err.println(o.problem());
        err.flush();
        progress.error();
        return;
      }
      analysed++;
      progress.document(o.parsed().size());
      visitor.document(o.document(), o.parsed(), o.hits());
    });
    progress.finish();
    if (analysed == 0) {
      err.println("nothing read: " + problems + (problems == 1 ? " input" : " inputs") + " skipped");
      return missing > 0 ? ExitCodes.MISSING_INPUT : ExitCodes.BAD_INPUT;
    }
    return problems > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  /** A theme and its descendants (a parent's hits are its children's too); an unknown theme is a usage error. */
  static Set<String> withDescendants(picocli.CommandLine commandLine, Lexicon lexicon, String theme) {
    if (!lexicon.contains(theme)) {
      throw new picocli.CommandLine.ParameterException(commandLine,
          "unknown theme '" + theme + "' (see framelens lexicon list)");
    }
    Set<String> out = new TreeSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(theme));
    while (!todo.isEmpty()) {
      String t = todo.pop();
      if (out.add(t)) {
        todo.addAll(lexicon.children(t));
      }
    }
    return out;
  }

  /** A CSV field, quoted (RFC 4180) when it holds a quote, comma or line break. */
  static String csv(String s) {
    boolean quote = s.startsWith(" ") || s.chars().anyMatch(c -> c == '"' || c == ',' || c == '\n' || c == '\r');
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
