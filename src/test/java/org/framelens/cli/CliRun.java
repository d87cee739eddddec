package org.framelens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One run of a command line with captured standard output and error, for the CLI tests. */
record CliRun(int code, String out, String err) {

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** {@code framelens ARGS...} with the real command line. */
  static CliRun framelens(String... args) {
    return run(Main.commandLine(), args);
  }

  /** Runs {@code cli}, which may wrap a command a test configured itself. */
  static CliRun run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
