package org.framelens.quote;

import java.util.List;
import java.util.Set;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * One quote's attribution while the rules run: the actors its speaker mention names, the mention,
 * the cue token (-1 for none), the rule that found it and how sure that rule is.
 */
record Decision(List<String> actors, Range mention, int cue, String method, double confidence) {

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

  /** The same speaker, reached by another rule that is no surer than {@code newConfidence}. */
  Decision as(String newMethod, double newConfidence) {
    return new Decision(actors, mention, cue, newMethod, Math.min(confidence, newConfidence));
  }

  /**
   * The decision a cue rule's speaker mention makes: a relative pronoun stands for its antecedent,
   * a speech noun for its owner ("her statement read"); null when the mention names no actor.
   */
  static Decision of(ParsedDocument doc, DocumentActors actors, Range mention, int cue, String method,
      double confidence) {
    Range target = mention;
    if (Phrases.isRelativePronoun(doc, mention)) {
      Range antecedent = Phrases.antecedent(doc, mention.start(), doc.sentenceStart(doc.sentenceOf(mention.start())));
      if (antecedent == null) {
        return null;
      }
      target = antecedent;
    }
    // "her statement read", "the ministry's statement said": the owner speaks
    if (target.length() > 1 && SpeechGrammar.isSpeechNoun(doc.lemma(target.end() - 1))) {
      for (int i = target.start(); i < target.end() - 1; i++) {
        if (doc.tag(i).equals("PRP$")) {
          target = new Range(i, i + 1);
          break;
        }
        if (doc.tag(i).equals("POS") && i > target.start()) {
          target = new Range(target.start(), i);
          break;
        }
      }
    }
    List<String> ids = actors.resolve(target);
    if (ids.isEmpty()) {
      return null;
    }
    if (doc.tag(mention.start()).equals("PRP") && !PERSONAL_PRONOUNS.contains(doc.lemma(mention.start()))) {
      confidence -= 0.2;
    }
    return new Decision(ids, mention, cue, method, confidence);
  }
}
