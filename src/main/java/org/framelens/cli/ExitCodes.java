package org.framelens.cli;

/** The exit codes every command shares; the README lists them. */
final class ExitCodes {

  static final int OK = 0;
  /** Unexpected failure, or the output could not be written. */
  static final int FAILED = 1;
  /** Bad options (picocli's own usage code). */
  static final int USAGE = 2;
  /** An input path is missing or unreadable, and nothing could be analysed. */
  static final int MISSING_INPUT = 3;
  /** The inputs are bad (empty, binary, invalid UTF-8, bad JSONL lines), and nothing could be analysed. */
  static final int BAD_INPUT = 4;
  /** Output written, but some documents or lines were reported and skipped. */
  static final int SKIPPED = 5;
  /** A lexicon is invalid or unreadable. */
  static final int INVALID_LEXICON = 6;
  /** The {@code --actors} registry is invalid or unreadable. */
  static final int INVALID_ACTORS = 7;

  private ExitCodes() {}
}
