package org.framelens.quote;

import org.framelens.Mention;

/** Who said it: the canonical actor, and the mention the attribution was read from. */
public record Speaker(String actor, String name, Mention mention) {}
