package org.framelens.stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.Stance.Polarity;

/**
 * Stances read off a strained relation between two parties: "tension between Oslo and Berlin" or
 * "strained ties between A and B" gives each a stance against the other; "Oslo's frosty relations
 * with Berlin" and "Oslo has troubled ties with Berlin" give Oslo's stance against Berlin. Without
 * a judging adjective ("trade relations between") nothing is read. Good relations are left out:
 * measured on MPQA, "close ties between" or "good relations with" described a standing
 * arrangement more often than anyone's stance (0 of 3 agreed with the annotators). Stateless.
 */
final class Relations {

  private Relations() {}

  /** Nouns of a relation, whose adjective says how the parties stand toward each other. */
  private static final Set<String> RELATIONS = Set.of("relation", "relationship", "tie");
  /** Nouns of a strained relation: against each other with no adjective needed. */
  private static final Set<String> FRICTIONS = Set.of("tension", "rift", "feud", "friction", "rivalry", "standoff",
      "stand-off", "acrimony", "discord", "animosity", "hostility", "enmity", "distrust", "mistrust", "antagonism");
  private static final Set<String> BAD = Set.of("strained", "tense", "hostile", "bad", "poor", "frosty", "sour",
      "soured", "souring", "troubled", "icy", "uneasy", "difficult", "worsening", "deteriorating", "worse");
  /** Adjectives of the field of a relation, which may stand between the judging adjective and the noun. */
  private static final Set<String> FIELDS = Set.of("bilateral", "diplomatic", "political", "economic", "trade",
      "military", "mutual", "historical", "historic", "traditional", "personal", "working");
  /** Verbs whose subject has the relation with the party after "with": "maintains close ties with". */
  private static final Set<String> HAVING = Set.of("have", "maintain", "enjoy", "keep", "share", "develop", "build",
      "forge", "cultivate");

  /** Determiners that deny the relation: "no tension between". */
  private static final Set<String> NONE = Set.of("no", "little", "without");

  static void read(StanceReader.Input in, List<Stance> out) {
    ParsedDocument doc = in.doc();
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.tag(i).startsWith("NN")) {
        continue;
      }
      String lemma = doc.lemma(i).toLowerCase(Locale.ROOT);
      Polarity polarity;
      if (FRICTIONS.contains(lemma)) {
        polarity = Polarity.AGAINST;
      } else if (RELATIONS.contains(lemma) && !(lemma.equals("tie") && doc.tag(i).equals("NN"))) {
        polarity = judged(doc, i);
        if (polarity == null) {
          continue;
        }
      } else {
        continue;
      }
      int start = doc.sentenceStart(doc.sentenceOf(i));
      int end = doc.sentenceEnd(doc.sentenceOf(i));
      if (i + 2 >= end) {
        continue;
      }
      Range phrase = Phrases.nounPhraseEndingAt(doc, i, start);
      if (phrase == null || NONE.contains(doc.lemma(phrase.start()))
          || phrase.start() > start && NONE.contains(doc.lemma(phrase.start() - 1)) || Scope.of(doc, phrase.start(), polarity, lemma, in.quoteOf()[i] >= 0).effect()
          != Scope.Effect.KEEP) {
        continue; // "no tension between", "did not have close ties with"
      }
      String prep = doc.lemma(i + 1);
      if (prep.equals("between")) {
        between(in, i, i + 2, end, polarity, out);
      } else if (prep.equals("with")) {
        Range other = Phrases.nounPhraseStartingAt(doc, i + 2, end);
        Holder holder = other == null ? null : withHolder(in, i, phrase, start);
        if (holder != null) {
          StanceReader.emit(in, i, i + 1, holder, List.of(other), polarity, 0.55, out);
        }
      }
    }
  }

  /** AGAINST when an adjective before a relation noun says it is strained ("frosty economic ties"), else null. */
  private static Polarity judged(ParsedDocument doc, int noun) {
    int k = noun - 1;
    while (k >= 0 && FIELDS.contains(doc.word(k).toLowerCase(Locale.ROOT))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    String w = doc.word(k).toLowerCase(Locale.ROOT);
    return BAD.contains(w) ? Polarity.AGAINST : null;
  }

  /** "between Oslo and Berlin": each party toward the other. */
  private static void between(StanceReader.Input in, int noun, int from, int end, Polarity polarity, List<Stance> out) {
    ParsedDocument doc = in.doc();
    Range a = Phrases.nounPhraseStartingAt(doc, from, end);
    if (a == null || a.end() + 1 >= end || !doc.lemma(a.end()).equals("and")) {
      return;
    }
    Range b = Phrases.nounPhraseStartingAt(doc, a.end() + 1, end);
    if (b == null) {
      return;
    }
    Holder ha = Holders.ofPhrase(doc, a, in.actors());
    Holder hb = Holders.ofPhrase(doc, b, in.actors());
    if (ha == null || hb == null) {
      return; // both must be parties that can hold a stance, not "between prices and wages"
    }
    StanceReader.emit(in, noun, noun + 1, ha, List.of(b), polarity, 0.55, out);
    StanceReader.emit(in, noun, noun + 1, hb, List.of(a), polarity, 0.55, out);
  }

  /** Who has a relation "with" someone: the noun's possessor, or the subject of a verb of having it. */
  private static Holder withHolder(StanceReader.Input in, int noun, Range phrase, int start) {
    ParsedDocument doc = in.doc();
    for (int k = phrase.start(); k < noun; k++) {
      if (doc.tag(k).equals("POS") || doc.tag(k).equals("PRP$")) {
        return Holders.ofNoun(doc, noun, phrase.start(), in.quoteOf(), in.quotes(), in.actors());
      }
    }
    int v = phrase.start() - 1;
    while (v > start && doc.tag(v).startsWith("RB")) {
      v--;
    }
    if (v <= start || !doc.tag(v).startsWith("VB") || !HAVING.contains(doc.lemma(v))) {
      return null;
    }
    return Holders.ofPredicate(doc, v, in.quoteOf(), in.quotes(), in.actors());
  }
}
