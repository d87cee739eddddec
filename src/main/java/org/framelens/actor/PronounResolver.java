package org.framelens.actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 3 of the actor layer: the person a "he" or "she" stands for, from the person mentions found
 * so far. Sentence by sentence backwards, a person of the pronoun's gender (an unknown gender only
 * when no known one fits), the subject of a sentence before its objects; a sentence that itself
 * opens with the same pronoun only passes the reference further back ("Judge Lund ruled ... Later,
 * he rejected Mr. Berg's motion ... he wrote" is Lund). With no person in reach, the most recent
 * speaker of that gender. Stateless and thread-safe; the caller owns mentions and genders.
 */
final class PronounResolver {

  /** A person's name at tokens {@code [start, end)}. */
  record PersonMention(int start, int end, String actor) {}

  /** The gender known for an actor so far ('m', 'f' or '-'), and whether it is a person. */
  interface People {
    char gender(String actor);

    boolean isPerson(String actor);
  }

  static final int PRONOUN_REACH_SENTENCES = 8;
  static final int EXACT_GENDER_REACH = 3;

  /**
   * The referent of the pronoun at {@code token} of the given gender; empty when no person fits.
   *
   * @param mentions person mentions in text order
   * @param lastSpoke the token at which each actor last spoke
   */
  Optional<String> referent(ParsedDocument doc, int token, char gender, List<PersonMention> mentions, People people,
      Map<String, Integer> lastSpoke) {
    for (boolean exact : new boolean[] {true, false}) {
      String found = inReach(doc, token, gender, exact, exact ? EXACT_GENDER_REACH : PRONOUN_REACH_SENTENCES,
          mentions, people);
      if (found != null) {
        return Optional.of(found);
      }
    }
    String best = null;
    int bestAt = -1;
    for (Map.Entry<String, Integer> e : lastSpoke.entrySet()) {
      String id = e.getKey();
      char g = people.gender(id);
      if (people.isPerson(id) && (g == gender || g == '-') && e.getValue() < token && e.getValue() > bestAt) {
        best = id;
        bestAt = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private String inReach(ParsedDocument doc, int token, char gender, boolean exactGender, int reach,
      List<PersonMention> mentions, People people) {
    int sentence = doc.sentenceOf(token);
    for (int s = sentence; s >= Math.max(0, sentence - reach); s--) {
      int from = doc.sentenceStart(s);
      int to = s == sentence ? token : doc.sentenceEnd(s);
      boolean passesOn = s != sentence && opensWithPronoun(doc, from, to, gender);
      String object = null;
      for (PersonMention m : mentions) {
        if (m.start() < from || m.start() >= to) {
          continue;
        }
        char g = people.gender(m.actor());
        boolean fits = exactGender ? g == gender : g == '-' || g == gender;
        if (!fits) {
          continue;
        }
        if (isSubjectPosition(doc, m)) {
          return m.actor();
        }
        object = m.actor(); // the latest non-subject mention in the sentence
      }
      if (object != null && !passesOn) {
        return object;
      }
    }
    return null;
  }

  /** A mention followed by its verb, an appositive comma or an adverb: "Lund said", "Berg, a pilot,". */
  private static boolean isSubjectPosition(ParsedDocument doc, PersonMention mention) {
    int next = mention.end();
    if (next >= doc.size() || doc.sentenceOf(next) != doc.sentenceOf(mention.start())) {
      return false;
    }
    String tag = doc.tag(next);
    return tag.startsWith("VB") || tag.equals("MD") || tag.equals(",") || tag.startsWith("RB");
  }

  private static boolean opensWithPronoun(ParsedDocument doc, int from, int to, char gender) {
    for (int i = from; i < to && i < from + 4; i++) {
      String w = doc.word(i).toLowerCase(Locale.ROOT);
      if (doc.tag(i).equals("PRP")) {
        return gender == 'm' ? w.equals("he") : w.equals("she");
      }
    }
    return false;
  }
}
