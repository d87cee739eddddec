package org.framelens;

/**
 * Character offsets into the original text: {@code start} inclusive, {@code end} exclusive,
 * as Java {@code String} indices of the input exactly as read.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
