package org.framelens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code framelens}: the command line over the library. Only this class calls System.exit. */
@Command(name = "framelens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Who said what in the news, with which rhetoric, and where each actor stands.",
    subcommands = {AnalyzeCommand.class, ReportCommand.class, EvaluateCommand.class, LexiconCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:unexpected failure, or the output could not be written",
        "2:bad options",
        "3:an input is missing or unreadable and nothing could be analysed",
        "4:the inputs are bad (empty, binary, invalid UTF-8, bad JSONL) and nothing could be analysed",
        "5:output written, but some documents or lines were skipped (each reported on stderr)",
        "6:a lexicon is invalid or unreadable"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, report, evaluate or lexicon");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("framelens: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      commandLine.getErr().flush();
      return ExitCodes.FAILED;
    });
    return cli;
  }

  /**
   * A usage error is one line and a hint, not the whole help: the help of a command is 30 lines,
   * and the error scrolls out of sight above it. Mistyped options still get picocli's suggestion.
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    java.io.PrintWriter err = cmd.getErr();
    err.println("framelens: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println("did you mean " + String.join(" or ", u.getSuggestions()) + "?");
    }
    err.println("try '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The version from framelens's own jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"framelens " + (version == null ? "dev" : version)};
    }
  }
}
