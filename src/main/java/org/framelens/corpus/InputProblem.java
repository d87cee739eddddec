package org.framelens.corpus;

/**
 * An input that could not be read as a document, and where: prints as {@code FILE: message} or
 * {@code FILE:LINE: message} for JSONL. {@code missing} marks a path that does not exist or
 * cannot be opened, as opposed to one whose content is bad.
 */
public record InputProblem(String file, int line, String message, boolean missing) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
