package org.framelens;

/** A piece of the original text: what it says and where. */
public record Mention(String text, int start, int end) {

  public Mention {
    if (text == null) {
      throw new IllegalArgumentException("mention text is required");
    }
    new Span(start, end);
  }

  public static Mention of(String documentText, Span span) {
    return new Mention(span.of(documentText), span.start(), span.end());
  }
}
