package org.framelens.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.framelens.Mention;

/**
 * Who said it: the actor, the name to show, and the mention the attribution was read from. A
 * speaker that cannot be resolved to an actor (a pronoun with no antecedent, "the campaign") has
 * no actor and is written as {@code "actor": null}: the quote keeps its speaker mention, and no
 * pronoun or bare common noun is ever listed as an actor.
 */
public record Speaker(@JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> actor, String name,
    Mention mention) {

  public Speaker {
    actor = actor == null ? Optional.empty() : actor;
  }

  /** A speaker resolved to an actor id. */
  public Speaker(String actor, String name, Mention mention) {
    this(Optional.of(actor), name, mention);
  }

  /** A speaker read from a mention that names no actor. */
  public static Speaker unresolved(String name, Mention mention) {
    return new Speaker(Optional.empty(), name, mention);
  }

  public boolean resolved() {
    return actor.isPresent();
  }
}
