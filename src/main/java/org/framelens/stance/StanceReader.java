package org.framelens.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.actor.DocumentActors;
import org.framelens.lexicon.ThemeHit;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.quote.Attributor;
import org.framelens.quote.Quote;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.StanceCues.Cue;
import org.framelens.stance.StanceCues.Kind;
import org.framelens.stance.Stance.Polarity;

/**
 * Reads stances off cues: verbs ("Both ministers criticized Western sanctions and NATO
 * expansion" gives each minister a stance against each conjunct), verbs of wanting and asking
 * ("urged Berlin to lift the ban"), attitude nouns ("Berg's condemnation of the strikes", "voiced
 * support for"), person nouns ("critics of the plan") and predicate adjectives ("is opposed to").
 * {@link Scope} decides what negation, refusal, questions and conditions do; {@link Holders} who
 * holds the stance; {@link Targets} what it is toward. Stateless and thread-safe.
 */
public final class StanceReader {

  /** Prepositions that introduce an attitude noun's or adjective's target. */
  static final Set<String> COMPLEMENTS = Set.of("of", "for", "to", "against", "over", "about", "on",
      "toward", "towards", "with", "at", "by");
  /** Cues whose "that" clause names what is wished, feared or demanded: "hopes that the truce holds". */
  static final Set<String> THAT_CLAUSE = Set.of("hope", "wish", "demand", "insist", "fear", "worry",
      "regret", "welcome", "pleased", "happy", "glad", "concerned", "worried", "afraid", "confident",
      "optimistic", "fearful", "delighted", "satisfied", "disappointed", "upset", "angry", "alarmed", "urge", "agree",
      "concern", "insistence",
      "propose", "recommend", "deplore", "lament", "complain", "warn", "request", "prefer", "hopeful", "ask",
      "determined", "deny");



  private final StanceCues cues;
  private final AttitudeNouns nouns;

  public StanceReader(StanceCues cues) {
    this.cues = cues;
    this.nouns = new AttitudeNouns(cues);
  }

  /** What one document offers the reader; {@code quoteOf} is the index into quotes of each token's quote, or -1. */
  public record Input(ParsedDocument doc, int[] quoteOf, List<Quote> quotes, List<Attributor.Report> reports,
      DocumentActors actors, List<ThemeHit> themes, List<ThemeHit> concepts, List<OpinionWords.Opinion> opinions) {}

  public List<Stance> read(Input in) {
    List<Stance> stances = new ArrayList<>();
    ParsedDocument doc = in.doc();
    for (int i = 0; i < doc.size(); i++) {
      Optional<Polarity> adjective = cues.adjective(doc, i);
      if (adjective.isPresent() && Holders.afterCopula(doc, i) && !Holders.beforeAgent(doc, i)) {
        adjectiveCue(in, i, adjective.get(), Holders.ofAdjective(doc, i, in.quoteOf(), in.quotes(), in.actors()), stances);
        continue; // "is opposed to", not a passive "opposed by"
      }
      Holder described = adjective.isPresent() ? StanceCues.postNominal(doc, i, in.actors()) : null;
      if (described != null) {
        adjectiveCue(in, i, adjective.get(), described, stances); // "forces loyal to the president"
        continue;
      }
      Optional<Cue> verb = Intentions.isPledge(doc, i) ? Optional.of(new Cue(Polarity.FOR, Kind.INTENT, 1))
          : Intentions.isThreat(doc, i) ? Optional.of(new Cue(Polarity.FOR, Kind.INTENT, 0)) : cues.verb(doc, i);
      if (verb.isPresent()) {
        verbCue(in, i, verb.get(), stances);
        continue;
      }
      Optional<Polarity> noun = cues.noun(doc, i);
      if (noun.isPresent()) {
        nouns.read(in, i, noun.get(), stances);
        continue;
      }
    }
    Relations.read(in, stances);
    Stimuli.read(in, stances);
    EvaluativeReader.read(in, stances);
    return stances;
  }

  private void verbCue(Input in, int i, Cue cue, List<Stance> out) {
    ParsedDocument doc = in.doc();
    boolean inQuote = in.quoteOf()[i] >= 0;
    Scope.Reading scope = Scope.of(doc, i, cue.polarity(), doc.lemma(i), inQuote);
    if (scope.effect() == Scope.Effect.DROP) {
      return;
    }
    if (cue.kind() == Kind.ACT && scope.effect() == Scope.Effect.KEEP
        && !(inQuote ? firstPersonSubject(doc, i, in.quoteOf()) || partialQuote(doc, i, in.quoteOf()) : declared(doc, i))) {
      // "the army reinforced the border": a deed the writer reports, not an opinion; in the speaker's
      // own words ("we will strengthen ties", X stressed "reinforcing security ties") it is a stance
      return;
    }
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(i));
    if (Holders.passive(doc, i, sentenceStart)) {
      passiveCue(in, i, cue, scope, out);
      return;
    }
    Holder holder = Holders.ofPredicate(doc, i, in.quoteOf(), in.quotes(), in.actors());
    int end = doc.sentenceEnd(doc.sentenceOf(i));
    int from = i + 1 + cue.particles();
    Clefts.Cleft cleft = Clefts.of(doc, i, from, end);
    if (holder == null && cleft == null) {
      return;
    }
    int second = Targets.coordinatedVerb(doc, i, from, end);
    if (second > 0 && cues.verb(doc, second).isPresent()) {
      from = second + 1 + cues.verb(doc, second).get().particles(); // "opposes and condemns the raids"
    }
    if (cleft != null) {
      from = cleft.from(); // "what the union wants is a fair wage": the object stands after the copula
      Range wanting = Phrases.nounPhraseStartingAt(doc, cleft.subject(), i);
      holder = wanting == null ? null : Holders.ofPhrase(doc, wanting, in.actors()); // not "the last thing the port"
      if (holder == null) {
        return;
      }
    }
    List<Range> targets = new ArrayList<>();
    // base confidence by cue kind, from how often each kind agreed with the MPQA annotators
    // (README, "Stance accuracy"): judgment verbs 0.89, wanting 0.77, action verbs 0.67
    double base = switch (cue.kind()) {
      case VERB -> 0.85;
      case ACT -> 0.6;
      default -> 0.72;
    };
    boolean refrain = false;
    if (cue.kind() == Kind.INTENT) {
      Range vp = intended(doc, from, end);
      if (vp != null) {
        Optional<Cue> embedded = cues.verb(doc, vp.start());
        if (embedded.isPresent() && !doc.lemma(i).equals("urge") && !Intentions.isThreat(doc, i) && from == toBefore(doc, vp.start())
            && !(cue.polarity() == Polarity.AGAINST && Scope.of(doc, vp.start(), embedded.get().polarity(),
                doc.lemma(vp.start()), inQuote).effect() == Scope.Effect.DROP)) {
          // "wants to back the plan": the embedded cue speaks for itself, unless a refusal leaves it
          // nothing to say ("refused to help the rebels" is against helping them)
          return;
        }
        targets.add(Deeds.wantedState(doc, in.actors(), from, vp));
        base = 0.68;
        if (wantedNot(doc, vp)) {
          refrain = true;
        }
      }
    }
    boolean fronted = false;
    if (targets.isEmpty() && THAT_CLAUSE.contains(doc.lemma(i))) {
      Range subject = Clauses.clauseSubject(doc, from, end, cue.kind() == Kind.INTENT);
      int that = subject == null ? thatAfterAddressee(doc, in.actors(), from, end) : -1;
      if (that > 0) {
        subject = Clauses.clauseSubject(doc, that, end, cue.kind() == Kind.INTENT); // "warned the delegates that"
      }
      Range content = subject == null && cue.particles() == 0 ? StanceCues.frontedContent(doc, i) : null;
      if (content != null) {
        fronted = true; // "The levees will fail, the agency warned.": what the clause before it is about
        subject = StanceCues.frontedSubject(doc, content);
      }
      if (subject != null) {
        targets.add(subject);
        base = Math.min(base, 0.65);
      }
    }
    if (targets.isEmpty() && !fronted) {
      List<Range> objects = Targets.objects(doc, from, end);
      if (cue.kind() == Kind.INTENT && !objects.isEmpty() && in.actors().isAgent(objects.get(0))
          && !(WANTING_SOMEONE.contains(doc.lemma(i)) && !infinitiveNear(doc, objects.get(0).end(), end))) {
        return; // "asked the minister": asking someone is no stance toward them
      }
      targets.addAll(Deeds.withReason(doc, i, objects, end));
    }
    if (cue.particles() == 0 && Phrases.nounPhraseStartingAt(doc, from, end) == null) {
      Range relative = relativeObject(doc, i, from, end); // "the levy, which farmers had opposed for years"
      if (relative != null && !targets.contains(relative) && !(cue.kind() == Kind.INTENT && in.actors().isAgent(relative))) {
        targets.add(relative);
      }
    }
    boolean denied = cleft != null && cleft.denied(); // "the last thing the port needs is a strike"
    Polarity polarity = scope.effect() == Scope.Effect.FLIP ^ refrain ^ denied ? flip(cue.polarity()) : cue.polarity();
    double confidence = base * scope.certainty() * (holder.pronoun() ? 0.95 : 1.0);
    if (holder.source() == Stance.Source.QUOTE && !firstPersonSubject(doc, i, in.quoteOf())) {
      confidence *= 0.85;
    }
    List<Range> refused = new ArrayList<>();
    for (int t = targets.size() - 1; t >= 0; t--) {
      Range r = targets.get(t);
      if (r.length() > 1 && doc.lemma(r.start()).equals("no") && doc.tag(r.start()).equals("DT")) {
        targets.remove(t); // "seeks no confrontation": wanting none of it is being against it
        if (polarity == Polarity.FOR && Scope.PARTICIPATION.contains(doc.lemma(i))) { // "offered no plan": nothing
          refused.add(0, new Range(r.start() + 1, r.end()));
        }
      }
    }
    emit(in, i, i + 1 + cue.particles(), holder, targets, polarity, confidence, out);
    emit(in, i, i + 1 + cue.particles(), holder, refused, flip(polarity), confidence * 0.85, out);
  }

  /**
   * "Akayev will be welcomed by President Sezer", "a leadership favored by Washington": the agent
   * after "by" holds the stance toward the subject; without an agent there is no holder.
   */
  private void passiveCue(Input in, int i, Cue cue, Scope.Reading scope, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int start = doc.sentenceStart(doc.sentenceOf(i));
    int end = doc.sentenceEnd(doc.sentenceOf(i));
    int k = i + 1 + cue.particles();
    while (k < end && doc.tag(k).startsWith("RB")) {
      k++;
    }
    if (k + 1 >= end || !doc.lemma(k).equals("by") || cue.kind() == Kind.INTENT) {
      return;
    }
    Range agent = Phrases.nounPhraseStartingAt(doc, k + 1, end);
    Holder holder = agent == null ? null : Holders.ofPhrase(doc, agent, in.actors());
    Range patient = Phrases.subjectOf(doc, i, start, t -> in.quoteOf()[t] >= 0);
    if (holder == null || patient == null) {
      return;
    }
    if (Phrases.isRelativePronoun(doc, patient)) {
      patient = Phrases.antecedent(doc, patient.start(), start);
    }
    if (patient == null) {
      return;
    }
    Polarity polarity = scope.effect() == Scope.Effect.FLIP ? flip(cue.polarity()) : cue.polarity();
    emit(in, i, i + 1, holder, List.of(patient), polarity, 0.7 * scope.certainty(), out);
  }

  /** "urged Berlin to lift the ban", "wants to resume talks": the verb phrase wanted, if any. */
  private static Range intended(ParsedDocument doc, int from, int end) {
    int k = from;
    while (k < end && doc.tag(k).startsWith("RB")) {
      k++;
    }
    Range direct = Intentions.infinitive(doc, k, end);
    if (direct == null && doc.tag(k).equals("IN")) {
      direct = Intentions.infinitive(doc, Intentions.pastAdverbials(doc, k, end), end); // "agreed at the summit to"
    }
    if (direct != null) {
      return direct;
    }
    // adjuncts of place and time were passed above; an addressee is the one phrase left to pass
    // ("proposed to the firm to bid"; the tagger may read this "to" as TO or IN)
    if (k + 1 < end && doc.lemma(k).equals("to") && (doc.tag(k + 1).startsWith("NN") || doc.tag(k + 1).equals("DT"))) {
      k++;
    }
    Range object = Phrases.nounPhraseStartingAt(doc, k, end);
    return object == null ? null : Intentions.infinitive(doc, objectEnd(doc, object, end), end);
  }

  /** The "to" before an infinitive's verb, past a split infinitive's adverbs ("to abruptly withdraw"). */
  private static int toBefore(ParsedDocument doc, int verb) {
    int t = verb - 1;
    while (t > 0 && doc.tag(t).startsWith("RB")) {
      t--;
    }
    return t;
  }

  /**
   * The "that" of a clause after the one told ("warned the delegates at the summit that",
   * "recommended to the board today that"), or -1 where no person or body and "that" follow.
   */
  private static int thatAfterAddressee(ParsedDocument doc, DocumentActors actors, int from, int end) {
    int k = from < end && doc.lemma(from).equals("to") ? from + 1 : from;
    Range told = Phrases.nounPhraseStartingAt(doc, k, end);
    if (told != null && told.length() > 1 && Targets.TIMES.contains(doc.lemma(told.end() - 1))) {
      told = new Range(told.start(), told.end() - 1); // "the board today": the tagger's phrase took in the time
    }
    if (told == null || !actors.isAgent(told)) {
      return -1;
    }
    k = objectEnd(doc, told, end);
    for (int adjuncts = 0; adjuncts < 3 && k + 1 < end && !doc.lemma(k).equals("that"); adjuncts++) {
      Range next = doc.tag(k).equals("IN") ? Phrases.nounPhraseStartingAt(doc, k + 1, end) : null;
      if (next != null) {
        k = next.end(); // "at the summit"
      } else if (Targets.TIMES.contains(doc.lemma(k)) || doc.tag(k).startsWith("RB")) {
        k++; // "today", "again"
      } else {
        return -1;
      }
    }
    return k < end && doc.lemma(k).equals("that") && doc.tag(k).equals("IN") ? k : -1;
  }

  /** Words that carry an object on to a noun phrase of its own: "members of the bloc", "allies such as". */
  private static final Set<String> OBJECT_LINKS = Set.of("of", "from", "in", "including", "and", "or", "like");

  /**
   * Where an asked party ends: "urged member states of the union and their partners to act",
   * "called on the group (the G7) to", "urged donors including Japan to". Up to four links, so a
   * long clause is not taken for the object.
   */
  private static int objectEnd(ParsedDocument doc, Range object, int end) {
    int k = object.end();
    for (int links = 0; links < 4 && k + 1 < end; links++) {
      if (doc.tag(k).equals("-LRB-")) {
        int close = k + 1;
        while (close < end && close < k + 8 && !doc.tag(close).equals("-RRB-")) {
          close++;
        }
        if (close >= end || !doc.tag(close).equals("-RRB-")) {
          return k;
        }
        k = close + 1;
        continue;
      }
      int from = k + 1;
      if (doc.lemma(k).equals("such") && doc.lemma(k + 1).equals("as")) {
        from = k + 2;
      } else if (!OBJECT_LINKS.contains(doc.word(k).toLowerCase(java.util.Locale.ROOT))) {
        return k;
      }
      Range next = Phrases.nounPhraseStartingAt(doc, from, end);
      if (next == null) {
        return k;
      }
      k = next.end();
    }
    return k;
  }

  /** Verbs of wanting whose object, a person too, is what is wanted: "prefers Vos to Berg", "we want Lund back". */
  private static final Set<String> WANTING_SOMEONE = Set.of("prefer", "want", "like", "love", "desire");

  /** Whether "to" and a verb follow within a few words: "wants voters at home to know" asks something of them. */
  private static boolean infinitiveNear(ParsedDocument doc, int from, int end) {
    for (int k = from; k + 1 < end && k < from + 6; k++) {
      if (doc.tag(k).equals("TO") && doc.tag(k + 1).startsWith("VB") || doc.tag(k).equals("VB")) {
        return true;
      }
    }
    return false;
  }

  /** Relative pronouns that can be the object of the clause they open: "the plan which the mayor backs". */
  private static final Set<String> OBJECT_RELATIVES = Set.of("which", "that", "whom");

  /**
   * The antecedent of an object relative clause the cue ends, where an adverbial or the main
   * clause's verb may follow ("the levy, which farmers had opposed for years", "the rules with
   * which they disagree", "the plan that the mayor opposes is dead"):
   * the verb has no object of its own and its subject comes right after the relative pronoun.
   */
  private static Range relativeObject(ParsedDocument doc, int verb, int from, int end) {
    if (from < end && !(doc.tag(from).equals(".") || doc.word(from).equals(",") || doc.tag(from).equals("IN")
        && !doc.lemma(from).equals("that") || doc.tag(from).equals("CC") || Targets.startsPredicate(doc, from))) {
      return null; // something follows that could be the object or a clause
    }
    int start = doc.sentenceStart(doc.sentenceOf(verb));
    Range subject = Phrases.subjectOf(doc, verb, start);
    if (subject == null || Phrases.isRelativePronoun(doc, subject) || subject.start() - 1 <= start) {
      return null;
    }
    int pronoun = subject.start() - 1;
    if (!OBJECT_RELATIVES.contains(doc.word(pronoun).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    if (pronoun - 1 > start && doc.tag(pronoun - 1).equals("IN") && !doc.lemma(pronoun).equals("that")) {
      pronoun--; // "the rules with which they disagree"
    }
    return Phrases.antecedent(doc, pronoun, start);
  }

  /** "urged the mayor not to sign": the wanted act is a refraining. */
  private static boolean wantedNot(ParsedDocument doc, Range vp) {
    int to = vp.start() - 1;
    while (to > 0 && (Targets.isQuoteMark(doc, to) || doc.tag(to).startsWith("RB") && !doc.lemma(to).equals("not"))) {
      to--;
    }
    return to > 0 && doc.lemma(to).equals("to") && doc.lemma(to - 1).equals("not");
  }

  /** A declared intention: "will strengthen", "is going to block", "plans to expand". */
  private static boolean declared(ParsedDocument doc, int verb) {
    int start = doc.sentenceStart(doc.sentenceOf(verb));
    for (int j = verb - 1; j >= start && j >= verb - 3; j--) {
      String w = doc.word(j).toLowerCase(java.util.Locale.ROOT);
      if (w.equals("will") || w.equals("would") || w.equals("'ll") || w.equals("shall")) {
        return true;
      }
      if (w.equals("to") && j > start && Set.of("plan", "intend", "vow", "pledge", "promise", "want", "decide",
          "agree", "seek", "go", "aim", "hope", "wish", "ready", "willing", "eager", "determined", "committed",
          "keen", "prepared", "prepare", "threaten").contains(doc.lemma(j - 1).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (!(doc.tag(j).startsWith("RB") || doc.tag(j).startsWith("VB") || doc.tag(j).equals("MD"))) {
        return false;
      }
    }
    return false;
  }

  /** A quote inside the reporting sentence (X stressed its role in "reinforcing ties"), not a sentence of its own. */
  private static boolean partialQuote(ParsedDocument doc, int token, int[] quoteOf) {
    int start = token;
    while (start > 0 && quoteOf[start - 1] == quoteOf[token]) {
      start--;
    }
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(token));
    return start - sentenceStart > 2;
  }

  private static boolean firstPersonSubject(ParsedDocument doc, int verb, int[] quoteOf) {
    int floor = verb;
    while (floor > 0 && quoteOf[floor - 1] == quoteOf[verb]) {
      floor--;
    }
    int head = Holders.subjectVerb(doc, verb, floor);
    Range subject = head < 0 ? null : Phrases.subjectOf(doc, head, floor);
    return subject != null && subject.length() == 1 && Set.of("i", "we").contains(doc.lemma(subject.start()));
  }

  private void adjectiveCue(Input in, int i, Polarity polarity, Holder holder, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int end = doc.sentenceEnd(doc.sentenceOf(i));
    if (holder == null) {
      return;
    }
    String word = doc.word(i).toLowerCase(java.util.Locale.ROOT);
    Scope.Reading scope = Scope.of(doc, i, polarity, word, in.quoteOf()[i] >= 0);
    if (scope.effect() == Scope.Effect.DROP) {
      return; // "not opposed to" is no support; "not happy with" (FLIP) is opposition
    }
    if (scope.effect() == Scope.Effect.FLIP) {
      polarity = flip(polarity);
    }
    List<Range> targets = new ArrayList<>();
    int next = i + 1 < end && Targets.isQuoteMark(doc, i + 1) ? i + 2 : i + 1; // 'is "interested" in'
    while (next + 1 < end && doc.tag(next).startsWith("RB") && !doc.lemma(next).equals("not")
        && COMPLEMENTS.contains(doc.lemma(next + 1))) {
      next++; // "worried specifically about", "concerned mainly with"
    }
    Range vp = Intentions.infinitive(doc, next, end);
    if (vp != null) {
      if (cues.verb(doc, vp.start()).isPresent()) {
        return; // "is eager to back the plan", "ready to join": the embedded cue speaks for itself
      }
      targets.add(vp);
    } else if (Intentions.ONLY_BEFORE_TO.contains(word)) {
      return; // "the report was prepared by the ministry" is no readiness
    } else if (next < end && (COMPLEMENTS.contains(doc.lemma(next)) || doc.lemma(next).equals("in"))) {
      targets.addAll(Targets.objects(doc, next + 1, end)); // "interested in", "opposed to"
      Range act = targets.isEmpty() && doc.lemma(next).equals("to") ? Intentions.gerund(doc, next + 1, end) : null;
      if (act != null) {
        targets.add(act); // "is committed to keeping the mines open"
      }
    } else if (THAT_CLAUSE.contains(word)) {
      Range subject = Clauses.clauseSubject(doc, next, end);
      if (subject != null) {
        targets.add(subject);
      }
    }
    emit(in, i, i + 1, holder, targets, polarity, 0.85 * scope.certainty() * (holder.pronoun() ? 0.95 : 1.0), out);
  }

  static void emit(Input in, int cueStart, int cueEnd, Holder holder, List<Range> targets,
      Polarity polarity, double confidence, List<Stance> out) {
    ParsedDocument doc = in.doc();
    int sentence = doc.sentenceOf(cueStart);
    int end = doc.sentenceEnd(sentence);
    Mention cue = Mention.of(doc.text(), doc.span(cueStart, cueEnd));
    Mention evidence = Mention.of(doc.text(), doc.span(doc.sentenceStart(sentence), end));
    for (Range raw : targets) {
      Range t = Targets.clean(doc, raw, end);
      if (t == null) {
        continue;
      }
      Stance.Target target = Targets.link(doc, t, in.actors(), in.themes(), in.concepts());
      boolean linked = target.actor().isPresent() || target.theme().isPresent() || target.concept().isPresent();
      double c = Math.min(0.95, confidence + (linked ? 0.05 : 0.0));
      holder.stances(target, polarity, cue, evidence, round(c), out);
    }
  }

  private static double round(double c) {
    return Math.round(c * 100) / 100.0;
  }

  static Polarity flip(Polarity p) {
    return p == Polarity.FOR ? Polarity.AGAINST : Polarity.FOR;
  }
}
