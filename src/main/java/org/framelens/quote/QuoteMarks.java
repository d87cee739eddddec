package org.framelens.quote;

/**
 * A quote-marked stretch of text as found in the raw characters, before anyone is attributed.
 * {@code start}/{@code end} is the content without the marks; {@code outerStart}/{@code outerEnd}
 * includes them. {@code unclosed}: the paragraph ended before a closing mark. {@code continuation}:
 * this quote opens a paragraph right after an unclosed one (the news convention for a quote that
 * runs over several paragraphs), so it has the same speaker.
 */
public record QuoteMarks(int outerStart, int start, int end, int outerEnd, boolean unclosed,
    boolean continuation) {}
