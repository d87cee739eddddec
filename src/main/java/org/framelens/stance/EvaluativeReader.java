package org.framelens.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.quote.Quote;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.OpinionWords.Opinion;
import org.framelens.stance.Stance.Polarity;

/**
 * Evaluative language in attributed words: inside a quote or the content of reported speech, an
 * opinion word judges what it is said of. "The election was a fraud," the leader said: against
 * the election. "the illegitimate Nadiri government" judges that actor; "the regime has destroyed
 * the economy" judges the regime (the doer of a bad deed). "X called Y a threat" judges Y. Only the
 * speaker's own judgment counts, so nothing is read in the writer's voice. Measured on MPQA, an
 * opinion noun or an adjective before a common noun judges its own phrase too loosely to count
 * (about a third agree with the annotators), so those are left out. Stateless.
 */
final class EvaluativeReader {

  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "become", "look", "sound",
      "prove");
  private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "label", "brand", "term", "dub",
      "denounce", "characterize", "characterise", "consider", "regard", "see", "view", "deem", "portray", "depict",
      "paint", "declare", "pronounce", "judge", "designate", "classify", "categorize", "categorise");
  /** Verbs whose object is the doer's deed: "committed atrocities", "sowed chaos", "achieved a breakthrough". */
  private static final Set<String> DEED_VERBS = Set.of("commit", "perpetrate", "cause", "wage", "unleash", "sow",
      "spread", "inflict", "provoke", "incite", "foment", "achieve", "accomplish");
  private static final Set<String> VAGUE_SUBJECTS = Set.of("it", "this", "that", "there", "which", "what", "these",
      "who", "whom", "whoever", "someone", "something", "everyone", "anyone", "nobody", "one",
      "those", "they", "he", "she", "we", "i", "you");

  /** Prepositions that front a place or group before an inverted copula. */
  private static final Set<String> INVERTING = Set.of("among", "in", "on", "at", "with", "from", "behind", "beyond",
      "under", "within", "inside", "outside", "near");

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  private EvaluativeReader() {}

  static void read(StanceReader.Input in, List<Stance> out) {
    ParsedDocument doc = in.doc();
    Set<String> seen = new HashSet<>();
    for (Stance s : out) {
      seen.add(s.holder() + "@" + s.target().start());
    }
    for (Opinion o : in.opinions()) {
      int w = doc.tokenAtOrAfter(o.start());
      if (w >= doc.size()) {
        continue;
      }
      if (o.weight() < 1) {
        continue; // weak words ("good", "crisis") judge too little to read a stance from
      }
      int sentence = doc.sentenceOf(w);
      if (nameWord(doc, w)) {
        continue; // part of a name: "the Democratic Republic", "Democratic candidate Ames", "Fair Isle"
      }
      Voices.Voice voice = Voices.of(in, w);
      Holder holder = voice == null ? null : voice.holder();
      int floor = voice == null ? doc.sentenceStart(sentence) : voice.floor();
      int end = voice == null ? doc.sentenceEnd(sentence) : voice.end();
      Range target;
      Range[] relative = namedInRelative(in, w, doc.sentenceStart(sentence));
      Holder namer = relative == null ? null : Holders.ofPhrase(doc, relative[0], in.actors());
      if (namer != null) {
        // "the vote, which observers called a farce": the namer's judgment, even inside someone's report
        holder = namer;
        target = relative[1];
      } else if (holder == null) {
        // "Olsen called the blockade a threat": the namer judges what is named
        int verb = namingVerb(doc, w, floor);
        holder = verb < 0 ? null : Holders.ofPredicate(doc, verb, in.quoteOf(), in.quotes(), in.actors());
        target = holder == null ? null : namedAs(doc, beforeNamed(doc, w, floor), floor);
        if (holder == null) {
          Range[] passive = namedByAgent(in, w, floor, end);
          if (passive != null) {
            holder = Holders.ofPhrase(doc, passive[0], in.actors());
            target = passive[1];
          }
        }
      } else if (scare(doc, o)) {
        // "its so-called war on terror": the speaker disowns the name of what follows, named or not
        target = Phrases.nounPhraseStartingAt(doc, doc.tokenAtOrAfter(o.end()), end);
      } else {
        target = targetOf(doc, w, floor, end, in.actors());
      }
      if ((target == null || demonstrative(doc, target)) && in.quoteOf()[w] >= 0 && predicative(doc, w, floor)) {
        Range of = saidOf(in, w); // "This is a disgrace," Smith said of the ruling.
        target = of != null ? of : target;
      }
      if (target == null) {
        continue;
      }
      Range clean = Targets.clean(doc, target, end);
      if (clean == null || clean.length() > 12) {
        continue;
      }
      Polarity polarity = o.negated() ? flip(o.polarity()) : o.polarity();
      double confidence = (holder.source() == Stance.Source.QUOTE ? 0.55 : 0.65) * (o.weight() < 1 ? 0.85 : 1.0)
          * (o.negated() ? 0.8 : 1.0);
      Stance.Target t = Targets.link(doc, clean, in.actors(), in.themes(), in.concepts());
      Mention cue = new Mention(doc.text().substring(o.start(), o.end()), o.start(), o.end());
      Mention evidence = Mention.of(doc.text(), doc.span(doc.sentenceStart(sentence), doc.sentenceEnd(sentence)));
      List<Stance> read = new ArrayList<>();
      holder.stances(t, polarity, cue, evidence, Math.round(confidence * 100) / 100.0, read);
      for (Stance s : read) {
        if (seen.add(s.holder() + "@" + t.start())) {
          out.add(s);
        }
      }
    }
  }

  /**
   * A proper noun, or a capitalised word inside its sentence that opens neither the sentence nor a
   * quote: a party, a state or a name ("Democratic", "Free", "Justice"), not a judgment.
   */
  private static boolean nameWord(ParsedDocument doc, int w) {
    int first = doc.sentenceStart(doc.sentenceOf(w));
    if (w == first) {
      return false;
    }
    if (doc.tag(w).startsWith("NNP")) {
      return true;
    }
    String word = doc.word(w);
    String before = doc.tag(w - 1);
    return Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && !before.equals("``") && !before.equals("-LRB-") && !before.equals(":");
  }

  private static final Set<String> SCARE_MODIFIERS = Set.of("socalled", "selfstyled", "selfproclaimed");

  /** "so-called", "self-styled", "self-proclaimed", however CoreNLP split the hyphen. */
  private static boolean scare(ParsedDocument doc, Opinion o) {
    String word = doc.text().substring(o.start(), o.end()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    return SCARE_MODIFIERS.contains(word);
  }

  /** What the opinion word at {@code w} is said of, or null when that is unclear. */
  private static Range targetOf(ParsedDocument doc, int w, int floor, int end, DocumentActors actors) {
    String tag = doc.tag(w);
    // "X is (a) disgrace / illegitimate": the copula's subject
    int j = w - 1;
    while (j >= floor && (doc.tag(j).startsWith("RB") || doc.tag(j).equals("DT") || doc.tag(j).startsWith("JJ")
        || doc.tag(j).equals("``") || doc.tag(j).equals("''"))) {
      j--;
    }
    if (j >= floor && doc.tag(j).startsWith("VB") && COPULAS.contains(doc.lemma(j))
        && (tag.startsWith("JJ") || tag.startsWith("NN"))) {
      Range subject = Phrases.subjectOf(doc, j, floor);
      if (subject == null) {
        return demonstrative(doc, j, floor); // the speaker's "this" is what is being talked about
      }
      if (subject.start() - 1 >= floor && INVERTING.contains(doc.lemma(subject.start() - 1))) {
        return null; // "Among the victims are innocent farmers": the phrase before the copula is no subject
      }
      if (subject.length() == 1 && doc.lemma(subject.start()).equals("it") && !extraposed(doc, w, end)) {
        return subject; // "It is a disgrace": what the speaker talks about, not "it is wrong to ..."
      }
      return VAGUE_SUBJECTS.contains(doc.lemma(subject.end() - 1)) ? null : subject;
    }
    // "called the plan a threat", "described the vote as a farce"
    Range named = namedAs(doc, beforeNamed(doc, w, floor), doc.sentenceStart(doc.sentenceOf(w)));
    if (named != null) {
      return named;
    }
    if (tag.startsWith("JJ")) {
      int head = w + 1;
      while (head < end && (doc.tag(head).startsWith("JJ") || doc.tag(head).equals(",") || doc.tag(head).equals("CC"))) {
        head++;
      }
      if (head >= end || !doc.tag(head).startsWith("NN")) {
        return null;
      }
      // "the illegitimate Smith government": only where the judged thing is a named actor; an
      // evaluative adjective before a common noun ("illegal practices") is as often description
      Range np = Phrases.nounPhraseStartingAt(doc, w, end);
      return np == null || actors.named(np).isEmpty() ? null : new Range(phraseStart(doc, w, floor), np.end());
    }
    if (tag.startsWith("NN")) {
      // "the regime committed atrocities", "they have sown chaos": the doer of the deed
      int verb = j;
      while (verb >= floor && (doc.tag(verb).startsWith("NN") || doc.tag(verb).equals("PRP$") || doc.tag(verb).equals("CD"))) {
        verb--;
      }
      if (verb >= floor && doc.tag(verb).startsWith("VB") && DEED_VERBS.contains(doc.lemma(verb))
          && (!doc.tag(verb).equals("VBN") || perfect(doc, verb, floor))) {
        return doer(doc, verb, floor, actors);
      }
      return null;
    }
    if (tag.startsWith("VB") && (!tag.equals("VBN") || perfect(doc, w, floor))) {
      // "the regime has destroyed the economy": the doer of the deed
      return doer(doc, w, floor, actors);
    }
    return null;
  }

  /** "It is unfair to ...", "it is a shame that ...", "it is bad for X to ...": "it" stands for what follows. */
  private static boolean extraposed(ParsedDocument doc, int w, int end) {
    for (int k = w + 1; k < end && !doc.word(k).equals(",") && !doc.word(k).equals(";"); k++) {
      if (Set.of("to", "that", "for", "if", "when", "whether", "how").contains(doc.lemma(k)) || doc.tag(k).startsWith("W")) {
        return true;
      }
    }
    return false;
  }

  private static boolean demonstrative(ParsedDocument doc, Range r) {
    return r.length() == 1 && DEMONSTRATIVES.contains(doc.lemma(r.start()));
  }

  /** "This is unacceptable", "that would not be fair": a demonstrative standing alone as the copula's subject. */
  private static Range demonstrative(ParsedDocument doc, int copula, int floor) {
    int k = copula - 1;
    while (k >= floor && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("MD") || doc.tag(k).equals("``"))) {
      k--;
    }
    return k >= floor && doc.tag(k).equals("DT") && DEMONSTRATIVES.contains(doc.lemma(k))
        ? new Range(k, k + 1) : null;
  }

  /** The named or animate subject of a deed verb, not a bare pronoun. */
  private static Range doer(ParsedDocument doc, int verb, int floor, DocumentActors actors) {
    Range subject = Phrases.subjectOf(doc, verb, floor);
    if (subject == null || !actors.isAgent(subject) || subject.length() == 1 && doc.tag(subject.start()).startsWith("PRP")) {
      return null;
    }
    return subject;
  }

  /** "has violated", "have repeatedly betrayed": a perfect, not a passive participle. */
  private static boolean perfect(ParsedDocument doc, int w, int floor) {
    int j = w - 1;
    while (j >= floor && doc.tag(j).startsWith("RB")) {
      j--;
    }
    return j >= floor && doc.lemma(j).equals("have");
  }

  private static int beforeWord(ParsedDocument doc, int w, int floor) {
    int j = w - 1;
    while (j >= floor && (doc.tag(j).startsWith("RB") || doc.tag(j).equals("DT") || doc.tag(j).startsWith("JJ")
        || doc.tag(j).equals("``") || doc.tag(j).equals("''"))) {
      j--;
    }
    return j;
  }

  /**
   * Before the head of a naming's complement: {@link #beforeWord}, and also past the nouns that
   * modify the head ("as human rights violations") and past a plain head that the evaluative
   * noun completes with "of" ("as an act of aggression", "as a symbol of hope"). Only a word that
   * ends its noun phrase counts, so "rights" in "rights violations" names nothing.
   */
  static int beforeNamed(ParsedDocument doc, int w, int floor) {
    int j = beforeWord(doc, w, floor);
    if (!doc.tag(w).startsWith("NN") || w + 1 < doc.size() && doc.tag(w + 1).startsWith("NN")) {
      return j;
    }
    int k = w - 1;
    boolean compound = false;
    while (k >= floor && (doc.tag(k).equals("NN") || doc.tag(k).equals("NNS") || doc.tag(k).startsWith("JJ"))) {
      compound |= doc.tag(k).startsWith("NN");
      k--;
    }
    if (compound) {
      return beforeWord(doc, k + 1, floor);
    }
    if (j - 1 >= floor && doc.lemma(j).equals("of") && OF_HEADS.contains(doc.lemma(j - 1))) {
      return beforeWord(doc, j - 1, floor);
    }
    return j;
  }

  /** Heads that take their judgment from their "of" complement: "an act of war", "a source of pride". */
  private static final Set<String> OF_HEADS = Set.of("act", "man", "woman", "symbol", "source", "mother", "father",
      "hotbed", "sponsor", "example", "case", "form", "kind", "sort", "model", "beacon", "bastion", "haven", "instance",
      "epitome", "champion", "voice", "cradle", "nest", "den");

  private static int namingVerb(ParsedDocument doc, int w, int floor) {
    Range named = namedAs(doc, beforeNamed(doc, w, floor), floor);
    return named == null ? -1 : named.start() - 1;
  }

  private static boolean predicative(ParsedDocument doc, int w, int floor) {
    int j = w - 1;
    while (j >= floor && (doc.tag(j).startsWith("RB") || doc.tag(j).equals("DT") || doc.tag(j).startsWith("JJ"))) {
      j--;
    }
    return j >= floor && doc.tag(j).startsWith("VB") && COPULAS.contains(doc.lemma(j));
  }

  /** What the speaker said a quote "of": "said of the ruling" right after the quote. */
  private static Range saidOf(StanceReader.Input in, int w) {
    ParsedDocument doc = in.doc();
    int q = in.quoteOf()[w];
    int k = w;
    while (k < doc.size() && in.quoteOf()[k] == q) {
      k++;
    }
    for (int limit = Math.min(doc.size() - 2, k + 8); k < limit; k++) {
      if (doc.tag(k).startsWith("VB") && Set.of("say", "write", "add", "tell", "remark").contains(doc.lemma(k))) {
        int of = k + 1;
        while (of < doc.size() && in.quoteOf()[of] < 0 && !doc.lemma(of).equals("of") && of < k + 4
            && (doc.tag(of).startsWith("NN") || doc.tag(of).startsWith("RB") || doc.tag(of).equals("PRP"))) {
          of++;
        }
        if (of + 1 < doc.size() && doc.lemma(of).equals("of")) {
          return Phrases.nounPhraseStartingAt(doc, of + 1, doc.sentenceEnd(doc.sentenceOf(of)));
        }
        return null;
      }
    }
    return null;
  }

  /**
   * A passive naming with its agent: "the vote was described as a farce by observers", "groups
   * designated as terrorist by the State Department". Returns {agent, what is named} or null.
   */
  private static Range[] namedByAgent(StanceReader.Input in, int w, int floor, int end) {
    ParsedDocument doc = in.doc();
    int k = beforeNamed(doc, w, floor);
    if (k >= floor && doc.lemma(k).equals("as")) {
      k--;
    }
    if (k < floor || !doc.tag(k).equals("VBN") || !NAMING_VERBS.contains(doc.lemma(k))) {
      return null;
    }
    int by = w + 1;
    while (by < end && by < w + 4 && !doc.lemma(by).equals("by")) {
      by++;
    }
    if (by + 1 >= end || !doc.lemma(by).equals("by")) {
      return null;
    }
    Range agent = Phrases.nounPhraseStartingAt(doc, by + 1, end);
    int b = k - 1;
    while (b >= floor && doc.tag(b).startsWith("RB")) {
      b--;
    }
    Range named = b >= floor && doc.lemma(b).equals("be") ? Phrases.subjectOf(doc, b, floor)
        : Phrases.nounPhraseEndingAt(doc, b, floor); // "groups designated as terrorist by ..."
    if (agent == null || named == null || !in.actors().isAgent(agent)) {
      return null;
    }
    return new Range[] {agent, named};
  }

  /**
   * A naming in an object relative: "the vote, which observers called a farce", "elections most
   * observers denounced as rigged". Returns {namer, what is named} or null.
   */
  private static Range[] namedInRelative(StanceReader.Input in, int w, int floor) {
    ParsedDocument doc = in.doc();
    int k = beforeNamed(doc, w, floor);
    if (k >= floor && doc.lemma(k).equals("as")) {
      k--;
    }
    if (k <= floor || !NAMING_VERBS.contains(doc.lemma(k)) || !Set.of("VBD", "VBP", "VBZ").contains(doc.tag(k))) {
      return null;
    }
    Range namer = Phrases.subjectOf(doc, k, floor);
    if (namer == null || !in.actors().isAgent(namer) || namer.start() - 1 < floor) {
      return null;
    }
    int b = namer.start() - 1;
    if (Set.of("which", "that").contains(doc.lemma(b))) {
      b--;
    }
    if (b >= floor && doc.word(b).equals(",")) {
      b--;
    }
    Range named = b >= floor && doc.tag(b).startsWith("NN") ? Phrases.nounPhraseEndingAt(doc, b, floor) : null;
    return named == null ? null : new Range[] {namer, named};
  }

  /** Before an evaluative word at j+1..: "called the plan (a)", "described the vote as". */
  private static Range namedAs(ParsedDocument doc, int j, int floor) {
    int k = j;
    if (k >= floor && doc.lemma(k).equals("as")) {
      k--;
    }
    if (k < floor) {
      return null;
    }
    if (doc.word(k).equals(",") || doc.tag(k).equals("CC")) {
      return namedInList(doc, k, floor);
    }
    Range np = Phrases.nounPhraseEndingAt(doc, k, floor);
    if (np == null || np.start() - 1 < floor) {
      return null;
    }
    int verb = np.start() - 1;
    return doc.tag(verb).startsWith("VB") && NAMING_VERBS.contains(doc.lemma(verb)) ? np : null;
  }

  /** A later item of a naming list: "called the vote a sham, a farce and an insult" names the vote each time. */
  private static Range namedInList(ParsedDocument doc, int k, int floor) {
    for (int v = k - 1; v >= Math.max(floor, k - 20); v--) {
      String tag = doc.tag(v);
      if (tag.startsWith("VB") || tag.equals("MD") || doc.word(v).equals(";") || doc.word(v).equals(":")) {
        if (!tag.startsWith("VB") || !NAMING_VERBS.contains(doc.lemma(v)) || doc.word(v).equalsIgnoreCase("regarding")) {
          return null; // "regarding" is a preposition
        }
        Range object = Phrases.nounPhraseStartingAt(doc, v + 1, k);
        return object != null && object.end() < k ? object : null;
      }
    }
    return null;
  }

  private static int phraseStart(ParsedDocument doc, int w, int floor) {
    int s = w;
    while (s - 1 >= floor && (doc.tag(s - 1).equals("DT") || doc.tag(s - 1).equals("PRP$") || doc.tag(s - 1).startsWith("RB")
        || doc.tag(s - 1).startsWith("JJ") || doc.tag(s - 1).equals("POS") || doc.tag(s - 1).startsWith("NNP"))) {
      s--;
    }
    while (s < w && doc.tag(s).startsWith("RB")) {
      s++;
    }
    return s;
  }

  private static Polarity flip(Polarity p) {
    return p == Polarity.FOR ? Polarity.AGAINST : Polarity.FOR;
  }
}
