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
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance.Polarity;

/**
 * Reads stances off stance verbs and their objects. From reported speech, "Both ministers
 * criticized Western sanctions and NATO expansion" gives each minister a stance against each
 * conjunct. Inside an attributed quote, a stance verb whose subject is the speaker ("we reject
 * ...", "Iran condemns ...") or that has no subject of its own gives the speaker's stance. A
 * negated cue ("did not condemn", "refused to back") gives none. Stateless and thread-safe.
 */
public final class StanceReader {

  private static final Set<String> NEGATORS = Set.of("not", "n't", "n’t", "never", "no");
  private static final Set<String> REFUSALS = Set.of("refuse", "decline", "fail", "stop", "cease");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "against", "to", "on", "over", "with", "at", "of");
  private static final int MAX_TARGETS = 6;

  private final StanceCues cues;

  public StanceReader(StanceCues cues) {
    this.cues = cues;
  }

  /**
   * @param quoteOf the index into {@code quotes} of the quote each token lies in, or -1
   */
  public List<Stance> read(ParsedDocument doc, int[] quoteOf, List<Quote> quotes, DocumentActors actors,
      List<ThemeHit> hits) {
    List<Stance> stances = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      Optional<Polarity> polarity = cues.verb(doc, i);
      if (polarity.isEmpty() || negated(doc, i)) {
        continue;
      }
      int sentence = doc.sentenceOf(i);
      int sentenceStart = doc.sentenceStart(sentence);
      int sentenceEnd = doc.sentenceEnd(sentence);
      List<String> holders;
      Stance.Source source;
      int q = quoteOf[i];
      if (q < 0) {
        Range subject = Phrases.subjectOf(doc, i, sentenceStart, k -> quoteOf[k] >= 0);
        if (subject == null) {
          continue;
        }
        if (Phrases.isRelativePronoun(doc, subject)) {
          subject = Phrases.antecedent(doc, subject.start(), sentenceStart);
          if (subject == null) {
            continue;
          }
        }
        if (!actors.isAgent(subject)) {
          continue; // "the deal expands collaboration" is no one's stance
        }
        holders = actors.resolveActors(subject);
        source = Stance.Source.REPORTED;
      } else {
        holders = speakersOwning(doc, i, quoteOf, quotes.get(q), actors);
        source = Stance.Source.QUOTE;
      }
      if (holders.isEmpty()) {
        continue;
      }
      List<Range> targets = objects(doc, i + 1 + cues.particleLength(doc, i), sentenceEnd);
      Mention cue = Mention.of(doc.text(), doc.span(i, i + 1));
      Mention evidence = Mention.of(doc.text(), doc.span(sentenceStart, sentenceEnd));
      for (Range t : targets) {
        Stance.Target target = target(doc, t, actors, hits);
        for (String holder : holders) {
          if (!target.actor().filter(holder::equals).isPresent()) {
            stances.add(new Stance(holder, target, polarity.get(), cue, evidence, source, 0.7));
          }
        }
      }
    }
    return stances;
  }

  private static boolean negated(ParsedDocument doc, int verb) {
    int start = doc.sentenceStart(doc.sentenceOf(verb));
    for (int j = verb - 1; j >= start && j >= verb - 4; j--) {
      String lemma = doc.lemma(j);
      if (NEGATORS.contains(lemma) || NEGATORS.contains(doc.word(j).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (lemma.equals("to") && j > start && REFUSALS.contains(doc.lemma(j - 1))) {
        return true;
      }
      String tag = doc.tag(j);
      if (!(tag.startsWith("RB") || tag.equals("MD") || tag.startsWith("VB") || tag.equals("TO"))) {
        break;
      }
    }
    return false;
  }

  /** Inside a quote, the speakers hold the stance when the verb's subject is theirs or there is none. */
  private static List<String> speakersOwning(ParsedDocument doc, int verb, int[] quoteOf, Quote quote,
      DocumentActors actors) {
    if (quote.speakers().isEmpty()) {
      return List.of();
    }
    int quoteStart = verb;
    while (quoteStart > 0 && quoteOf[quoteStart - 1] == quoteOf[verb]) {
      quoteStart--;
    }
    List<String> speakers = new ArrayList<>();
    for (Speaker s : quote.speakers()) {
      s.actor().ifPresent(speakers::add);
    }
    Range subject = Phrases.subjectOf(doc, verb, quoteStart);
    if (subject == null) {
      return speakers;
    }
    if (subject.length() == 1 && FIRST_PERSON.contains(doc.lemma(subject.start()))) {
      return speakers;
    }
    Optional<String> named = actors.named(subject);
    return named.isPresent() && speakers.contains(named.get()) ? speakers : List.of();
  }

  /** The objects of a stance verb, split at conjunctions: "Western sanctions and NATO expansion". */
  private static List<Range> objects(ParsedDocument doc, int from, int sentenceEnd) {
    List<Range> out = new ArrayList<>();
    int k = skipToObject(doc, from, sentenceEnd);
    while (k < sentenceEnd && out.size() < MAX_TARGETS) {
      Range np = Phrases.nounPhraseStartingAt(doc, k, sentenceEnd);
      if (np == null || doc.tag(np.start()).equals("PRP")) {
        break;
      }
      int end = np.end();
      // "the expansion of NATO"
      if (end + 1 < sentenceEnd && doc.lemma(end).equals("of")) {
        Range of = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
        if (of != null) {
          end = of.end();
        }
      }
      // "defense and security interactions": a bare singular noun shares the next conjunct's head
      if (np.length() == 1 && doc.tag(np.start()).equals("NN") && end < sentenceEnd && doc.lemma(end).equals("and")) {
        Range shared = Phrases.nounPhraseStartingAt(doc, end + 1, sentenceEnd);
        if (shared != null && shared.length() > 1 && !doc.tag(shared.start()).equals("DT")) {
          out.add(new Range(np.start(), shared.end()));
          k = shared.end();
          if (!continuesList(doc, k, sentenceEnd)) {
            break;
          }
          k = nextConjunct(doc, k, sentenceEnd);
          if (k < 0) {
            break;
          }
          continue;
        }
      }
      out.add(new Range(np.start(), end));
      k = end;
      while (k < sentenceEnd && isQuoteMark(doc, k)) {
        k++;
      }
      if (k < sentenceEnd && (doc.lemma(k).equals("and") || doc.lemma(k).equals("or") || doc.word(k).equals(","))) {
        int next = k + 1;
        while (next < sentenceEnd && (isQuoteMark(doc, next) || doc.lemma(next).equals("and") || doc.lemma(next).equals("or"))) {
          next++;
        }
        if (next < sentenceEnd && doc.tag(next).startsWith("VB")) {
          break; // "..., advocating instead": a new clause, not another object
        }
        k = next;
      } else {
        break;
      }
    }
    return out;
  }

  private static boolean continuesList(ParsedDocument doc, int k, int end) {
    while (k < end && isQuoteMark(doc, k)) {
      k++;
    }
    return k < end && (doc.lemma(k).equals("and") || doc.lemma(k).equals("or") || doc.word(k).equals(","));
  }

  /** The start of the next conjunct after a list separator, or -1 when a new clause starts. */
  private static int nextConjunct(ParsedDocument doc, int k, int end) {
    while (k < end && (isQuoteMark(doc, k) || doc.lemma(k).equals("and") || doc.lemma(k).equals("or") || doc.word(k).equals(","))) {
      k++;
    }
    return k < end && !doc.tag(k).startsWith("VB") ? k : -1;
  }

  private static int skipToObject(ParsedDocument doc, int k, int end) {
    while (k < end && (doc.tag(k).startsWith("RB") || doc.tag(k).equals("RP") || isQuoteMark(doc, k)
        || doc.tag(k).equals("IN") && OBJECT_PREPOSITIONS.contains(doc.lemma(k)))) {
      k++;
    }
    return k;
  }

  private static boolean isQuoteMark(ParsedDocument doc, int i) {
    return doc.tag(i).equals("``") || doc.tag(i).equals("''");
  }

  private static Stance.Target target(ParsedDocument doc, Range t, DocumentActors actors, List<ThemeHit> hits) {
    int start = doc.begin(t.start());
    int end = doc.end(t.end() - 1);
    Optional<String> theme = Optional.empty();
    for (ThemeHit h : hits) {
      if (h.start() >= start && h.end() <= end && !h.negated()) {
        theme = Optional.of(h.theme());
        break;
      }
    }
    Optional<String> actor = actors.named(t);
    return new Stance.Target(doc.text().substring(start, end), start, end, actor, theme, Optional.empty());
  }
}
