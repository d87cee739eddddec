package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One self-rewriting line on standard error for long runs: documents done, rate, errors. Silent
 * when standard error is not a terminal (a log file, CI) or with {@code --quiet}.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastShown;
  private long documents;
  private long tokens;
  private long errors;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether standard error is a terminal: on Linux, fd 2 links to a tty; elsewhere, a console exists. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  void document(int documentTokens) {
    documents++;
    tokens += documentTokens;
    maybeShow();
  }

  void error() {
    errors++;
    maybeShow();
  }

  /** Before a diagnostic line, so it does not land in the middle of the progress line. */
  void clear() {
    if (enabled && shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  void finish() {
    if (enabled && shown) {
      show();
      err.println();
      err.flush();
    }
  }

  private void maybeShow() {
    long now = System.nanoTime();
    if (enabled && now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      show();
    }
  }

  private void show() {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.print(String.format(Locale.ROOT, "\r\033[K%,d documents, %.1f docs/s, %,.0f tokens/s, %,d errors",
        documents, documents / seconds, tokens / seconds, errors));
    err.flush();
    shown = true;
  }
}
