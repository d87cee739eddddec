package org.framelens.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.actor.DocumentActors;
import org.framelens.lexicon.ThemeHit;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * What a stance is toward: the noun phrases after a cue (split at conjunctions), a verb phrase
 * after "to" or a gerund ("wants to resume talks", "opposes lifting sanctions"), cleaned of what
 * means nothing on its own (dates, counts, bare pronouns, "the number"), and linked to the actor,
 * theme and concept it names. Stateless.
 */
final class Targets {

  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "against", "to", "on", "over", "with", "at",
      "of", "about", "toward", "towards", "by", "upon", "in");
  private static final int MAX_TARGETS = 6;
  /** Phrase heads that name no stance object: times, counts, kin, the speech act itself. */
  private static final Set<String> EMPTY_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
      "day", "morning", "afternoon", "evening", "night", "weekend", "time", "moment", "hour", "decade",
      "number", "lot", "way", "thing", "something", "anything", "everything", "nothing", "part", "kind", "sort",
      "call", "remark", "comment", "word", "child", "son", "daughter", "wife", "husband", "mother", "father",
      "family", "one", "other", "others", "fact", "matter", "idea", "importance", "need", "expense",
      "opportunity", "chance");
  /** Pronouns that stand for an actor a target can be linked to ("criticized him"). */
  private static final Set<String> ACTOR_PRONOUNS = Set.of("him", "her", "them");

  private Targets() {}

  /** The objects of a cue from {@code from}: noun phrases split at conjunctions, or one verb phrase. */
  static List<Range> objects(ParsedDocument doc, int from, int sentenceEnd) {
    List<Range> out = new ArrayList<>();
    int k = skipToObject(doc, from, sentenceEnd);
    if (k < sentenceEnd && doc.tag(k).equals("VBG")) {
      Range vp = verbPhrase(doc, k, sentenceEnd);
      if (vp != null) {
        out.add(vp);
      }
      return out;
    }
    while (k < sentenceEnd && out.size() < MAX_TARGETS) {
      Range np = Phrases.nounPhraseStartingAt(doc, k, sentenceEnd);
      if (np == null) {
        break;
      }
      int end = extendOf(doc, np.end(), sentenceEnd);
      // "defense and security interactions": a bare singular noun shares the next conjunct's head
      if (np.length() == 1 && doc.tag(np.start()).equals("NN") && end < sentenceEnd && doc.lemma(end).equals("and")) {
        Range shared = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
        if (shared != null && shared.length() > 1 && !doc.tag(shared.start()).equals("DT")) {
          out.add(new Range(np.start(), shared.end()));
          k = nextConjunct(doc, shared.end(), sentenceEnd);
          if (k < 0) {
            break;
          }
          continue;
        }
      }
      out.add(new Range(np.start(), end));
      k = nextConjunct(doc, end, sentenceEnd);
      if (k < 0) {
        break;
      }
    }
    return out;
  }

  /** "the expansion of NATO": a noun phrase with its "of" complement. */
  private static int extendOf(ParsedDocument doc, int end, int sentenceEnd) {
    if (end + 1 < sentenceEnd && doc.lemma(end).equals("of")) {
      Range of = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
      if (of != null && !doc.tag(of.start()).equals("PRP")) {
        return of.end();
      }
    }
    return end;
  }

  /** The verb phrase at {@code verb}: the verb, its object, and one prepositional phrase after it. */
  static Range verbPhrase(ParsedDocument doc, int verb, int sentenceEnd) {
    int k = verb + 1;
    while (k < sentenceEnd && (doc.tag(k).equals("RP") || doc.tag(k).startsWith("RB"))) {
      k++;
    }
    Range np = Phrases.nounPhraseStartingAt(doc, k, sentenceEnd);
    if (np == null && k < sentenceEnd && doc.tag(k).equals("IN")) {
      np = Phrases.nounPhraseStartingAt(doc, k + 1, sentenceEnd);
    }
    if (np == null) {
      return null;
    }
    int end = extendOf(doc, np.end(), sentenceEnd);
    if (end + 1 < sentenceEnd && doc.tag(end).equals("IN") && Set.of("with", "on", "to", "for", "in").contains(doc.lemma(end))) {
      Range pp = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
      if (pp != null) {
        end = pp.end();
      }
    }
    return new Range(verb, end);
  }

  /** The verb phrase of a "to" infinitive at {@code to}, or null when none follows. */
  static Range infinitive(ParsedDocument doc, int to, int sentenceEnd) {
    if (to + 1 >= sentenceEnd || !doc.lemma(to).equals("to") || !doc.tag(to + 1).equals("VB")) {
      return null;
    }
    return verbPhrase(doc, to + 1, sentenceEnd);
  }

  /** The start of the next conjunct after a list separator, or -1 when the list ends or a clause starts. */
  private static int nextConjunct(ParsedDocument doc, int k, int end) {
    while (k < end && isQuoteMark(doc, k)) {
      k++;
    }
    if (!(k < end && (isAndOr(doc, k) || doc.word(k).equals(",")))) {
      return -1;
    }
    while (k < end && (isQuoteMark(doc, k) || isAndOr(doc, k) || doc.word(k).equals(","))) {
      k++;
    }
    return k < end && !doc.tag(k).startsWith("VB") && !doc.tag(k).equals("MD") ? k : -1;
  }

  private static boolean isAndOr(ParsedDocument doc, int k) {
    return doc.lemma(k).equals("and") || doc.lemma(k).equals("or");
  }

  static int skipToObject(ParsedDocument doc, int k, int end) {
    while (k < end && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("RP") || isQuoteMark(doc, k)
        || doc.tag(k).equals("IN") && OBJECT_PREPOSITIONS.contains(doc.lemma(k)))) {
      k++;
    }
    return k;
  }

  static boolean isQuoteMark(ParsedDocument doc, int i) {
    return doc.tag(i).equals("``") || doc.tag(i).equals("''");
  }

  /**
   * The phrase a target is read from, or null when it names nothing: "London's newly elected mayor
   * Sadiq Khan" is Sadiq Khan (the possessor only specifies the head); a date, a count of people,
   * "the number", "her children" or a bare "it" are no target.
   */
  static Range clean(ParsedDocument doc, Range t, int sentenceEnd) {
    int start = t.start();
    int end = t.end();
    while (start < end && isQuoteMark(doc, start)) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    // "London 's newly elected Muslim mayor Sadiq Khan": pass the possessor to the possessed
    int pos = -1;
    for (int i = start; i < end; i++) {
      if (doc.tag(i).equals("POS")) {
        pos = i;
      }
    }
    if (pos < 0 && end < sentenceEnd && doc.tag(end).equals("POS")) {
      int k = end + 1;
      while (k < sentenceEnd && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("VBN") || doc.tag(k).startsWith("JJ"))) {
        k++;
      }
      Range possessed = Phrases.nounPhraseStartingAt(doc, k, sentenceEnd);
      if (possessed != null) {
        end = possessed.end();
        pos = t.end();
      }
    }
    if (pos >= 0) {
      int nameStart = end;
      while (nameStart - 1 > pos && doc.ner(nameStart - 1).equals("PERSON")) {
        nameStart--;
      }
      if (nameStart < end) {
        start = nameStart; // the named person the phrase ends in
      }
    }
    int head = end - 1;
    String tag = doc.tag(head);
    String lemma = doc.lemma(head);
    if (tag.equals("PRP")) {
      return end - start == 1 && ACTOR_PRONOUNS.contains(doc.word(head).toLowerCase(java.util.Locale.ROOT))
          ? new Range(start, end) : null;
    }
    if (EMPTY_HEADS.contains(lemma) && !doc.ner(head).equals("PERSON") && !doc.ner(head).equals("ORGANIZATION")) {
      return null;
    }
    if (tag.equals("CD") || doc.tag(start).equals("CD") && tag.startsWith("NNS")) {
      return null; // "2,000 supporters", "the 1990s"
    }
    return new Range(start, end);
  }

  /** The target record: its text and span, and the actor, theme and concept it names. */
  static Stance.Target link(ParsedDocument doc, Range t, DocumentActors actors, List<ThemeHit> themes,
      List<ThemeHit> concepts) {
    int start = doc.begin(t.start());
    int end = doc.end(t.end() - 1);
    Optional<String> actor = doc.tag(t.start()).equals("PRP") ? Optional.empty() : actors.named(t);
    return new Stance.Target(doc.text().substring(start, end), start, end, actor, within(themes, start, end),
        within(concepts, start, end));
  }

  private static Optional<String> within(List<ThemeHit> hits, int start, int end) {
    for (ThemeHit h : hits) {
      if (h.start() >= start && h.end() <= end && !h.negated()) {
        return Optional.of(h.theme());
      }
    }
    return Optional.empty();
  }
}
