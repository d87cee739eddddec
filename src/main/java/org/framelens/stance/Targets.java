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
 * What a stance is toward: the noun phrases after a cue (split at conjunctions, each read by
 * {@link NounPhrases}), a verb phrase
 * after "to" or a gerund ("wants to resume talks", "opposes lifting sanctions", read by
 * {@link Deeds}), the subject of a "that" clause (read by {@link Clauses}), cleaned of what
 * means nothing on its own (dates, counts, bare pronouns, "the number"), and linked to the actor,
 * theme and concept it names. Stateless.
 */
final class Targets {

  /** Prepositions that lead from a verb to its object ("argued for", "objected to"); others start adjuncts. */
  static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "against", "to", "on", "over", "with",
      "of", "about", "toward", "towards", "upon");
  private static final int MAX_TARGETS = 6;
  /** Prepositions of a noun's own complement ("the embassy in Lisbon", "the head of the army"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "of", "on", "near");
  /** Heads of phrases that say when: "next month", "on Monday" after a verb are no object of it. */
  static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
      "day", "morning", "afternoon", "evening", "night", "weekend", "time", "moment", "hour", "decade");
  /** Words before a time that keep it a time: "last week", "this morning", "early Monday". */
  private static final Set<String> TIME_MODIFIERS = Set.of("this", "last", "next", "every", "each", "the", "early",
      "late", "earlier", "later", "all");
  /** Phrase heads that name no stance object: times, counts, kin ("remarks" and "comments" do: "opposed to the remarks"). */
  private static final Set<String> EMPTY_HEADS = union(TIMES, Set.of(
      "number", "lot", "way", "thing", "something", "anything", "everything", "nothing", "part", "kind", "sort",
      "word", "child", "son", "daughter", "wife", "husband", "mother", "father",
      "family", "one", "other", "others", "fact", "matter", "idea", "importance", "need", "expense",
      "opportunity", "chance", "percent", "per", "cent", "share", "stake", "attention", "note", "occasion",
      "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"));
  /**
   * Pronouns a target can be ("criticized him", "we reject it"): linked to the actor they stand for
   * where the document says so, else kept in the JSONL with their span and left out of reports.
   */
  private static final Set<String> TARGET_PRONOUNS = Stance.Target.PRONOUNS;
  /** The pronouns that stand for a person; "it" and "they" stand for things as often. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "he", "she");

  private Targets() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The objects of a cue from {@code from}: noun phrases split at conjunctions, or one verb phrase. */
  static List<Range> objects(ParsedDocument doc, int from, int sentenceEnd) {
    List<Range> out = new ArrayList<>();
    int k = pastAsComplement(doc, skipToObject(doc, from, sentenceEnd), sentenceEnd);
    if (k < sentenceEnd && doc.tag(k).equals("VBG")) {
      Range vp = Deeds.verbPhrase(doc, k, sentenceEnd);
      if (vp != null) {
        out.add(vp);
      }
      return out;
    }
    while (k < sentenceEnd && out.size() < MAX_TARGETS) {
      Range np = NounPhrases.phrase(doc, k, sentenceEnd);
      if (np == null) {
        break;
      }
      Range content = content(doc, np, sentenceEnd);
      if (content != null) {
        out.add(content); // "welcomed the fact that the talks resumed", "the idea of raising taxes"
        break;
      }
      int end = byAgent(doc, complements(doc, np.end(), sentenceEnd), sentenceEnd);
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
      int after = end;
      if (after + 1 < sentenceEnd && doc.tag(after).equals("IN") && PLACE_PREPOSITIONS.contains(doc.lemma(after))) {
        Range pp = Phrases.nounPhraseStartingAt(doc, after + 1, sentenceEnd);
        if (pp != null && !doc.tag(pp.start()).equals("PRP") && pp.end() < sentenceEnd && !doc.word(pp.end()).matches("[`'’]?s")) {
          after = pp.end(); // ", and the embassy in Lisbon has asked": past the subject's own complement
        }
      }
      while (after < sentenceEnd && (doc.tag(after).startsWith("RB") || isQuoteMark(doc, after))) {
        after++; // ", the embassy quietly stepped back": adverbs before the verb
      }
      if (!out.isEmpty() && after < sentenceEnd && startsPredicate(doc, after)) {
        break; // "..., and the embassy has asked": a new clause, not another object
      }
      out.add(new Range(np.start(), end));
      k = nextConjunct(doc, end, sentenceEnd);
      if (k < 0) {
        break;
      }
    }
    return out;
  }

  /**
   * "denounced as a violation the banning of dishes", "criticized as 'inhumane' the decision to":
   * where a long object is put after the "as" phrase, the object starts after it; {@code k}
   * otherwise.
   */
  static int pastAsComplement(ParsedDocument doc, int k, int sentenceEnd) {
    if (!(k + 2 < sentenceEnd && doc.lemma(k).equals("as") && doc.tag(k).equals("IN"))) {
      return k;
    }
    int j = k + 1;
    while (j < sentenceEnd && isQuoteMark(doc, j)) {
      j++;
    }
    Range np = Phrases.nounPhraseStartingAt(doc, j, sentenceEnd);
    if (np != null && !doc.tag(np.start()).equals("PRP")) {
      j = np.end();
      for (int m = np.start() + 1; m < np.end(); m++) {
        if (doc.tag(m).equals("DT") && doc.tag(m - 1).startsWith("NN")) {
          j = m; // "as a violation the banning of": the tags run both phrases together
          break;
        }
      }
    } else {
      int adjectives = j;
      while (j < sentenceEnd && (doc.tag(j).startsWith("JJ") || doc.tag(j).startsWith("RB") || doc.tag(j).equals("CC"))) {
        j++;
      }
      if (j == adjectives) {
        return k;
      }
    }
    while (j < sentenceEnd && isQuoteMark(doc, j)) {
      j++;
    }
    Range object = j < sentenceEnd && doc.tag(j).matches("DT|PRP\\$|NN.*|JJ.*") ? NounPhrases.phrase(doc, j, sentenceEnd) : null;
    return object == null || object.start() != j ? k : j;
  }

  /**
   * What a noun that only stands for a content is about: the subject of the clause after "the
   * fact that" or "the news that" (factive: the clause is taken as true, so welcoming the fact is
   * welcoming what it says; "rejected the claim that" is no stance on the claim's subject), or the
   * deed after "the idea of", "the prospect of" ("the idea of raising taxes"); null otherwise.
   */
  private static Range content(ParsedDocument doc, Range np, int sentenceEnd) {
    String head = doc.lemma(np.end() - 1);
    int k = np.end();
    if (k + 1 >= sentenceEnd) {
      return null;
    }
    if (Set.of("fact", "news").contains(head) && doc.lemma(k).equals("that")) {
      return Clauses.clauseSubject(doc, k, sentenceEnd);
    }
    if (Set.of("idea", "notion", "prospect", "possibility", "practice", "policy", "option").contains(head)
        && doc.lemma(k).equals("of") && doc.tag(k + 1).equals("VBG")) {
      Range vp = Deeds.verbPhrase(doc, k + 1, sentenceEnd);
      return vp == null ? null : new Range(np.start(), vp.end());
    }
    return null;
  }

  /**
   * "the role played by the press", "the limits set by the court": a participle with its agent
   * says whose the thing is, so it stays in the target; {@code end} otherwise.
   */
  private static int byAgent(ParsedDocument doc, int end, int sentenceEnd) {
    if (end + 2 < sentenceEnd && doc.tag(end).equals("VBN") && doc.lemma(end + 1).equals("by")) {
      Range agent = Phrases.nounPhraseStartingAt(doc, end + 2, sentenceEnd);
      if (agent != null && !doc.tag(agent.start()).equals("PRP")) {
        return agent.end();
      }
    }
    return end;
  }

  /** "the expansion of NATO", "the boycott of the games": a noun phrase with its complement. */
  static int extendOf(ParsedDocument doc, int end, int sentenceEnd) {
    return extendOf(doc, end, sentenceEnd, null);
  }

  /** {@link #extendOf(ParsedDocument, int, int)}, also past {@code extra} as a complement's preposition when not null. */
  private static int extendOf(ParsedDocument doc, int end, int sentenceEnd, String extra) {
    boolean change = end > 0 && end + 1 < sentenceEnd && doc.lemma(end).equals("in") && CHANGES.contains(doc.lemma(end - 1))
        && !doc.lemma(end + 1).equals("order"); // not "cuts in order to raise prices"
    if (end + 1 < sentenceEnd && (NOUN_COMPLEMENTS.contains(doc.lemma(end)) || change || doc.lemma(end).equals(extra)) && doc.tag(end).equals("IN")) {
      Range of = NounPhrases.phrase(doc, end + 1, sentenceEnd); // "of local and foreign firms", "of jailed reporters"
      // not "the vote on Dec. 7": a date after the noun says when, not what
      if (of != null && !doc.tag(of.start()).equals("PRP") && !EMPTY_HEADS.contains(doc.lemma(of.end() - 1))
          && !doc.ner(of.end() - 1).equals("DATE") && !doc.tag(of.end() - 1).equals("CD")) {
        return of.end();
      }
    }
    return end;
  }

  /**
   * An object with all its complements: "the powers of the head of state" (an "of" phrase inside
   * another), "the effects of the drought", "the dangers from the spill" (a consequence names
   * its cause after "from" as well as after "of"). At most three, so a long clause is not swallowed.
   */
  static int complements(ParsedDocument doc, int end, int sentenceEnd) {
    if (end > 0 && end < sentenceEnd && doc.lemma(end).equals("of")
        && (doc.tag(end - 1).startsWith("NNP") || Animacy.animate(doc.word(end - 1), doc.lemma(end - 1)))) {
      return extendOf(doc, end, sentenceEnd); // "accused Moscow of bias against women": after a name comes a reason
    }
    for (int n = 0; n < 3; n++) {
      int next = extendOf(doc, end, sentenceEnd);
      if (next == end && end > 0 && end + 1 < sentenceEnd && doc.lemma(end).equals("from") && doc.tag(end).equals("IN")
          && CONSEQUENCES.contains(doc.lemma(end - 1))) {
        next = extendOf(doc, end, sentenceEnd, "from");
      }
      if (next == end && end > 0 && end + 1 < sentenceEnd && doc.lemma(end).equals("with") && doc.tag(end).equals("IN")
          && RELATIONS.contains(doc.lemma(end - 1))) {
        next = extendOf(doc, end, sentenceEnd, "with"); // "to resume talks with the rebels"
      }
      if (next == end) {
        return end;
      }
      end = next;
    }
    return end;
  }

  /** Nouns of consequence whose cause follows "from" as it does "of": "the damage from the storm". */
  private static final Set<String> CONSEQUENCES = Set.of("effect", "consequence", "impact", "danger", "threat", "risk",
      "damage", "harm", "fallout", "repercussion", "loss", "losses");

  /** Nouns of relation whose partner follows "with": "talks with the rebels", "ties with Cuba". */
  private static final Set<String> RELATIONS = Set.of("talk", "talks", "dialogue", "negotiation", "tie", "relation",
      "cooperation", "contact", "partnership", "alliance", "agreement", "deal", "treaty", "trade", "peace", "war", "conflict");

  private static final Set<String> NOUN_COMPLEMENTS = Set.of("of", "against", "on");
  /** Nouns of change whose "in" names what changes: "a rise in food prices", "a setback in ties". */
  private static final Set<String> CHANGES = Set.of("rise", "increase", "fall", "drop", "decline", "cut", "reduction",
      "setback", "deterioration", "improvement", "change", "growth", "surge", "slump", "hike", "downturn", "collapse",
      "breakthrough", "progress", "shift", "upturn", "slowdown", "boost", "gain", "loss", "erosion");

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

  /**
   * "opposes and condemns the raids": the verb coordinated with the cue right after it (which
   * shares the cue's object where it is a cue too), or -1.
   */
  static int coordinatedVerb(ParsedDocument doc, int cue, int from, int sentenceEnd) {
    int k = from;
    while (k < sentenceEnd && doc.tag(k).startsWith("RB")) {
      k++; // "rejects and strongly condemns"
    }
    if (!(k + 2 < sentenceEnd && isAndOr(doc, k))) {
      return -1;
    }
    int verb = k + 1;
    while (verb < sentenceEnd && doc.tag(verb).startsWith("RB")) {
      verb++;
    }
    return verb + 1 < sentenceEnd && doc.tag(verb).equals(doc.tag(cue)) ? verb : -1;
  }

  static boolean startsPredicate(ParsedDocument doc, int k) {
    String tag = doc.tag(k);
    return tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD");
  }

  static boolean isAndOr(ParsedDocument doc, int k) {
    return doc.lemma(k).equals("and") || doc.lemma(k).equals("or");
  }

  static int skipToObject(ParsedDocument doc, int k, int end) {
    while (true) {
      while (k < end && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("RP") || isQuoteMark(doc, k)
          || doc.tag(k).equals("IN") && OBJECT_PREPOSITIONS.contains(doc.lemma(k)))) {
        k++;
      }
      // "insisted yesterday on", "disagreed on Friday with", "determined at all times to": a time
      // between the cue and its object is passed over
      int t = k < end && doc.tag(k).equals("IN") && Set.of("at", "in", "during").contains(doc.lemma(k)) ? k + 1 : k;
      Range np = Phrases.nounPhraseStartingAt(doc, t, end);
      int time = -1;
      int last = np == null || doc.tag(np.start()).equals("PRP") ? t : np.end();
      for (int m = t; m < last && time < 0 && (TIMES.contains(doc.lemma(m)) || TIME_MODIFIERS.contains(doc.lemma(m))
          || doc.tag(m).equals("CD")); m++) {
        if (TIMES.contains(doc.lemma(m)) && (m + 1 == np.end() || !doc.tag(m + 1).startsWith("NN") && !doc.tag(m + 1).equals("POS"))) {
          time = m + 1; // "yesterday the new budget" is read as one phrase by the tagger
        }
      }
      if (time < 0 || time >= end || doc.tag(time).equals(".")) {
        return k;
      }
      k = time;
    }
  }

  static boolean isQuoteMark(ParsedDocument doc, int i) {
    return doc.tag(i).equals("``") || doc.tag(i).equals("''");
  }

  /**
   * The phrase a target is read from, or null when it names nothing: "Lisbon's newly elected mayor
   * Rita Lopes" is Rita Lopes (the possessor only specifies the head); a date, a count of people,
   * "the number", "her children" or a bare "it" are no target.
   */
  static Range clean(ParsedDocument doc, Range t, int sentenceEnd) {
    int start = t.start();
    int end = t.end();
    while (start < end && isQuoteMark(doc, start)) {
      start++;
    }
    if (start >= end || doc.lemma(start).equals("be") && doc.tag(end - 1).equals("VBN")) {
      return null; // "asked not to be identified": a passive without what undergoes it says nothing
    }
    if (doc.tag(start).startsWith("VB") && !Deeds.LIGHT.contains(doc.lemma(start))) {
      return new Range(start, end); // a deed: "housing displaced families", "open talks with them"
    }
    // "Lisbon 's newly elected mayor Rita Lopes": pass the possessor to the possessed
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
    if (pos >= 0 && !hasVerb(doc, start, end)) {
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
      return end - start == 1 && TARGET_PRONOUNS.contains(doc.word(head).toLowerCase(java.util.Locale.ROOT))
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

  private static boolean hasVerb(ParsedDocument doc, int start, int end) {
    for (int i = start; i < end; i++) {
      if (doc.tag(i).startsWith("VB") && !doc.tag(i).equals("VBN")) {
        return true; // "decision to allow X", not "newly elected mayor X"
      }
    }
    return false;
  }

  /** The target record: its text and span, and the actor, theme and concept it names. */
  static Stance.Target link(ParsedDocument doc, Range t, DocumentActors actors, List<ThemeHit> themes,
      List<ThemeHit> concepts) {
    int start = doc.begin(t.start());
    int end = doc.end(t.end() - 1);
    int headEnd = t.start() + 1;
    while (headEnd < t.end() && !doc.tag(headEnd).equals("IN") && !doc.tag(headEnd).equals("TO") && !doc.tag(headEnd).startsWith("VB")) {
      headEnd++; // "the boycott of Qatar", "talks to include Qatar" are no target actor Qatar
    }
    Range head = new Range(t.start(), headEnd);
    // a deed ("punish Qatar", "lifting the ban on Qatar", "that Qatar leave") is toward the deed,
    // not an actor in it
    boolean deed = doc.tag(t.start()).startsWith("VB") || headEnd < t.end() && doc.tag(headEnd).startsWith("VB");
    Optional<String> actor = deed ? Optional.empty()
        : doc.tag(t.start()).equals("PRP") ? pronounActor(doc, t, actors) : actors.named(head);
    return new Stance.Target(doc.text().substring(start, end), start, end, actor, within(themes, start, end, false),
        within(concepts, start, end, true));
  }

  /**
   * "criticized him": the one person the pronoun stands for, where the document's actors say so;
   * "it" and "they" stand for things as often as for actors ("hailed it as a foundation"), so
   * those link to none.
   */
  private static Optional<String> pronounActor(ParsedDocument doc, Range t, DocumentActors actors) {
    if (!PERSON_PRONOUNS.contains(doc.word(t.start()).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    List<String> ids = actors.resolveActors(t);
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The first hit inside a span; a concept is named even where a negation precedes it ("not join the embargo"). */
  private static Optional<String> within(List<ThemeHit> hits, int start, int end, boolean evenNegated) {
    for (ThemeHit h : hits) {
      if (h.start() >= start && h.end() <= end && (evenNegated || !h.negated())) {
        return Optional.of(h.theme());
      }
    }
    return Optional.empty();
  }
}
