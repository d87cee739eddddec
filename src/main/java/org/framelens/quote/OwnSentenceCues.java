package org.framelens.quote;

import java.util.Set;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Attributes a quote from the cues of its own sentence: a cue verb and its subject right after the
 * quote ("..., he said", "said Smith") or before it ("Smith said: ...", "what Smith termed ..."),
 * "according to X", a name and a colon, an attribution that the tokenizer split off into the next
 * sentence ("...?" he asked), or a possessive speech noun ("X's rhetoric"). One per document.
 */
final class OwnSentenceCues {

  private static final int NEXT_SENTENCE_REACH = 6;
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "while", "but", "whereas", "although",
      "though", "because", "with", "--", "—");

  private final SpeechGrammar grammar;
  private final ParsedDocument doc;
  private final DocumentActors actors;

  OwnSentenceCues(SpeechGrammar grammar, DocumentActors actors) {
    this.grammar = grammar;
    this.doc = grammar.doc();
    this.actors = actors;
  }

  /** The decision for the quote on tokens {@code [first, last)}, or null when its sentence has no cue. */
  Decision decide(int first, int last) {
    if (first >= last) {
      return null;
    }
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(first));
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(last - 1));
    // the nearest cue on the left wins, so the left context may run back over earlier quotes
    int leftStart = sentenceStart;
    // the right context runs to the end of the sentence, across later quotes ("..., offer “real
    // shelter” and keep the “lights on” all winter, spokeswoman Ana Ruiz said."); the
    // nearest cue still wins, so "“A,” he said, “B,” she replied" keeps A for him
    int rightEnd = sentenceEnd;
    // "“...,” he said" right after the quote is the strongest sign there is
    Decision immediate = cueRightAfter(last, rightEnd);
    if (immediate != null) {
      return immediate;
    }
    boolean leftHasWords = false;
    for (int i = leftStart; i < first; i++) {
      if (grammar.outside(i) && Character.isLetterOrDigit(doc.word(i).charAt(0))) {
        leftHasWords = true;
      }
    }
    // a quote right after a full stop opens a sentence the splitter did not see
    int before = first - 1;
    if (before >= leftStart && (doc.word(before).equals(".") || doc.word(before).equals("?") || doc.word(before).equals("!"))) {
      leftHasWords = false;
    }
    if (leftHasWords) {
      Decision left = cueBefore(leftStart, first, sentenceStart);
      if (left != null) {
        return left;
      }
    }
    Decision right = cueAfter(last, rightEnd);
    if (right != null) {
      return right;
    }
    if (rightEnd == sentenceEnd && doc.sentenceOf(last - 1) + 1 < doc.sentenceCount()) {
      String quoted = doc.text().substring(doc.begin(first), doc.end(last - 1)).stripTrailing();
      boolean question = quoted.length() > 1 && "?!".indexOf(quoted.charAt(quoted.length() - 2)) >= 0;
      Decision next = nextSentenceTail(doc.sentenceOf(last - 1) + 1, question);
      if (next != null) {
        return next;
      }
    }
    return possessiveSpeechNoun(last, rightEnd);
  }

  /** "Smith said: ...", "Smith hailed it as ...", "what Smith termed ...", "according to Smith, ...". */
  private Decision cueBefore(int from, int first, int sentenceStart) {
    // "Lena Sato: “The tariffs will ...”", "MAYOR: ..." — a name and a colon, no verb
    int colon = first - 1;
    while (colon >= from && grammar.isQuoteMark(colon)) {
      colon--;
    }
    if (colon > from && doc.word(colon).equals(":")) {
      Range name = Phrases.nounPhraseEndingAt(doc, colon - 1, from);
      if (name != null && doc.ner(name.end() - 1).equals("PERSON")) {
        return decision(name, -1, "name-colon", 0.85);
      }
    }
    for (int i = first - 1; i >= from; i--) {
      if (!grammar.outside(i)) {
        continue;
      }
      if (doc.lemma(i).equals("accord") && i + 1 < first && doc.lemma(i + 1).equals("to")) {
        Range source = Phrases.nounPhraseStartingAt(doc, i + 2, first);
        if (source != null) {
          return decision(source, i, "according-to", 0.9);
        }
      }
      if (!grammar.speechEvent(i)) {
        continue;
      }
      Range subject = grammar.isPassive(i) ? null : grammar.subjectOf(i, sentenceStart);
      if (subject != null) {
        Decision outer = embeddingReport(subject, sentenceStart);
        return outer != null ? outer : decision(subject, i, "cue-before", 0.9);
      }
      // "..., explained Haddad, “because the port ...”"
      Range inverted = grammar.says(i) ? Phrases.subjectAfter(doc, i, first) : null;
      if (inverted != null && doc.tag(inverted.end() - 1).startsWith("NNP")) {
        return decision(inverted, i, "inverted-cue", 0.85);
      }
      // "In calling the budget “a historic step,” the minister again signalled ...": the
      // fronted participle's subject is the main clause's, after the quote
      if (doc.tag(i).equals("VBG")) {
        Range main = mainSubjectAfter(first, doc.sentenceEnd(doc.sentenceOf(first)));
        if (main != null) {
          return decision(main, i, "cue-before", 0.8);
        }
      }
      Range agent = grammar.passiveAgent(i, first);
      if (agent != null) {
        return decision(agent, i, "cue-before-passive", 0.85);
      }
    }
    return null;
  }

  /**
   * "Weber said the protesters were chanting “no more war”", "Lund said he heard the crowd
   * shout “...”": a cue whose subject sits inside what an earlier reporting verb says belongs to
   * that verb's subject, unless the inner subject is a person by name ("Smith said Jones called it
   * “...”" stays Jones's).
   */
  private Decision embeddingReport(Range inner, int sentenceStart) {
    for (int i = inner.start() - 1; i >= sentenceStart; i--) {
      if (!grammar.outside(i) || CLAUSE_BREAKS.contains(doc.lemma(i))) {
        return null;
      }
      if (doc.ner(i).equals("PERSON") && i >= inner.start() - 1) {
        return null;
      }
      if (grammar.speechEvent(i) && grammar.says(i) && !grammar.isPassive(i)) {
        for (int k = inner.start(); k < inner.end(); k++) {
          if (doc.ner(k).equals("PERSON")) {
            return null;
          }
        }
        Range outer = grammar.subjectOf(i, sentenceStart);
        return outer == null ? null : decision(outer, i, "cue-before", 0.85);
      }
    }
    return null;
  }

  /** Attribution that follows the quote at once: "..., he said", "..., said Smith", "..., according to X". */
  private Decision cueRightAfter(int last, int rightEnd) {
    int r = last;
    while (r < rightEnd && grammar.isGlue(r)) {
      r++;
    }
    if (r >= rightEnd || r == last && last > 0 && !grammar.isGlue(last - 1) && !grammar.isQuoteMark(last - 1)) {
      return null;
    }
    if (doc.lemma(r).equals("accord") || grammar.speechEvent(r)) {
      return cueAfter(last, rightEnd);
    }
    Range subject = Phrases.nounPhraseStartingAt(doc, r, rightEnd);
    if (subject == null) {
      return null;
    }
    // "..., the Danes state in the annual report": the tagger took the verb for a noun of the subject
    int lastWord = subject.end() - 1;
    if (subject.length() > 1 && doc.tag(lastWord).startsWith("NN") && Character.isLowerCase(doc.word(lastWord).charAt(0))
        && grammar.sayLemma(lastWord)
        && (doc.tag(lastWord - 1).startsWith("NNP") || doc.tag(lastWord - 1).equals("NNS"))) {
      return decision(new Range(subject.start(), lastWord), lastWord, "cue-after", 0.85);
    }
    int v = subject.end();
    // "..., a banner on the stage reads": one prepositional phrase between subject and cue
    if (v + 1 < rightEnd && doc.tag(v).equals("IN") && !grammar.speechEvent(v + 1)) {
      Range pp = Phrases.nounPhraseStartingAt(doc, v + 1, rightEnd);
      if (pp != null && pp.end() < rightEnd && grammar.cueLemma(pp.end())
          && (grammar.speechEvent(pp.end()) || doc.tag(pp.end()).equals("NNS"))) {
        return decision(subject, pp.end(), "cue-after", 0.85);
      }
    }
    while (v < rightEnd && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("MD") || doc.lemma(v).equals("have"))) {
      v++;
    }
    if (v < rightEnd && grammar.speechEvent(v)) {
      return decision(subject, v, "cue-after", 0.95);
    }
    return null;
  }

  /** The subject of the first finite verb after a quote in its sentence. */
  private Range mainSubjectAfter(int from, int end) {
    for (int i = from; i < end; i++) {
      if (grammar.outside(i) && grammar.isFiniteVerb(i)) {
        Range subject = grammar.subjectOf(i, from);
        return subject != null && actors.isAgent(subject) ? subject : null;
      }
    }
    return null;
  }

  /** "..., he said", "..., said Smith", "..., Smith, a spokesman, told reporters", "..., according to X". */
  private Decision cueAfter(int last, int rightEnd) {
    int r = last;
    while (r < rightEnd && grammar.isGlue(r)) {
      r++;
    }
    if (r >= rightEnd) {
      return null;
    }
    if (doc.lemma(r).equals("accord") && r + 1 < rightEnd && doc.lemma(r + 1).equals("to")) {
      Range source = Phrases.nounPhraseStartingAt(doc, r + 2, rightEnd);
      if (source != null) {
        return decision(source, r, "according-to", 0.9);
      }
    }
    boolean first = grammar.speechEvent(r);
    if (first && doc.tag(r).equals("VBG")) {
      // "..., saying the harbour deserved ...": the participle's subject is the main clause's
      int participle = r;
      Range subject = Phrases.subjectOf(doc, r, doc.sentenceStart(doc.sentenceOf(r)), i -> !grammar.outside(i) && i < participle);
      if (subject != null) {
        return decision(subject, r, "cue-after", 0.85);
      }
    } else if (first) {
      Range subject = Phrases.subjectAfter(doc, r, rightEnd);
      if (subject != null) {
        return decision(subject, r, "inverted-cue", 0.9);
      }
    }
    for (int i = r; i < rightEnd && i < r + 25; i++) {
      if (!grammar.outside(i)) {
        continue;
      }
      if (grammar.speechEvent(i)) {
        Range subject = grammar.subjectOf(i, r);
        if (subject != null) {
          return decision(subject, i, "cue-after", 0.9);
        }
        // "... — and few recover, said Dr. Mira Costa"
        Range after = grammar.says(i) ? Phrases.subjectAfter(doc, i, rightEnd) : null;
        if (after != null && doc.tag(after.end() - 1).startsWith("NNP")) {
          return decision(after, i, "inverted-cue", 0.85);
        }
      }
    }
    return null;
  }

  /** "“Why now?” he asked." split into two sentences by the tokenizer. */
  private Decision nextSentenceTail(int sentence, boolean quoteEndsAQuestion) {
    int start = doc.sentenceStart(sentence);
    int end = doc.sentenceEnd(sentence);
    if (start >= end || !grammar.outside(start)
        || !Character.isLowerCase(doc.word(start).charAt(0)) && !quoteEndsAQuestion) {
      return null;
    }
    for (int i = start; i < end && i < start + NEXT_SENTENCE_REACH; i++) {
      if (grammar.speechEvent(i)) {
        Range subject = i == start ? Phrases.subjectAfter(doc, i, end) : grammar.subjectOf(i, start);
        if (subject != null) {
          return decision(subject, i, "next-sentence-cue", 0.8);
        }
      }
    }
    return null;
  }

  /** "... reflects Tehran and Minsk’s shared rhetoric": the owner of a speech noun. */
  private Decision possessiveSpeechNoun(int last, int rightEnd) {
    for (int i = last; i < rightEnd; i++) {
      if (grammar.outside(i) && doc.tag(i).startsWith("NN") && SpeechGrammar.isSpeechNoun(doc.lemma(i))) {
        Range owner = grammar.possessor(i, last);
        if (owner != null) {
          return decision(owner, i, "possessive-speech-noun", 0.75);
        }
      }
    }
    return null;
  }

  private Decision decision(Range mention, int cue, String method, double confidence) {
    return Decision.of(doc, actors, mention, cue, method, confidence);
  }
}
