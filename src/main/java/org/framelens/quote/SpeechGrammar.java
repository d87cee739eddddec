package org.framelens.quote;

import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * The grammar of speech-event sentences in one document, read off tokens and POS tags: whether a
 * token is a speech verb that reports an act of speech, whether it is passive, its subject, its
 * "by" agent, the possessor of a speech noun. Tokens inside quote marks are never part of a subject.
 * Immutable; one per document.
 */
final class SpeechGrammar {

  private static final Set<String> SPEECH_NOUNS = Set.of("rhetoric", "word", "statement", "remark", "comment",
      "language", "message", "phrase", "slogan", "claim", "description", "assessment", "argument", "warning",
      "promise", "pledge", "vow", "motto", "tweet", "post", "letter", "speech", "address", "testimony",
      "interview", "mantra", "refrain", "catchphrase", "term", "characterization", "view", "position", "call");

  private final ParsedDocument doc;
  private final int[] quoteOf;
  private final SpeechCues cues;

  /** {@code quoteOf[i]} is the index of the quote token {@code i} lies in, -1 outside quotes. */
  SpeechGrammar(ParsedDocument doc, int[] quoteOf, SpeechCues cues) {
    this.doc = doc;
    this.quoteOf = quoteOf;
    this.cues = cues;
  }

  ParsedDocument doc() {
    return doc;
  }

  /** Nouns that name something said ("statement", "rhetoric"), by lemma. */
  static boolean isSpeechNoun(String lemma) {
    return SPEECH_NOUNS.contains(lemma);
  }

  boolean outside(int i) {
    return quoteOf[i] < 0;
  }

  /**
   * Whether a cue verb reports an act of speech here: not "will maintain", not the bare "shout" of
   * "heard the crowd shout" (the speech is the reporter's), not a passive ("was described as").
   */
  boolean speechEvent(int i) {
    if (cues.verbCue(doc, i).isEmpty()) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && doc.tag(j).startsWith("RB")) {
      j--;
    }
    if (j >= 0 && doc.tag(j).equals("MD")) {
      return false;
    }
    if (doc.tag(i).equals("VB")) {
      return j >= 0 && (doc.lemma(j).equals("do") || doc.tag(j).equals("TO"));
    }
    return true;
  }

  /** A classic reporting verb ("said", "told"), the kind that also comes inverted ("said Smith"). */
  boolean says(int i) {
    return cues.verbCue(doc, i).filter(k -> k == SpeechCues.Kind.SAY).isPresent();
  }

  /** Whether the token's lemma is a cue of any kind, whatever its tag. */
  boolean cueLemma(int i) {
    return cues.lemmaKind(doc.lemma(i)).isPresent();
  }

  /** Whether the token's lemma is a classic reporting verb, whatever its tag ("state" read as a noun). */
  boolean sayLemma(int i) {
    return cues.lemmaKind(doc.lemma(i)).filter(k -> k == SpeechCues.Kind.SAY).isPresent();
  }

  /** "was described as": the subject is what was described, not who spoke. */
  boolean isPassive(int i) {
    if (!doc.tag(i).equals("VBN")) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && doc.tag(j).startsWith("RB")) {
      j--;
    }
    return j >= 0 && doc.lemma(j).equals("be");
  }

  boolean isFiniteVerb(int i) {
    return doc.tag(i).equals("VBD") || doc.tag(i).equals("VBZ") || doc.tag(i).equals("VBP");
  }

  /** Punctuation that may stand between a quote and its attribution. */
  boolean isGlue(int i) {
    String w = doc.word(i);
    return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") || w.equals(":")
        || w.equals("''") || w.equals("\"") || w.equals("”") || w.equals("’") || w.equals("'");
  }

  boolean isQuoteMark(int i) {
    return doc.tag(i).equals("''") || doc.tag(i).equals("``");
  }

  /** The verb's subject, not before {@code floor}; null when there is none or it lies in a quote. */
  Range subjectOf(int verb, int floor) {
    Range subject = Phrases.subjectOf(doc, verb, floor, i -> !outside(i));
    if (subject == null) {
      return null;
    }
    for (int i = subject.start(); i < subject.end(); i++) {
      if (!outside(i)) {
        return null;
      }
    }
    return subject;
  }

  /** "was described by Smith as": the agent of a past participle, before {@code ceiling}. */
  Range passiveAgent(int verb, int ceiling) {
    if (!doc.tag(verb).equals("VBN")) {
      return null;
    }
    for (int i = verb + 1; i < ceiling && i < verb + 4; i++) {
      if (doc.lemma(i).equals("by")) {
        return Phrases.nounPhraseStartingAt(doc, i + 1, ceiling);
      }
    }
    return null;
  }

  /** The owner of a noun ("her rhetoric", "Tehran and Minsk’s shared rhetoric"), not before {@code floor}. */
  Range possessor(int noun, int floor) {
    int j = noun - 1;
    // "Minsk’s shared rhetoric": the tagger reads a participle before a noun as any verb form
    while (j >= floor && (doc.tag(j).startsWith("JJ") || doc.tag(j).equals("VBN") || doc.tag(j).equals("VBD")
        || doc.tag(j).equals("VBG"))) {
      j--;
    }
    if (j < floor) {
      return null;
    }
    if (doc.tag(j).equals("PRP$")) {
      return new Range(j, j + 1);
    }
    if (!doc.tag(j).equals("POS")) {
      return null;
    }
    Range owner = Phrases.nounPhraseEndingAt(doc, j - 1, floor);
    if (owner == null) {
      return null;
    }
    // coordination: "Tehran and Minsk’s"
    int k = owner.start() - 1;
    while (k > floor && (doc.lemma(k).equals("and") || doc.word(k).equals(","))) {
      Range before = Phrases.nounPhraseEndingAt(doc, k - 1, floor);
      if (before == null) {
        break;
      }
      owner = new Range(before.start(), owner.end());
      k = before.start() - 1;
    }
    return new Range(owner.start(), j + 1);
  }
}
