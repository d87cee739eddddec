package org.framelens.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Attributes quotations to speakers with the rules of news prose, read off tokens, POS tags and
 * NER: a cue verb and its subject after the quote ("..., he said", "said Smith") or before it
 * ("Smith said: ...", "what Smith termed ..."), "according to X", a possessive speech noun ("X's
 * rhetoric"), then, for a quote with no cue of its own, the paragraph it continues, an attribution
 * in the next sentence ("...?" he asked), or the speaker just before. Stateless and thread-safe;
 * the per-document state lives in {@link DocumentActors}.
 */
public final class Attributor {

  private static final Set<String> SPEECH_NOUNS = Set.of("rhetoric", "word", "statement", "remark", "comment",
      "language", "message", "phrase", "slogan", "claim", "description", "assessment", "argument", "warning",
      "promise", "pledge", "vow", "motto", "tweet", "post", "letter", "speech", "address", "testimony",
      "interview", "mantra", "refrain", "catchphrase", "term", "characterization", "view", "position", "call");
  private static final int NEXT_SENTENCE_REACH = 6;
  private static final int PARAGRAPHS_BACK = 2;

  private final SpeechCues cues;

  public Attributor(SpeechCues cues) {
    this.cues = cues;
  }

  /** A speech event outside quote marks: the sentence reports what someone said. */
  public record Report(int sentence, int cueToken, Range subject, List<String> actors) {}

  /**
   * The attributions of one document, the reported-speech events found on the way, and for each
   * token the index of the quote it lies in (-1 outside quotes).
   */
  public record Result(List<Quote> quotes, List<Report> reports, int[] quoteOfToken) {}

  public Result attribute(ParsedDocument doc, List<QuoteMarks> marks, DocumentActors actors) {
    int[] quoteOf = new int[doc.size()];
    Arrays.fill(quoteOf, -1);
    int[][] tokenRanges = new int[marks.size()][];
    for (int q = 0; q < marks.size(); q++) {
      QuoteMarks m = marks.get(q);
      int first = doc.tokenAtOrAfter(m.outerStart());
      int last = first;
      while (last < doc.size() && doc.begin(last) < m.outerEnd()) {
        quoteOf[last] = q;
        last++;
      }
      tokenRanges[q] = new int[] {first, last};
    }
    Context context = new Context(doc, quoteOf, actors);
    List<Report> reports = findReports(context);
    Decision[] decisions = new Decision[marks.size()];
    for (int q = 0; q < marks.size(); q++) {
      decisions[q] = decideLocally(context, tokenRanges[q][0], tokenRanges[q][1]);
      if (decisions[q] != null) {
        actors.spoke(decisions[q].actors, tokenRanges[q][0]);
      } else if (marks.get(q).continuation() && q > 0 && decisions[q - 1] != null) {
        decisions[q] = decisions[q - 1].as("paragraph-continuation", 0.85);
      } else {
        decisions[q] = decideFromNeighbours(context, tokenRanges, decisions, reports, q);
      }
    }
    // a chain of paragraphs whose cue comes late: earlier links take the chain's speaker
    for (int q = marks.size() - 2; q >= 0; q--) {
      if (decisions[q] == null && marks.get(q + 1).continuation() && decisions[q + 1] != null) {
        decisions[q] = decisions[q + 1].as("paragraph-continuation", 0.8);
      }
    }
    List<Quote> quotes = new ArrayList<>(marks.size());
    for (int q = 0; q < marks.size(); q++) {
      QuoteMarks m = marks.get(q);
      Decision d = decisions[q];
      String text = doc.text().substring(m.start(), m.end());
      if (d == null) {
        quotes.add(new Quote(m.start(), m.end(), text, List.of(), Optional.empty(), "none", 0.0, List.of()));
        continue;
      }
      List<Speaker> speakers = new ArrayList<>();
      Mention mention = Mention.of(doc.text(), doc.span(d.mention.start(), d.mention.end()));
      for (String id : d.actors) {
        speakers.add(new Speaker(actors.actor(id), actors.name(id), mention));
      }
      Optional<Mention> cue = d.cue < 0 ? Optional.empty() : Optional.of(Mention.of(doc.text(), doc.span(d.cue, d.cue + 1)));
      quotes.add(new Quote(m.start(), m.end(), text, speakers, cue, d.method, d.confidence, List.of()));
    }
    return new Result(quotes, reports, quoteOf);
  }

  private record Decision(List<String> actors, Range mention, int cue, String method, double confidence) {
    Decision as(String newMethod, double newConfidence) {
      return new Decision(actors, mention, cue, newMethod, Math.min(confidence, newConfidence));
    }
  }

  private static final class Context {
    final ParsedDocument doc;
    final int[] quoteOf;
    final DocumentActors actors;

    Context(ParsedDocument doc, int[] quoteOf, DocumentActors actors) {
      this.doc = doc;
      this.quoteOf = quoteOf;
      this.actors = actors;
    }

    boolean outside(int i) {
      return quoteOf[i] < 0;
    }
  }

  // ---- the quote's own sentence ---------------------------------------------------------------

  private Decision decideLocally(Context c, int first, int last) {
    ParsedDocument doc = c.doc;
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
    Decision immediate = cueRightAfter(c, last, rightEnd);
    if (immediate != null) {
      return immediate;
    }
    boolean leftHasWords = false;
    for (int i = leftStart; i < first; i++) {
      if (c.outside(i) && Character.isLetterOrDigit(doc.word(i).charAt(0))) {
        leftHasWords = true;
      }
    }
    // a quote right after a full stop opens a sentence the splitter did not see
    int before = first - 1;
    if (before >= leftStart && (doc.word(before).equals(".") || doc.word(before).equals("?") || doc.word(before).equals("!"))) {
      leftHasWords = false;
    }
    if (leftHasWords) {
      Decision left = cueBefore(c, leftStart, first, sentenceStart);
      if (left != null) {
        return left;
      }
    }
    Decision right = cueAfter(c, last, rightEnd);
    if (right != null) {
      return right;
    }
    if (rightEnd == sentenceEnd && doc.sentenceOf(last - 1) + 1 < doc.sentenceCount()) {
      String quoted = doc.text().substring(doc.begin(first), doc.end(last - 1)).stripTrailing();
      boolean question = quoted.length() > 1 && "?!".indexOf(quoted.charAt(quoted.length() - 2)) >= 0;
      Decision next = nextSentenceTail(c, doc.sentenceOf(last - 1) + 1, question);
      if (next != null) {
        return next;
      }
    }
    return possessiveSpeechNoun(c, last, rightEnd);
  }

  /** "Smith said: ...", "Smith hailed it as ...", "what Smith termed ...", "according to Smith, ...". */
  private Decision cueBefore(Context c, int from, int first, int sentenceStart) {
    ParsedDocument doc = c.doc;
    // "Lena Sato: “The tariffs will ...”", "MAYOR: ..." — a name and a colon, no verb
    int colon = first - 1;
    while (colon >= from && isQuoteMark(doc, colon)) {
      colon--;
    }
    if (colon > from && doc.word(colon).equals(":")) {
      Range name = Phrases.nounPhraseEndingAt(doc, colon - 1, from);
      if (name != null && doc.ner(name.end() - 1).equals("PERSON")) {
        return decision(c, name, -1, "name-colon", 0.85);
      }
    }
    for (int i = first - 1; i >= from; i--) {
      if (!c.outside(i)) {
        continue;
      }
      if (doc.lemma(i).equals("accord") && i + 1 < first && doc.lemma(i + 1).equals("to")) {
        Range source = Phrases.nounPhraseStartingAt(doc, i + 2, first);
        if (source != null) {
          return decision(c, source, i, "according-to", 0.9);
        }
      }
      if (!speechEvent(doc, i)) {
        continue;
      }
      Range subject = isPassive(doc, i) ? null : subjectOf(c, i, sentenceStart);
      if (subject != null) {
        Decision outer = embeddingReport(c, subject, sentenceStart);
        return outer != null ? outer : decision(c, subject, i, "cue-before", 0.9);
      }
      // "..., explained Haddad, “because the port ...”"
      Range inverted = cues.verbCue(doc, i).get() == SpeechCues.Kind.SAY ? Phrases.subjectAfter(doc, i, first) : null;
      if (inverted != null && doc.tag(inverted.end() - 1).startsWith("NNP")) {
        return decision(c, inverted, i, "inverted-cue", 0.85);
      }
      // "In calling the budget “a historic step,” the minister again signalled ...": the
      // fronted participle's subject is the main clause's, after the quote
      if (doc.tag(i).equals("VBG")) {
        Range main = mainSubjectAfter(c, first, doc.sentenceEnd(doc.sentenceOf(first)));
        if (main != null) {
          return decision(c, main, i, "cue-before", 0.8);
        }
      }
      Range agent = passiveAgent(c, i, first);
      if (agent != null) {
        return decision(c, agent, i, "cue-before-passive", 0.85);
      }
    }
    return null;
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "while", "but", "whereas", "although",
      "though", "because", "with", "--", "—");

  /**
   * "Weber said the protesters were chanting “no more war”", "Lund said he heard the crowd
   * shout “...”": a cue whose subject sits inside what an earlier reporting verb says belongs to
   * that verb's subject, unless the inner subject is a person by name ("Smith said Jones called it
   * “...”" stays Jones's).
   */
  private Decision embeddingReport(Context c, Range inner, int sentenceStart) {
    ParsedDocument doc = c.doc;
    for (int i = inner.start() - 1; i >= sentenceStart; i--) {
      if (!c.outside(i) || CLAUSE_BREAKS.contains(doc.lemma(i))) {
        return null;
      }
      if (doc.ner(i).equals("PERSON") && i >= inner.start() - 1) {
        return null;
      }
      if (speechEvent(doc, i) && cues.verbCue(doc, i).get() == SpeechCues.Kind.SAY && !isPassive(doc, i)) {
        for (int k = inner.start(); k < inner.end(); k++) {
          if (doc.ner(k).equals("PERSON")) {
            return null;
          }
        }
        Range outer = subjectOf(c, i, sentenceStart);
        return outer == null ? null : decision(c, outer, i, "cue-before", 0.85);
      }
    }
    return null;
  }

  /** Attribution that follows the quote at once: "..., he said", "..., said Smith", "..., according to X". */
  private Decision cueRightAfter(Context c, int last, int rightEnd) {
    ParsedDocument doc = c.doc;
    int r = last;
    while (r < rightEnd && isGlue(doc, r)) {
      r++;
    }
    if (r >= rightEnd || r == last && last > 0 && !isGlue(doc, last - 1) && !isQuoteMark(doc, last - 1)) {
      return null;
    }
    if (doc.lemma(r).equals("accord") || speechEvent(doc, r)) {
      return cueAfter(c, last, rightEnd);
    }
    Range subject = Phrases.nounPhraseStartingAt(doc, r, rightEnd);
    if (subject == null) {
      return null;
    }
    // "..., the Danes state in the annual report": the tagger took the verb for a noun of the subject
    int lastWord = subject.end() - 1;
    if (subject.length() > 1 && doc.tag(lastWord).startsWith("NN") && Character.isLowerCase(doc.word(lastWord).charAt(0))
        && cues.lemmaKind(doc.lemma(lastWord)).filter(k -> k == SpeechCues.Kind.SAY).isPresent()
        && (doc.tag(lastWord - 1).startsWith("NNP") || doc.tag(lastWord - 1).equals("NNS"))) {
      return decision(c, new Range(subject.start(), lastWord), lastWord, "cue-after", 0.85);
    }
    int v = subject.end();
    // "..., a banner on the stage reads": one prepositional phrase between subject and cue
    if (v + 1 < rightEnd && doc.tag(v).equals("IN") && !speechEvent(doc, v + 1)) {
      Range pp = Phrases.nounPhraseStartingAt(doc, v + 1, rightEnd);
      if (pp != null && pp.end() < rightEnd && cues.lemmaKind(doc.lemma(pp.end())).isPresent()
          && (speechEvent(doc, pp.end()) || doc.tag(pp.end()).equals("NNS"))) {
        return decision(c, subject, pp.end(), "cue-after", 0.85);
      }
    }
    while (v < rightEnd && (doc.tag(v).startsWith("RB") || doc.tag(v).equals("MD") || doc.lemma(v).equals("have"))) {
      v++;
    }
    if (v < rightEnd && speechEvent(doc, v)) {
      return decision(c, subject, v, "cue-after", 0.95);
    }
    return null;
  }

  /** The subject of the first finite verb after a quote in its sentence. */
  private Range mainSubjectAfter(Context c, int from, int end) {
    ParsedDocument doc = c.doc;
    for (int i = from; i < end; i++) {
      if (c.outside(i) && (doc.tag(i).equals("VBD") || doc.tag(i).equals("VBZ") || doc.tag(i).equals("VBP"))) {
        Range subject = subjectOf(c, i, from);
        return subject != null && c.actors.isAgent(subject) ? subject : null;
      }
    }
    return null;
  }

  private static boolean isQuoteMark(ParsedDocument doc, int i) {
    return doc.tag(i).equals("''") || doc.tag(i).equals("``");
  }

  /** "..., he said", "..., said Smith", "..., Smith, a spokesman, told reporters", "..., according to X". */
  private Decision cueAfter(Context c, int last, int rightEnd) {
    ParsedDocument doc = c.doc;
    int r = last;
    while (r < rightEnd && isGlue(doc, r)) {
      r++;
    }
    if (r >= rightEnd) {
      return null;
    }
    if (doc.lemma(r).equals("accord") && r + 1 < rightEnd && doc.lemma(r + 1).equals("to")) {
      Range source = Phrases.nounPhraseStartingAt(doc, r + 2, rightEnd);
      if (source != null) {
        return decision(c, source, r, "according-to", 0.9);
      }
    }
    boolean first = speechEvent(doc, r);
    if (first && doc.tag(r).equals("VBG")) {
      // "..., saying the harbour deserved ...": the participle's subject is the main clause's
      int participle = r;
      Range subject = Phrases.subjectOf(doc, r, doc.sentenceStart(doc.sentenceOf(r)), i -> !c.outside(i) && i < participle);
      if (subject != null) {
        return decision(c, subject, r, "cue-after", 0.85);
      }
    } else if (first) {
      Range subject = Phrases.subjectAfter(doc, r, rightEnd);
      if (subject != null) {
        return decision(c, subject, r, "inverted-cue", 0.9);
      }
    }
    for (int i = r; i < rightEnd && i < r + 25; i++) {
      if (!c.outside(i)) {
        continue;
      }
      if (speechEvent(doc, i)) {
        Range subject = subjectOf(c, i, r);
        if (subject != null) {
          return decision(c, subject, i, "cue-after", 0.9);
        }
        // "... — and few recover, said Dr. Mira Costa"
        Range after = cues.verbCue(doc, i).get() == SpeechCues.Kind.SAY ? Phrases.subjectAfter(doc, i, rightEnd) : null;
        if (after != null && doc.tag(after.end() - 1).startsWith("NNP")) {
          return decision(c, after, i, "inverted-cue", 0.85);
        }
      }
    }
    return null;
  }

  /**
   * Whether a cue verb reports an act of speech here: not "will maintain", not the bare "shout" of
   * "heard the crowd shout" (the speech is the reporter's), not a passive ("was described as").
   */
  private boolean speechEvent(ParsedDocument doc, int i) {
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

  /** "was described as": the subject is what was described, not who spoke. */
  private static boolean isPassive(ParsedDocument doc, int i) {
    if (!doc.tag(i).equals("VBN")) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && doc.tag(j).startsWith("RB")) {
      j--;
    }
    return j >= 0 && doc.lemma(j).equals("be");
  }

  private static boolean isGlue(ParsedDocument doc, int i) {
    String w = doc.word(i);
    return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") || w.equals(":")
        || w.equals("''") || w.equals("\"") || w.equals("”") || w.equals("’") || w.equals("'");
  }

  /** "“Why now?” he asked." split into two sentences by the tokenizer. */
  private Decision nextSentenceTail(Context c, int sentence, boolean quoteEndsAQuestion) {
    ParsedDocument doc = c.doc;
    int start = doc.sentenceStart(sentence);
    int end = doc.sentenceEnd(sentence);
    if (start >= end || !c.outside(start)
        || !Character.isLowerCase(doc.word(start).charAt(0)) && !quoteEndsAQuestion) {
      return null;
    }
    for (int i = start; i < end && i < start + NEXT_SENTENCE_REACH; i++) {
      if (speechEvent(doc, i)) {
        Range subject = i == start ? Phrases.subjectAfter(doc, i, end) : subjectOf(c, i, start);
        if (subject != null) {
          return decision(c, subject, i, "next-sentence-cue", 0.8);
        }
      }
    }
    return null;
  }

  /** "... reflects Tehran and Minsk’s shared rhetoric": the owner of a speech noun. */
  private Decision possessiveSpeechNoun(Context c, int last, int rightEnd) {
    ParsedDocument doc = c.doc;
    for (int i = last; i < rightEnd; i++) {
      if (c.outside(i) && doc.tag(i).startsWith("NN") && SPEECH_NOUNS.contains(doc.lemma(i))) {
        Range owner = possessor(c, i, last);
        if (owner != null) {
          return decision(c, owner, i, "possessive-speech-noun", 0.75);
        }
      }
    }
    return null;
  }

  private static Range possessor(Context c, int noun, int floor) {
    ParsedDocument doc = c.doc;
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

  private Range subjectOf(Context c, int verb, int floor) {
    Range subject = Phrases.subjectOf(c.doc, verb, floor, i -> !c.outside(i));
    if (subject == null) {
      return null;
    }
    for (int i = subject.start(); i < subject.end(); i++) {
      if (!c.outside(i)) {
        return null;
      }
    }
    return subject;
  }

  private static Range passiveAgent(Context c, int verb, int ceiling) {
    ParsedDocument doc = c.doc;
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

  private Decision decision(Context c, Range mention, int cue, String method, double confidence) {
    Range target = mention;
    ParsedDocument doc = c.doc;
    if (Phrases.isRelativePronoun(doc, mention)) {
      Range antecedent = Phrases.antecedent(doc, mention.start(), doc.sentenceStart(doc.sentenceOf(mention.start())));
      if (antecedent == null) {
        return null;
      }
      target = antecedent;
    }
    // "her statement read", "the ministry's statement said": the owner speaks
    if (target.length() > 1 && SPEECH_NOUNS.contains(doc.lemma(target.end() - 1))) {
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
    List<String> ids = c.actors.resolve(target);
    if (ids.isEmpty()) {
      return null;
    }
    if (doc.tag(mention.start()).equals("PRP") && !Set.of("he", "she", "they", "i", "we", "it").contains(doc.lemma(mention.start()))) {
      confidence -= 0.2;
    }
    return new Decision(ids, mention, cue, method, confidence);
  }

  // ---- reported speech and neighbours ---------------------------------------------------------

  /** Every sentence that reports speech outside quote marks ("Smith said the plan would fail"). */
  private List<Report> findReports(Context c) {
    ParsedDocument doc = c.doc;
    List<Report> reports = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      for (int i = start; i < doc.sentenceEnd(s); i++) {
        if (!c.outside(i) || !speechEvent(doc, i) || isPassive(doc, i)) {
          continue;
        }
        Range subject = subjectOf(c, i, start);
        if (subject == null) {
          continue;
        }
        Range target = subject;
        if (Phrases.isRelativePronoun(doc, subject)) {
          target = Phrases.antecedent(doc, subject.start(), start);
          if (target == null) {
            continue;
          }
        }
        if (!c.actors.isAgent(target)) {
          continue;
        }
        reports.add(new Report(s, i, subject, c.actors.resolveActors(target)));
        break;
      }
    }
    return reports;
  }

  private Decision decideFromNeighbours(Context c, int[][] ranges, Decision[] decisions, List<Report> reports, int q) {
    ParsedDocument doc = c.doc;
    int first = ranges[q][0];
    if (first >= doc.size()) {
      return null;
    }
    Decision introduced = colonIntroduction(c, first);
    if (introduced != null) {
      return introduced;
    }
    int paragraphFloor = paragraphFloor(doc, first);
    int bestToken = -1;
    Decision best = null;
    for (int p = q - 1; p >= 0; p--) {
      if (decisions[p] != null && ranges[p][0] >= paragraphFloor) {
        bestToken = ranges[p][0];
        best = decisions[p].as("previous-speaker", 0.65);
        break;
      }
    }
    int bestSentence = bestToken < 0 ? -1 : doc.sentenceOf(bestToken);
    for (int r = reports.size() - 1; r >= 0; r--) {
      Report report = reports.get(r);
      // "..., said Mira Costa, ..., who studies coastal erosion": the quote's own sentence
      // and relative clauses do not take the next quote away from its speaker
      boolean weak = report.sentence() == bestSentence
          || Phrases.isRelativePronoun(doc, report.subject());
      if (!weak && report.cueToken() < first && report.cueToken() > bestToken
          && doc.begin(report.cueToken()) >= doc.begin(paragraphFloor) && !report.actors().isEmpty()) {
        best = new Decision(report.actors(), report.subject(), report.cueToken(), "previous-reported-speech", 0.65);
        break;
      }
      if (report.cueToken() < bestToken) {
        break;
      }
    }
    return best;
  }

  /**
   * A quote that opens a paragraph after one ending in a colon ("She then named three
   * conditions:", "The statement reads in full:") belongs to whoever that sentence introduces.
   */
  private Decision colonIntroduction(Context c, int first) {
    ParsedDocument doc = c.doc;
    int sentence = doc.sentenceOf(first);
    if (sentence == 0 || doc.sentenceStart(sentence) != first) {
      return null;
    }
    int prevStart = doc.sentenceStart(sentence - 1);
    int prevEnd = doc.sentenceEnd(sentence - 1);
    if (prevEnd <= prevStart || !doc.word(prevEnd - 1).equals(":")
        || doc.text().indexOf('\n', doc.end(prevEnd - 1)) > doc.begin(first) || doc.text().indexOf('\n', doc.end(prevEnd - 1)) < 0) {
      return null;
    }
    int fallbackVerb = -1;
    for (int i = prevStart; i < prevEnd; i++) {
      if (!c.outside(i)) {
        continue;
      }
      if (speechEvent(doc, i)) {
        Range subject = subjectOf(c, i, prevStart);
        if (subject != null) {
          return decision(c, subject, i, "colon-introduction", 0.8);
        }
      } else if (fallbackVerb < 0 && (doc.tag(i).equals("VBD") || doc.tag(i).equals("VBZ") || doc.tag(i).equals("VBP"))) {
        fallbackVerb = i;
      }
    }
    Range subject = fallbackVerb >= 0 ? subjectOf(c, fallbackVerb, prevStart) : Phrases.nounPhraseStartingAt(doc, prevStart, prevEnd);
    return subject == null ? null : decision(c, subject, fallbackVerb >= 0 ? fallbackVerb : -1, "colon-introduction", 0.7);
  }

  /** The first token of the paragraph {@link #PARAGRAPHS_BACK} paragraphs before this one. */
  private static int paragraphFloor(ParsedDocument doc, int token) {
    String text = doc.text();
    int offset = doc.begin(token);
    int paragraphs = 0;
    int i = offset - 1;
    while (i >= 0) {
      if (text.charAt(i) == '\n' && i > 0 && !text.substring(Math.max(0, lineStart(text, i - 1)), i).isBlank()) {
        paragraphs++;
        if (paragraphs > PARAGRAPHS_BACK) {
          break;
        }
      }
      i--;
    }
    return doc.tokenAtOrAfter(Math.max(0, i + 1));
  }

  private static int lineStart(String text, int i) {
    int nl = text.lastIndexOf('\n', i);
    return nl + 1;
  }
}
