package org.framelens.stance;

import java.util.List;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.Stance.Polarity;
import org.framelens.stance.StanceReader.Input;

/**
 * Stances read off attitude nouns ("Berg's condemnation of the strikes", "voiced support for the
 * plan") and person nouns ("critics of the plan"): the holder is a possessor, the subject of a light
 * verb or an agent after "by"; the target the noun's complement. Stateless and thread-safe.
 */
final class AttitudeNouns {

  /** Attitude nouns whose "to" names whom it is addressed to: "expressed concern to the authorities". */
  private static final Set<String> TO_ADDRESSEE = Set.of("concern", "worry", "fear", "complaint", "appeal", "plea",
      "request", "promise", "pledge", "warning", "demand", "call");

  /**
   * Nouns of a force someone exerts: its "from" names who exerts it ("pressure from exporters to
   * lift the quota"), its "on" whom it is against ("pressure on the regime"), unless an
   * infinitive says what the pressed party should do, which is what the holder is for.
   */
  private static final Set<String> FORCES = Set.of("pressure");
  private static final Set<String> PRESSED = Set.of("on", "upon", "against");

  /** Attitude nouns whose "of" names the holder, not the target: "the concerns of farmers". */
  private static final Set<String> OF_HOLDER = Set.of("concern", "fear", "worry", "support", "backing",
      "agreement", "interest", "preference", "determination", "commitment", "hope", "respect", "opposition",
      "resistance", "anger", "approval", "request", "demand", "call", "appeal", "enthusiasm", "sympathy", "solidarity");

  /** What a noun addressed to someone is about: "concern to the envoy about the arrests". */
  private static final Set<String> ADDRESSED_COMPLEMENTS = Set.of("about", "over", "for", "against", "that");

  /** Attitude nouns whose "in" names what they are toward: "confidence in the plan", "faith in the courts". */
  private static final Set<String> IN_COMPLEMENT = Set.of("confidence", "faith", "trust", "distrust", "mistrust",
      "interest", "belief");
  /** Words that introduce what an attitude is about: "concerns regarding the vote". */
  private static final Set<String> ABOUT = Set.of("regarding", "concerning");

  private static final Set<String> COMPLEMENTS = StanceReader.COMPLEMENTS;
  private static final Set<String> THAT_CLAUSE = StanceReader.THAT_CLAUSE;

  private final StanceCues cues;

  AttitudeNouns(StanceCues cues) {
    this.cues = cues;
  }

  void read(Input in, int i, Polarity polarity, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(i));
    int end = doc.sentenceEnd(doc.sentenceOf(i));
    if (cues.isPersonNoun(doc, i) && i > sentenceStart && doc.tag(i - 1).startsWith("NNP")
        && !(i + 1 < end && doc.lemma(i + 1).equals("of"))) {
      namedBefore(in, i, polarity, out); // "Vos supporters", "a Kremlin critic"
      return;
    }
    int next = i + 1;
    while (next < end && doc.tag(next).equals("''")) {
      next++; // aired their "worry" about the curfew
    }
    if (next + 2 < end && (doc.lemma(next).equals("and") || doc.lemma(next).equals("or"))
        && doc.tag(next + 1).startsWith("NN")) {
      Range other = Phrases.nounPhraseStartingAt(doc, next + 1, end);
      if (other != null && other.end() < end && COMPLEMENTS.contains(doc.lemma(other.end()))) {
        next = other.end(); // "her sympathy and respect for the nurses": the complement is shared
      }
    }
    if (next + 1 >= end) {
      Range last = cues.isPersonNoun(doc, i) ? null : phraseOf(doc, i, sentenceStart);
      if (last != null) { // "the levy sparked an international outcry."
        NounFrames.provoked(in, i, last, doc.tag(last.start()).equals("PRP$") || hasPossessive(doc, last, i), next,
            polarity, out);
      }
      return;
    }
    boolean person = cues.isPersonNoun(doc, i);
    Range phrase = phraseOf(doc, i, sentenceStart);
    if (phrase == null) {
      return;
    }
    boolean possessed = doc.tag(phrase.start()).equals("PRP$") || hasPossessive(doc, phrase, i);
    if (NounFrames.BEHESTS.contains(doc.lemma(i)) && phrase.start() > sentenceStart
        && Set.of("at", "on", "upon").contains(doc.lemma(phrase.start() - 1))) {
      NounFrames.behest(in, i, phrase, possessed, next, out); // "arrived at the invitation of the minister"
      return;
    }
    if (!person && !possessed && HELD.contains(doc.lemma(i)) && Set.of("among", "from").contains(doc.lemma(next))) {
      enjoyed(in, i, phrase, next, polarity, out); // "enjoys wide support among farmers", "won backing from the unions"
      return;
    }
    Holder agent = null;
    if (!person && !possessed && (doc.lemma(next).equals("by")
        || doc.lemma(next).equals("from") && FORCES.contains(doc.lemma(i)))) {
      // "opposition by farmers to the dam", "the decision by both leaders to resume talks": the
      // agent first, the target after it ("from" and a holder's "of" were tried: they name the
      // holder too seldom: "from" often names a source, "moved its embassy from A to B")
      Range by = Phrases.nounPhraseStartingAt(doc, next + 1, end);
      if (by == null && next + 3 < end && doc.tag(next + 1).startsWith("JJ") && doc.lemma(next + 2).equals("and")) {
        Range shared = Phrases.nounPhraseStartingAt(doc, next + 3, end); // "by British and Irish officials"
        by = shared == null ? null : new Range(next + 1, shared.end());
      }
      while (by != null && by.end() + 1 < end && doc.lemma(by.end()).equals("and")) {
        Range more = Phrases.nounPhraseStartingAt(doc, by.end() + 1, end);
        if (more == null) {
          break;
        }
        by = new Range(by.start(), more.end()); // "by Norway and its neighbours"
      }
      if (by != null && doc.lemma(next).equals("from") && !(by.end() < end && COMPLEMENTS.contains(doc.lemma(by.end())))) {
        return; // "pressure from the West in recent years": no target, so no holder to name either
      }
      agent = by == null ? null : Holders.ofPhrase(doc, by, in.actors());
      if (agent == null || by.end() + 1 >= end) {
        return;
      }
      next = by.end();
      if (doc.lemma(next).equals("by") || doc.lemma(next).equals("of")) {
        return;
      }
    }
    boolean addressed = false;
    if (doc.lemma(next).equals("to") && TO_ADDRESSEE.contains(doc.lemma(i))) {
      // "expressed concern to the envoy about the arrests", "an appeal to voters to stay calm"
      Range addressee = Phrases.nounPhraseStartingAt(doc, next + 1, end);
      if (addressee == null || addressee.end() + 1 >= end || Deeds.infinitive(doc, addressee.end(), end) == null
          && !ADDRESSED_COMPLEMENTS.contains(doc.lemma(addressee.end()))) {
        return;
      }
      next = addressee.end();
      addressed = true;
    }
    if (Intentions.AIMS.contains(doc.lemma(i))) {
      if (Intentions.isToBe(doc, next, end)) {
        next++; // "our goal is to restore order": what is aimed at follows the copula
      } else if (doc.lemma(next).equals("of") && !doc.tag(next + 1).equals("VBG")) {
        return; // "a goal of 8%", "the aim of the report": a measure or an owner, not a deed aimed at
      }
    }
    boolean complement = COMPLEMENTS.contains(doc.lemma(next)) && (doc.tag(next).equals("IN") || doc.tag(next).equals("TO"))
        || doc.lemma(next).equals("in") && IN_COMPLEMENT.contains(doc.lemma(i))
        || ABOUT.contains(doc.word(next).toLowerCase(java.util.Locale.ROOT));
    Range clause = THAT_CLAUSE.contains(doc.lemma(i)) ? Clauses.clauseSubject(doc, next, end) : null;
    if (clause != null && doc.lemma(next).equals("that")) {
      complement = true; // "voiced concern that the court ..."
    } else {
      clause = null;
    }
    if ((!complement || prep(doc, next, "from", "among")) && !person
        && NounFrames.provoked(in, i, phrase, possessed, next, polarity, out)) {
      return; // "the raid drew criticism from rights groups": a reaction to the verb's subject
    }
    if (!complement && !(doc.lemma(next).equals("not") && doc.lemma(next + 1).equals("to"))) {
      return; // an attitude without its object ("faced criticism") says nothing about what
    }
    String prep = doc.lemma(next);
    if (phrase.start() == i && i - 1 > sentenceStart && doc.lemma(i - 1).equals("in") && !prep.equals("by")) {
      NounFrames.inSupportOf(in, i, next, polarity, out); // "marched in support of the strike"
      return;
    }
    if (agent == null && !addressed && (prep.equals("of") ? OF_HOLDER.contains(doc.lemma(i)) && !possessed
        : person || prep.equals("by") || prep.equals("to") && TO_ADDRESSEE.contains(doc.lemma(i)))) {
      if (prep.equals("of") && !possessed) {
        enjoyed(in, i, phrase, next, polarity, out); // "the plan has the backing of the unions"
      }
      return; // "the concerns of farmers", "supporters in green": no target there
    }
    Scope.Reading scope = Scope.of(doc, phrase.start(), polarity, doc.lemma(i), in.quoteOf()[i] >= 0);
    boolean none = negatedDeterminer(doc, phrase);
    if (scope.effect() != Scope.Effect.KEEP || none && !Intentions.noWill(doc, i)) {
      return;
    }
    if (none) {
      polarity = StanceReader.flip(polarity); // "has no intention of selling the farm" is against selling it
    }
    Holder holder;
    double base;
    if (person) {
      holder = personHolder(in, phrase, i); // "supporters of" often describes rather than attributes
      base = 0.45;
    } else if (agent != null) {
      holder = agent;
      base = 0.6;
    } else {
      holder = Holders.ofNoun(doc, i, phrase.start(), in.quoteOf(), in.quotes(), in.actors());
      base = holder != null && holder.source() == Stance.Source.QUOTE ? 0.45 : 0.6;
      if (holder == null) {
        holder = modifierHolder(in, phrase, i); // "the EU decision to", "NATO support for"
      }
      if (holder == null) {
        holder = agentAfter(in, next + 1, end); // "criticism of the plan from the opposition"
      }
      if (holder == null) {
        holder = NounFrames.collectiveHolder(doc, phrase, i); // "international criticism of", "Western pressure on"
      }
    }
    if (holder == null) {
      return;
    }
    boolean refused = doc.lemma(next).equals("not");
    Range infinitive = Intentions.infinitive(doc, refused ? next + 1 : next, end);
    if (refused) {
      if (infinitive == null) {
        return;
      }
      polarity = StanceReader.flip(polarity); // "the decision not to sign the pact"
    }
    List<Range> targets = infinitive != null ? List.of(infinitive)
        : clause != null ? List.of(clause) : Targets.objects(doc, next + 1, end);
    if (infinitive == null && !targets.isEmpty()) {
      Range wanted = Deeds.infinitive(doc, targets.get(0).end(), end);
      if (wanted != null) {
        // "calls for Berlin to lift the ban" is for lifting it, "calls for talks to resume" for talks to resume
        targets = List.of(Deeds.wantedState(doc, in.actors(), next + 1, wanted));
      } else if (FORCES.contains(doc.lemma(i)) && PRESSED.contains(prep)) {
        polarity = StanceReader.flip(polarity); // "pressure on the regime" is against it
      }
    }
    StanceReader.emit(in, i, i + 1, holder, targets, polarity, base * scope.certainty() * (holder.pronoun() ? 0.95 : 1.0), out);
  }

  /**
   * A person noun after the name of whom it is for or against ("a Vos supporter", "a Kremlin
   * critic"): the name is the target, the holder who the phrase describes ("Berg, a Vos
   * supporter,", "Berg is a Vos supporter"). A group the phrase names alone ("Vos supporters
   * marched") holds no stance here: tried, such groups were almost never annotated as holders.
   */
  private static void namedBefore(Input in, int noun, Polarity polarity, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(noun));
    int s = noun - 1;
    while (s - 1 >= sentenceStart && doc.tag(s - 1).startsWith("NNP")) {
      s--;
    }
    Range name = new Range(s, noun);
    Range phrase = Phrases.nounPhraseEndingAt(doc, noun, sentenceStart);
    if (phrase == null || in.actors().named(name).isEmpty() && doc.ner(noun - 1).equals("O")) {
      return;
    }
    Scope.Reading scope = Scope.of(doc, phrase.start(), polarity, doc.lemma(noun), in.quoteOf()[noun] >= 0);
    if (scope.effect() != Scope.Effect.KEEP || negatedDeterminer(doc, phrase)) {
      return;
    }
    Holder holder = describedBy(in, phrase);
    if (holder == null) {
      return;
    }
    StanceReader.emit(in, noun, noun + 1, holder, List.of(name), polarity, 0.45 * scope.certainty(), out);
  }

  /**
   * "The plan has the backing of the unions", "the mayor lost the support of her party": the
   * holder after "of" (or "among", "from") is for (or against) the subject of a verb of having, winning or losing it.
   * Losing support says nothing of where the holder now stands, so it gives no stance.
   */
  private static void enjoyed(Input in, int noun, Range phrase, int of, Polarity polarity, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int start = doc.sentenceStart(doc.sentenceOf(noun));
    int end = doc.sentenceEnd(doc.sentenceOf(noun));
    int v = phrase.start() - 1;
    while (v >= start && doc.tag(v).startsWith("RB")) {
      v--;
    }
    if (v <= start || !doc.tag(v).startsWith("VB") || !HAVING.contains(doc.lemma(v)) || !HELD.contains(doc.lemma(noun))) {
      return;
    }
    Range by = Phrases.nounPhraseStartingAt(doc, of + 1, end);
    Holder holder = by == null ? null : Holders.ofPhrase(doc, by, in.actors());
    Range subject = Subjects.of(doc, v, start, k -> in.quoteOf()[k] >= 0);
    if (holder == null || subject == null || Phrases.isRelativePronoun(doc, subject)
        && (subject = Subjects.antecedent(doc, subject.start(), start)) == null) {
      return;
    }
    Scope.Reading scope = Scope.of(doc, v, polarity, doc.lemma(noun), in.quoteOf()[noun] >= 0);
    if (scope.effect() != Scope.Effect.KEEP || negatedDeterminer(doc, phrase)) {
      return;
    }
    StanceReader.emit(in, noun, noun + 1, holder, List.of(subject), polarity, 0.6 * scope.certainty(), out);
  }

  private static boolean prep(ParsedDocument doc, int k, String... words) {
    return Set.of(words).contains(doc.lemma(k));
  }

  /** Verbs of having or gaining what someone else gives: "has the support of", "won the backing of". */
  private static final Set<String> HAVING = Set.of("have", "enjoy", "win", "gain", "receive", "get", "secure", "earn",
      "command", "retain", "keep");
  /** Attitude nouns someone can have from others: "the support of", "the confidence of". */
  private static final Set<String> HELD = Set.of("support", "backing", "confidence", "trust", "endorsement",
      "blessing", "approval", "sympathy", "respect");

  /**
   * The noun phrase the attitude noun ends, over a quote mark around the noun alone: in 'their
   * "worry"' the possessor is still the noun's.
   */
  private static Range phraseOf(ParsedDocument doc, int noun, int sentenceStart) {
    Range phrase = Phrases.nounPhraseEndingAt(doc, noun, sentenceStart);
    if (phrase != null && phrase.start() - 2 >= sentenceStart && doc.lemma(phrase.start() - 1).equals("and")
        && doc.tag(phrase.start()).startsWith("NN")) {
      // "her patience and approval of": the possessor of the first conjunct holds the second
      Range first = Phrases.nounPhraseEndingAt(doc, phrase.start() - 2, sentenceStart);
      if (first != null && (doc.tag(first.start()).equals("PRP$") || doc.tag(first.start()).equals("DT"))) {
        return new Range(first.start(), noun + 1);
      }
    }
    if (phrase != null && phrase.start() - 2 >= sentenceStart && doc.tag(phrase.start() - 1).equals("CC")
        && doc.tag(phrase.start()).startsWith("JJ")) {
      // "the rebels' swift and open support for": the possessor before coordinated adjectives
      int k = phrase.start() - 1;
      while (k > sentenceStart && (doc.tag(k).startsWith("JJ") || doc.tag(k).startsWith("RB") || doc.tag(k).equals("CC")
          || doc.word(k).equals(","))) {
        k--;
      }
      if (doc.tag(k).equals("PRP$")) {
        return new Range(k, noun + 1);
      }
      Range owner = doc.tag(k).equals("POS") && k > sentenceStart ? Phrases.nounPhraseEndingAt(doc, k - 1, sentenceStart) : null;
      if (owner != null) {
        return new Range(owner.start(), noun + 1);
      }
    }
    if (phrase == null || phrase.start() - 2 < sentenceStart || !doc.tag(phrase.start() - 1).equals("``")) {
      return phrase;
    }
    int k = phrase.start() - 2;
    while (k >= sentenceStart && (doc.tag(k).equals("PRP$") || doc.tag(k).equals("POS") || doc.tag(k).startsWith("JJ")
        || doc.tag(k).equals("DT") || k < phrase.start() - 2 && doc.tag(k).startsWith("NN"))) {
      k--;
    }
    return k + 1 < phrase.start() - 1 ? new Range(k + 1, noun + 1) : phrase;
  }

  /**
   * A state, organisation or person named in the noun's own phrase ("the EU decision to", "the
   * NATO plan for"): in news a named premodifier of an attitude noun is its holder. (Demonyms,
   * "Danish support", name no actor through {@code DocumentActors.named} and are left out.)
   */
  private static Holder modifierHolder(Input in, Range phrase, int noun) {
    ParsedDocument doc = in.doc();
    for (int k = noun - 1; k >= phrase.start(); k--) {
      if (!doc.tag(k).startsWith("NNP")) {
        continue;
      }
      int s = k;
      while (s - 1 >= phrase.start() && doc.tag(s - 1).startsWith("NNP")) {
        s--;
      }
      Range name = new Range(s, k + 1);
      if (in.actors().named(name).isPresent()) {
        return Holders.ofPhrase(doc, name, in.actors());
      }
      return null;
    }
    return null;
  }

  /** The agent of an attitude noun after its complement: "condemnation of the strikes by the UN". */
  private static Holder agentAfter(Input in, int from, int end) {
    ParsedDocument doc = in.doc();
    List<Range> objects = Targets.objects(doc, from, end);
    if (objects.isEmpty()) {
      return null;
    }
    int k = objects.get(objects.size() - 1).end();
    if (k + 1 >= end || !(doc.lemma(k).equals("by") || doc.lemma(k).equals("from"))) {
      return null;
    }
    Range agent = Phrases.nounPhraseStartingAt(doc, k + 1, end);
    return agent == null ? null : Holders.ofPhrase(doc, agent, in.actors());
  }

  /** Who a person-noun phrase describes: "Smith, a critic of", "Smith is a critic of"; null for none. */
  private static Holder describedBy(Input in, Range phrase) {
    ParsedDocument doc = in.doc();
    int start = doc.sentenceStart(doc.sentenceOf(phrase.start()));
    int k = phrase.start() - 1;
    if (k >= start && doc.tag(k).startsWith("VB") && doc.lemma(k).equals("be")) {
      return Holders.ofPredicate(doc, k, in.quoteOf(), in.quotes(), in.actors());
    }
    if (k >= start && doc.word(k).equals(",")) {
      Range before = Phrases.nounPhraseEndingAt(doc, k - 1, start);
      if (before != null && in.actors().named(before).isPresent()) {
        return Holders.ofPhrase(doc, before, in.actors());
      }
    }
    return null;
  }

  /** "critics of the plan", "Smith, a critic of the plan,", "Smith is a critic of the plan". */
  private static Holder personHolder(Input in, Range phrase, int noun) {
    Holder described = describedBy(in, phrase);
    if (described != null) {
      return described;
    }
    ParsedDocument doc = in.doc();
    return doc.tag(noun).equals("NNS") ? Holders.ofPhrase(doc, new Range(phrase.start(), noun + 1), in.actors()) : null;
  }

  /** "their support of the mayor", "Berg's support of the plan": with a possessor, "of" is the target. */
  private static boolean hasPossessive(ParsedDocument doc, Range phrase, int noun) {
    for (int k = phrase.start(); k < noun; k++) {
      if (doc.tag(k).equals("POS") || doc.tag(k).equals("PRP$")) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedDeterminer(ParsedDocument doc, Range phrase) {
    String first = doc.lemma(phrase.start());
    return first.equals("no") || first.equals("little") || first.equals("lack");
  }
}
