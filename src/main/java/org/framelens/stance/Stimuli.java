package org.framelens.stance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;
import org.framelens.stance.Holders.Holder;
import org.framelens.stance.Stance.Polarity;

/**
 * Verbs of feeling whose object feels it: "The ruling angered Beijing" gives Beijing's stance
 * against the ruling, "the offer pleased the unions" the unions' stance for the offer. The
 * stance runs the other way from a judgment verb's (the object holds it, the subject is its
 * target), so these verbs are not in stance.tsv. Only an active verb in the writer's or a
 * speaker's report with a party that can hold a stance as its object counts: "prices angered"
 * alone, or "angered by", is left to the adjective cues. Stateless.
 */
final class Stimuli {

  private Stimuli() {}

  private static final Map<String, Polarity> VERBS = Map.ofEntries(
      Map.entry("anger", Polarity.AGAINST), Map.entry("infuriate", Polarity.AGAINST),
      Map.entry("enrage", Polarity.AGAINST), Map.entry("incense", Polarity.AGAINST),
      Map.entry("outrage", Polarity.AGAINST), Map.entry("irk", Polarity.AGAINST),
      Map.entry("irritate", Polarity.AGAINST), Map.entry("annoy", Polarity.AGAINST),
      Map.entry("upset", Polarity.AGAINST), Map.entry("dismay", Polarity.AGAINST),
      Map.entry("offend", Polarity.AGAINST), Map.entry("displease", Polarity.AGAINST),
      Map.entry("antagonize", Polarity.AGAINST), Map.entry("antagonise", Polarity.AGAINST),
      Map.entry("alienate", Polarity.AGAINST), Map.entry("disgust", Polarity.AGAINST),
      Map.entry("alarm", Polarity.AGAINST), Map.entry("worry", Polarity.AGAINST),
      Map.entry("frustrate", Polarity.AGAINST), Map.entry("disappoint", Polarity.AGAINST),
      Map.entry("appal", Polarity.AGAINST), Map.entry("appall", Polarity.AGAINST),
      Map.entry("horrify", Polarity.AGAINST), Map.entry("impress", Polarity.FOR),
      Map.entry("please", Polarity.FOR), Map.entry("delight", Polarity.FOR), Map.entry("gratify", Polarity.FOR),
      Map.entry("hearten", Polarity.FOR));

  /** Finite or perfect forms: a bare participle is an adjective cue ("the angered ministers"). */
  private static final Set<String> ACTIVE = Set.of("VBD", "VBZ", "VBP");

  static void read(StanceReader.Input in, List<Stance> out) {
    ParsedDocument doc = in.doc();
    for (int i = 0; i < doc.size(); i++) {
      Polarity polarity = VERBS.get(doc.lemma(i));
      boolean verb = ACTIVE.contains(doc.tag(i)) || doc.tag(i).equals("VBN") && perfect(doc, i);
      if (polarity == null && doc.tag(i).equals("JJ") && i > 0 && (doc.tag(i - 1).startsWith("NN") || doc.tag(i - 1).equals("PRP") || perfect(doc, i))) {
        polarity = participle(doc.word(i)); // "the offer pleased the unions", tagged as an adjective
        verb = polarity != null;
      }
      if (polarity == null || !verb) {
        continue;
      }
      int start = doc.sentenceStart(doc.sentenceOf(i));
      int end = doc.sentenceEnd(doc.sentenceOf(i));
      Range object = i + 1 < end ? Phrases.nounPhraseStartingAt(doc, i + 1, end) : null;
      Range stimulus = Phrases.subjectOf(doc, i, start);
      if (object == null || stimulus == null) {
        continue;
      }
      Holder holder = Holders.ofPhrase(doc, object, in.actors());
      if (holder == null) {
        continue; // "the delay angered prices": no party to feel it
      }
      Scope.Reading scope = Scope.of(doc, i, polarity, doc.lemma(i), in.quoteOf()[i] >= 0);
      if (scope.effect() != Scope.Effect.KEEP) {
        continue; // "did not anger Beijing", "could anger Beijing": no feeling reported
      }
      StanceReader.emit(in, i, i + 1, holder, List.of(stimulus), polarity, 0.6, out);
    }
  }

  /** The verb of a past form the tagger read as an adjective ("pleased", "delighted"), or null. */
  private static Polarity participle(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (!w.endsWith("ed")) {
      return null;
    }
    Polarity p = VERBS.get(w.substring(0, w.length() - 1));
    return p != null ? p : VERBS.get(w.substring(0, w.length() - 2));
  }

  /** "has angered": a perfect, not a passive participle. */
  private static boolean perfect(ParsedDocument doc, int w) {
    int j = w - 1;
    while (j >= 0 && doc.tag(j).startsWith("RB")) {
      j--;
    }
    return j >= 0 && doc.lemma(j).equals("have");
  }
}
