package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.LexiconException;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lexicon validate} and {@code lexicon list}: check lexicon files, show the themes in use;
 * the corpus tools {@code kwic}, {@code stats} and {@code suggest} have classes of their own.
 */
@Command(name = "lexicon", description = "Check lexicon files, list themes, and read a lexicon against a corpus.",
    mixinStandardHelpOptions = true,
    subcommands = {LexiconCommand.Validate.class, LexiconCommand.List.class, LexiconKwicCommand.class,
        LexiconStatsCommand.class, LexiconSuggestCommand.class, LexiconImportVaderCommand.class})
public final class LexiconCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check lexicon files (framelens YAML, quanteda YAML, LIWC .dic) and folders of them.",
          "The files are checked together: a theme may name a parent in another of the files.",
          "Prints every problem as FILE:LINE: MESSAGE on stderr; exit code 6 if any file is invalid."})
  static final class Validate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Lexicon files or folders.")
    java.util.List<Path> files = new ArrayList<>();

    @Option(names = "--with-shipped",
        description = "Check the files as additions to the shipped themes (parents may name shipped themes).")
    boolean withShipped;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean ok = true;
      for (Lexicons.FileReport report : Lexicons.validate(files, withShipped ? Lexicons.shipped() : Lexicon.empty())) {
        if (report.ok()) {
          out.printf("%s: ok: %d themes, %d entries%n", report.file(), report.themes(), report.entries());
        } else {
          ok = false;
          report.problems().forEach(err::println);
        }
      }
      out.flush();
      err.flush();
      return ok ? CommandLine.ExitCode.OK : ExitCodes.INVALID_LEXICON;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the themes in use: id, label, parent and number of entries.")
  static final class List implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lexicons", paramLabel = "PATH",
        description = "A user lexicon file or folder, added to the shipped themes.")
    Path lexicons;

    @Option(names = "--replace", description = "Use only the --lexicons themes, not the shipped ones.")
    boolean replace;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (replace && lexicons == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--replace needs --lexicons PATH");
      }
      Lexicon lexicon;
      try {
        lexicon = lexicons == null ? Lexicons.shipped()
            : replace ? Lexicons.load(lexicons) : Lexicons.load(lexicons, Lexicons.shipped());
      } catch (LexiconException e) {
        e.problems().forEach(err::println);
        err.flush();
        return ExitCodes.INVALID_LEXICON;
      } catch (IOException e) {
        err.println(lexicons + ": cannot read: " + e.getMessage());
        err.flush();
        return ExitCodes.INVALID_LEXICON;
      }
      int idWidth = "id".length();
      int labelWidth = "label".length();
      int parentWidth = "parent".length();
      for (Theme t : lexicon.themes()) {
        idWidth = Math.max(idWidth, t.id().length());
        labelWidth = Math.max(labelWidth, t.label().length());
        parentWidth = Math.max(parentWidth, t.parentId().length());
      }
      String row = "%-" + idWidth + "s  %-" + labelWidth + "s  %-" + parentWidth + "s  %s%n";
      out.printf(row, "id", "label", "parent", "entries");
      for (Theme t : lexicon.themes()) {
        out.printf(row, t.id(), t.label(), t.parent().orElse("-"), t.entries().size());
      }
      out.flush();
      return CommandLine.ExitCode.OK;
    }
  }
}
