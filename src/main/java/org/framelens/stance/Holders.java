package org.framelens.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;

/**
 * Who holds the stance a cue expresses: the subject of its clause (through "to" infinitives of
 * the same subject: "Iran wants to strengthen ties"), the possessor of an attitude noun ("Berg's
 * condemnation of"), the subject of a light verb ("voiced support for"), or, inside a quote, the
 * speaker where the words are theirs. Stateless; reads the per-document actors it is given.
 */
final class Holders {

  /**
   * A holder: who, as the text names them (each with the actor id, where the mention resolves to
   * one), whether they were read from a pronoun, and whether from a quote.
   */
  record Holder(List<Who> who, boolean pronoun, Stance.Source source) {

    /** The actor ids among the holders. */
    List<String> actors() {
      return who.stream().flatMap(w -> w.actor().stream()).toList();
    }

    /** One stance per holder; none by an actor toward itself. */
    void stances(Stance.Target target, Stance.Polarity polarity, Mention cue, Mention evidence, double confidence,
        List<Stance> out) {
      for (Who w : who) {
        if (w.actor().isEmpty() || !target.actor().equals(w.actor())) {
          out.add(new Stance(w.actor(), w.name(), w.mention(), target, polarity, cue, evidence, source, confidence));
        }
      }
    }
  }

  /**
   * One holder: the actor id (empty when the mention names no actor), the holder as the text names
   * them, and where (no mention for a speaker read from a registry or a byline).
   */
  record Who(Optional<String> actor, String name, Mention mention) {}

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  /** Verbs a gerund after them is not the object of: "was opposing", "has been backing", "got going". */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");
  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "become", "feel", "grow",
      "stay", "sound", "look");
  /**
   * Passive verbs whose "to" infinitive keeps the subject's own act: "is known to support", "is
   * expected to back" (unlike "was told to", "was asked to", where someone else wants it).
   */
  private static final Set<String> RAISING = Set.of("know", "expect", "believe", "think", "say", "report",
      "understand", "rumour", "rumor", "see", "consider", "set", "poise", "tip", "due", "prepare");
  /** Texts that take a stance for their authors with a verb of saying what they want or judge. */
  private static final Set<String> DOCUMENTS = Set.of("report", "statement", "resolution", "declaration",
      "communique", "communiqué", "editorial", "letter", "document", "plan", "programme", "program", "proposal",
      "accord", "agreement", "bill", "draft", "study", "survey", "commentary", "article", "memo", "petition",
      "manifesto", "platform", "motion", "ruling", "verdict", "judgment", "judgement", "package", "legislation",
      "initiative", "strategy", "policy");
  private static final Set<String> DOCUMENT_VERBS = Set.of("call", "urge", "accuse", "criticize", "criticise",
      "praise", "condemn", "denounce", "slam", "blame", "propose", "recommend", "demand", "reject", "welcome",
      "seek", "endorse", "advocate", "warn", "applaud", "commend",
      "attack", "question", "challenge", "dismiss", "deplore", "fault");
  /** Verbs whose object is an attitude noun held by their subject: "voiced support for". */
  private static final Set<String> LIGHT_VERBS = Set.of("express", "voice", "reiterate", "offer", "give", "lend",
      "show", "pledge", "declare", "announce", "signal", "repeat", "renew", "stress", "register", "air", "state",
      "make", "issue", "extend", "send", "convey", "have", "reaffirm", "underline", "emphasize", "emphasise");

  /** "made clear its determination", "made known its opposition": the light verb "make" with its complement first. */
  private static final Set<String> MADE_KNOWN = Set.of("clear", "known", "public", "plain");

  private Holders() {}

  /** The token whose subject is the cue's: the cue, or the verb its "to" infinitive depends on. */
  static int subjectVerb(ParsedDocument doc, int cue, int floor) {
    int at = cue;
    for (int depth = 0; depth < 3; depth++) {
      int j = at - 1;
      while (j >= floor && (doc.tag(j).startsWith("RB") || doc.tag(j).equals("``"))) {
        j--; // 'decided to "punish"': a scare quote around the verb
      }
      if (j >= floor && doc.tag(at).equals("VBG") && doc.tag(j).startsWith("VB") && !doc.tag(j).equals("VBG")
          && !AUXILIARIES.contains(doc.lemma(j))) {
        at = j; // "have denied backing the rebels", "kept criticizing": the gerund is the verb's subject's
        continue;
      }
      if ((doc.tag(at).equals("VBN") || doc.tag(at).equals("VBG")) && j - 1 >= floor
          && doc.tag(j).equals("VB") && (doc.lemma(j).equals("have") || doc.lemma(j).equals("be"))
          && doc.lemma(j - 1).equals("to")) {
        j--; // "seems to have decided to", "appears to be seeking": the perfect or progressive "to"
      }
      if (doc.tag(at).equals("VBG") && j - 1 >= floor && doc.lemma(j).equals("in")
          && (doc.tag(j - 1).startsWith("VB") || doc.tag(j - 1).startsWith("JJ")) && !doc.lemma(j - 1).equals("be")) {
        at = j - 1; // "was justified in demanding", "persisted in denying": the gerund is the subject's act
        continue;
      }
      if (j - 1 < floor || !doc.lemma(j).equals("to")) {
        return at;
      }
      int governor = j - 1;
      while (governor >= floor && (doc.tag(governor).startsWith("RB") || doc.tag(governor).equals("RP")
          || Phrases.isDay(doc.word(governor)))) {
        governor--; // "promised Monday to", "decided yesterday to"
      }
      if (governor >= floor && !(doc.tag(governor).startsWith("VB") || doc.tag(governor).startsWith("JJ"))) {
        governor = SubjectExtent.purposeOf(doc, j - 1, floor); // "rallied in the capital on Sunday to demand"
      }
      if (governor < floor || !(doc.tag(governor).startsWith("VB") || doc.tag(governor).startsWith("JJ"))) {
        return -1; // "urged Berlin to lift": someone else's wanted act
      }
      if (passive(doc, governor, floor) && !RAISING.contains(doc.lemma(governor))) {
        return -1; // "they were told to seek": someone else wants it of them
      }
      boolean infinitive = doc.tag(at).equals("VB");
      at = governor;
      int copula = at - 1;
      while (copula >= floor && doc.tag(copula).startsWith("RB")) {
        copula--;
      }
      // only before an infinitive: "remains committed to defending" is the adjective's own stance
      if (infinitive && copula >= floor && (doc.tag(at).startsWith("JJ") || doc.tag(at).equals("VBN")) && doc.tag(copula).startsWith("VB")
          && COPULAS.contains(doc.lemma(copula)) && !doc.lemma(copula).equals("be")) {
        at = copula; // "seems determined to block", "feels compelled to reject": the linking verb has the subject
      }
    }
    return at;
  }

  /** A past participle after a form of "be" or "get", or before an agent: "was welcomed", "a leader favored by". */
  static boolean passive(ParsedDocument doc, int verb, int floor) {
    if (!doc.tag(verb).equals("VBN")) {
      return false;
    }
    for (int j = verb - 1; j >= floor && j >= verb - 4; j--) {
      String lemma = doc.lemma(j);
      if (lemma.equals("have")) {
        return false;
      }
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!(doc.tag(j).startsWith("RB") || doc.tag(j).equals("MD") || doc.tag(j).startsWith("VB")
          || doc.tag(j).equals("``") || doc.tag(j).equals("''"))) {
        break;
      }
    }
    // no auxiliary: a reduced relative ("a leader favored by") only where an agent follows; else
    // the tagger's VBN for a past tense ("Vos accused Moldavia")
    int k = verb + 1;
    while (k < doc.size() && doc.tag(k).startsWith("RB")) {
      k++;
    }
    // "a charity accused of funding rebels": the active verb would have its object first
    return k < doc.size() && (doc.lemma(k).equals("by") || doc.tag(k).equals("IN") && !doc.lemma(k).equals("that")
        && verb > 0 && doc.tag(verb - 1).startsWith("NN"));
  }

  /** The holder of a predicate at {@code verb} (a verb, or an adjective after a copula). */
  static Holder ofPredicate(ParsedDocument doc, int verb, int[] quoteOf, List<Quote> quotes, DocumentActors actors) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(verb));
    int q = quoteOf[verb];
    int floor = q < 0 ? sentenceStart : quoteStart(quoteOf, verb);
    int head = subjectVerb(doc, verb, floor);
    if (head < 0) {
      Range forSubject = Subjects.forSubject(doc, verb, floor);
      if (forSubject == null) {
        return ofIntentNoun(doc, verb, floor, quoteOf, quotes, actors);
      }
      return reported(doc, forSubject, actors);
    }
    Range accused = Subjects.accusedOf(doc, head, floor);
    if (accused != null) {
      return reported(doc, accused, actors);
    }
    head = Subjects.passiveAccusing(doc, head, floor);
    if (q >= 0) {
      Holder outside = floor - sentenceStart > 1 ? subjectOutside(doc, verb, floor, sentenceStart, quoteOf, actors) : null;
      return outside != null ? outside : speakersOwning(doc, head, floor, quotes.get(q), actors);
    }
    Range subject = Subjects.of(doc, head, sentenceStart, k -> quoteOf[k] >= 0);
    if (subject != null && Phrases.isRelativePronoun(doc, subject)) {
      subject = Subjects.antecedent(doc, subject.start(), sentenceStart);
      subject = SubjectExtent.pastAgent(doc, subject, sentenceStart);
    }
    Holder holder = reported(doc, subject, actors);
    if (holder == null && subject != null && speaksFor(doc, verb) && DOCUMENTS.contains(doc.lemma(subject.end() - 1))) {
      // "The audit report accuses the agency of", "the new plan calls for": a text speaks for its authors
      Mention mention = Mention.of(doc.text(), doc.span(subject.start(), subject.end()));
      holder = new Holder(List.of(new Who(Optional.empty(), mention.text(), mention)), false, Stance.Source.REPORTED);
    }
    return holder;
  }

  /** Nouns of a resolve whose "to" infinitive is their holder's own act: "the decision to reject". */
  private static final Set<String> RESOLVE_NOUNS = Set.of("decision", "plan", "intention", "determination", "bid",
      "attempt", "effort", "commitment", "pledge", "promise", "readiness", "willingness", "desire", "wish",
      "resolve", "vow", "offer", "move", "resolution", "campaign", "drive", "push", "efforts", "attempts", "plans");

  /**
   * "the Senate's decision to reject", "Norway's bid to join", "the EU plan to curb": the holder
   * of the resolve noun the infinitive depends on (its possessor or named modifier) acts; else null.
   */
  private static Holder ofIntentNoun(ParsedDocument doc, int verb, int floor, int[] quoteOf, List<Quote> quotes,
      DocumentActors actors) {
    int to = verb - 1;
    while (to >= floor && doc.tag(to).startsWith("RB")) {
      to--;
    }
    int noun = to - 1;
    if (noun < floor || !doc.lemma(to).equals("to") || !doc.tag(noun).startsWith("NN")
        || !RESOLVE_NOUNS.contains(doc.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    Range phrase = Phrases.nounPhraseEndingAt(doc, noun, floor);
    if (phrase == null) {
      return null;
    }
    for (int k = noun - 1; k >= phrase.start(); k--) {
      if (doc.tag(k).equals("POS") || doc.tag(k).equals("PRP$")) {
        return ofNoun(doc, noun, phrase.start(), quoteOf, quotes, actors);
      }
    }
    int last = noun - 1;
    while (last >= phrase.start() && !doc.tag(last).startsWith("NNP")) {
      last--; // "the EU's new plan": the named modifier, past adjectives
    }
    int first = last;
    while (first - 1 >= phrase.start() && doc.tag(first - 1).startsWith("NNP")) {
      first--;
    }
    return last < phrase.start() ? null : reported(doc, new Range(first, last + 1), actors);
  }

  /**
   * A quote that opens inside the writer's sentence, with the verb's subject before it: "the
   * council has vowed to "fight" the levy", "Lund said Oslo would "never accept the quota"". The
   * quote marks words, not a speaker of the clause: its subject holds, as the writer reports it.
   */
  private static Holder subjectOutside(ParsedDocument doc, int verb, int quoteStart, int sentenceStart, int[] quoteOf,
      DocumentActors actors) {
    int head = subjectVerb(doc, verb, sentenceStart);
    if (head < 0) {
      return null;
    }
    int q = quoteOf[verb];
    Range subject = Subjects.of(doc, head, sentenceStart, k -> quoteOf[k] >= 0 && quoteOf[k] != q);
    if (subject != null && Phrases.isRelativePronoun(doc, subject)) {
      subject = Subjects.antecedent(doc, subject.start(), sentenceStart);
    }
    return subject != null && subject.end() <= quoteStart ? reported(doc, subject, actors) : null;
  }

  /** A verb a text takes a stance with: "accuses", "urges", "calls for" (not "a plan called X"). */
  private static boolean speaksFor(ParsedDocument doc, int verb) {
    String lemma = doc.lemma(verb);
    if (lemma.equals("call")) {
      return verb + 1 < doc.size() && (doc.lemma(verb + 1).equals("for") || doc.lemma(verb + 1).equals("on"));
    }
    return DOCUMENT_VERBS.contains(lemma);
  }

  /** The holder of an adjective: the subject of the copula before it ("X is opposed to"), else none. */
  static Holder ofAdjective(ParsedDocument doc, int adjective, int[] quoteOf, List<Quote> quotes,
      DocumentActors actors) {
    int j = copulaBefore(doc, adjective);
    return j < 0 ? null : ofPredicate(doc, j, quoteOf, quotes, actors);
  }

  static boolean afterCopula(ParsedDocument doc, int adjective) {
    return copulaBefore(doc, adjective) >= 0;
  }

  /**
   * Participles of feeling whose subject feels whatever follows: "worried by the plan" is the
   * subject's worry, not the plan's act.
   */
  private static final Set<String> FEELINGS = Set.of("worry", "concern", "alarm", "anger", "disappoint", "dismay",
      "encourage", "hearten", "outrage", "frustrate", "trouble", "disturb", "upset", "please", "delight",
      "satisfy", "impress", "shock", "surprise", "annoy", "irritate", "offend", "scare", "frighten", "relieve",
      "reassure", "embarrass", "bother", "puzzle", "confuse", "inspire", "move", "touch", "sadden",
      "appal", "appall", "horrify", "infuriate", "enrage", "gratify", "thrill", "excite", "interest");

  /**
   * "was opposed by the union": a participle before its agent is a passive verb, never the
   * adjective, unless it names a feeling ("worried by").
   */
  static boolean beforeAgent(ParsedDocument doc, int participle) {
    if (!doc.tag(participle).equals("VBN") || FEELINGS.contains(doc.lemma(participle))) {
      return false;
    }
    int k = participle + 1;
    while (k < doc.size() && doc.tag(k).startsWith("RB")) {
      k++;
    }
    return k + 1 < doc.size() && doc.lemma(k).equals("by") && !doc.tag(k + 1).equals("VBG");
  }

  private static int copulaBefore(ParsedDocument doc, int adjective) {
    int j = adjective - 1;
    int start = doc.sentenceStart(doc.sentenceOf(adjective));
    while (j >= start && (doc.tag(j).startsWith("RB") || doc.word(j).equals("so") || doc.word(j).equals("very")
        || doc.tag(j).equals("``") || doc.tag(j).equals("''"))) {
      j--; // 'is "interested" in': a scare quote around the adjective
    }
    return j >= start && doc.tag(j).startsWith("VB") && COPULAS.contains(doc.lemma(j)) ? j : -1;
  }

  /**
   * The holder of an attitude noun whose phrase starts at {@code phraseStart}: a possessor
   * ("Berg's condemnation", "its support"), the subject of a light verb before it, or inside a
   * quote "our support" for the speaker.
   */
  static Holder ofNoun(ParsedDocument doc, int noun, int phraseStart, int[] quoteOf, List<Quote> quotes,
      DocumentActors actors) {
    int start = doc.sentenceStart(doc.sentenceOf(noun));
    for (int k = noun - 1; k >= phraseStart; k--) {
      if (doc.tag(k).equals("POS")) {
        Range owner = Phrases.nounPhraseEndingAt(doc, k - 1, start);
        return owner == null ? null : reported(doc, owner, actors);
      }
      if (doc.tag(k).equals("PRP$")) {
        String w = doc.word(k).toLowerCase(java.util.Locale.ROOT);
        if ((w.equals("our") || w.equals("my")) && quoteOf[noun] >= 0) {
          return speakersOf(quotes.get(quoteOf[noun]));
        }
        if (w.equals("our") || w.equals("my") || w.equals("your")) {
          return null;
        }
        // "Norway declared its intention": the light verb's named subject is whom "its" stands for
        Holder subject = lightVerbSubject(doc, phraseStart, quoteOf, quotes, actors);
        if (subject != null && !subject.pronoun()) {
          return subject;
        }
        Holder possessor = reported(doc, new Range(k, k + 1), actors);
        return possessor != null ? possessor : subject; // "farmers voiced their worry": "their" names no one
      }
    }
    return lightVerbSubject(doc, phraseStart, quoteOf, quotes, actors);
  }

  /** The subject of a light verb right before an attitude noun's phrase ("voiced support", "made clear its"), or null. */
  private static Holder lightVerbSubject(ParsedDocument doc, int phraseStart, int[] quoteOf, List<Quote> quotes,
      DocumentActors actors) {
    int start = doc.sentenceStart(doc.sentenceOf(phraseStart));
    int v = phraseStart - 1;
    while (v >= start && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("``"))) {
      v--; // 'expressed "satisfaction" over'
    }
    if (v > start && MADE_KNOWN.contains(doc.lemma(v)) && doc.lemma(v - 1).equals("make")) {
      v--; // "made clear its determination to"
    }
    if (v > start && doc.lemma(v).equals("with") && doc.tag(v - 1).startsWith("VB") && !passive(doc, v - 1, start)
        && !COPULAS.contains(doc.lemma(v - 1))) {
      return ofPredicate(doc, v - 1, quoteOf, quotes, actors); // "noted with concern that", "watched with alarm"
    }
    if (v >= start && doc.tag(v).startsWith("VB") && LIGHT_VERBS.contains(doc.lemma(v))) {
      return ofPredicate(doc, v, quoteOf, quotes, actors);
    }
    return null;
  }

  /** The holder named by a phrase itself ("critics of the plan", "Kurdish opponents of the deal"). */
  static Holder ofPhrase(ParsedDocument doc, Range phrase, DocumentActors actors) {
    return reported(doc, phrase, actors);
  }

  /**
   * The holder a subject phrase names: the actors it resolves to, or, where it names someone no
   * actor stands for (a pronoun without antecedent, "the widow", "protesters"), the mention alone.
   */
  private static Holder reported(ParsedDocument doc, Range subject, DocumentActors actors) {
    if (subject == null) {
      return null;
    }
    boolean possessive = subject.length() == 1 && doc.tag(subject.start()).equals("PRP$");
    if (!possessive && !actors.isAgent(subject) && !someone(doc, subject) && !Subjects.people(doc, subject)) {
      return null; // "the deal expands collaboration" is no one's stance
    }
    List<String> ids = actors.resolveActors(subject);
    if (ids.size() > 3 && !coordinated(doc, subject)) {
      return null; // "her colleagues", "all these people": a group no one in the text is named for
    }
    boolean pronoun = subject.length() == 1 && doc.tag(subject.start()).startsWith("PRP");
    if (possessive && (ids.isEmpty() || ids.size() == 1 && ids.get(0).equals(doc.word(subject.start()).toLowerCase(java.util.Locale.ROOT)))) {
      return null; // "their approval" with no one "their" stands for
    }
    Mention mention = Mention.of(doc.text(), doc.span(subject.start(), subject.end()));
    List<Who> who = ids.isEmpty() ? List.of(new Who(Optional.empty(), mention.text(), mention))
        : ids.stream().map(id -> new Who(Optional.of(id), mention.text(), mention)).toList();
    return new Holder(who, pronoun, Stance.Source.REPORTED);
  }

  /**
   * A subject that is someone though no actor is named: "it" (a state, a party, a body: "it
   * demanded that the clause be deleted") or a common noun for people ("the widow", "protesters").
   */
  private static boolean someone(ParsedDocument doc, Range subject) {
    int head = subject.end() - 1;
    if (subject.length() == 1 && doc.lemma(head).equals("it")) {
      return true;
    }
    return doc.tag(head).startsWith("NN") && !doc.tag(head).startsWith("NNP") && Animacy.animate(doc.word(head), doc.lemma(head));
  }

  private static boolean coordinated(ParsedDocument doc, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (doc.lemma(i).equals("and") || doc.word(i).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static int quoteStart(int[] quoteOf, int token) {
    int s = token;
    while (s > 0 && quoteOf[s - 1] == quoteOf[token]) {
      s--;
    }
    return s;
  }

  /** The speakers of a quote, resolved or not; null for a quote nobody was found to have said. */
  static Holder speakersOf(Quote quote) {
    List<Who> who = new ArrayList<>();
    for (Speaker s : quote.speakers()) {
      who.add(new Who(s.actor(), s.mention() == null ? s.name() : s.mention().text(), s.mention()));
    }
    return who.isEmpty() ? null : new Holder(who, false, Stance.Source.QUOTE);
  }

  /** Inside a quote, the speakers hold the stance when the verb's subject is theirs or there is none. */
  private static Holder speakersOwning(ParsedDocument doc, int verb, int quoteStart, Quote quote,
      DocumentActors actors) {
    Holder speakers = speakersOf(quote);
    Range subject = Phrases.subjectOf(doc, verb, quoteStart);
    boolean firstPerson = subject != null && subject.length() == 1 && FIRST_PERSON.contains(doc.lemma(subject.start()));
    if (speakers == null) {
      // a quote nobody was found to have said: "we" still holds what it says, though no actor is named
      return firstPerson ? reported(doc, subject, actors) : null;
    }
    if (subject == null || firstPerson) {
      return speakers;
    }
    Optional<String> named = actors.named(subject);
    if (named.isPresent() && speakers.actors().contains(named.get())) {
      return speakers;
    }
    // "The council can support us," she said: the speaker reports the council's stance
    Holder third = reported(doc, subject, actors);
    return third == null ? null : new Holder(third.who(), third.pronoun(), Stance.Source.QUOTE);
  }
}
