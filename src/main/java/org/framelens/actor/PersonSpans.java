package org.framelens.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.Resources;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 1 of the actor layer: the token spans that name persons, from CoreNLP's PERSON runs,
 * cleaned of what news text glues onto names. A headline or title-case line reads "Anna Berg
 * Praises Lund" as one run: a verb form after a two-word name ends it, and the rest is a run of
 * its own. Lower-case words end a name ("Erik Dahl of Bergen") except the particles of a surname
 * ("Karl von der Heide", "Omar bin Rashid"); a glued hyphen keeps "Salim al-Hadi" whole; titles
 * before a name ("General") are not part of it. Stateless and thread-safe.
 */
final class PersonSpans {

  /** A name: tokens {@code [start, end)} of one sentence. */
  record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }

  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "ben", "bint", "abu", "von", "van",
      "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ter", "ten", "zu", "y");
  /** Tags no part of a name carries; the name ends before them. */
  private static final Set<String> BREAKS = Set.of("IN", "TO", "DT", "CC", "CD", "PRP", "PRP$", "MD", "WDT", "WP",
      "VBZ", "VBD", "VBP", "VB", "VBG", "VBN", "RB", "POS", ",", ":", "``", "''", "-LRB-", "-RRB-");
  /** Words a web page puts after a byline or a name: never part of it. */
  private static final Set<String> PAGE_WORDS = Set.of("video", "photo", "photos", "watch", "share", "image",
      "images", "reply", "flag", "like", "email", "print", "comments");
  /** After these a name's remainder is a place or a body, never a person: "Erik Dahl of Bergen". */
  private static final Set<String> DROP_REST = Set.of("of", "from", "at", "in", "for", "by");

  private final Gazetteer gazetteer;

  PersonSpans(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Every person name of the document, in text order. */
  List<Span> find(ParsedDocument doc) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (!isPersonToken(doc, i)) {
        continue;
      }
      int start = i;
      int sentence = doc.sentenceOf(i);
      while (i + 1 < doc.size() && doc.sentenceOf(i + 1) == sentence
          && (isPersonToken(doc, i + 1) || gluedHyphen(doc, i + 1))) {
        i += gluedHyphen(doc, i + 1) ? 2 : 1;
      }
      split(doc, start, Math.min(i + 1, doc.size()), out);
    }
    return out;
  }

  /** A run cut where a name cannot go on; each piece that still reads as a name is kept. */
  private void split(ParsedDocument doc, int start, int end, List<Span> out) {
    int from = start;
    for (int k = start; k < end; k++) {
      String w = doc.word(k);
      boolean verb = k - from >= 2 && isHeadlineVerb(doc, k)
          || k > from && PAGE_WORDS.contains(w.toLowerCase(Locale.ROOT));
      boolean breaks = BREAKS.contains(doc.tag(k)) && !(doc.word(k).equals("-") && k > from)
          || !isNameWord(doc, k, end) || verb;
      if (breaks) {
        add(doc, from, k, out);
        if (DROP_REST.contains(w.toLowerCase(Locale.ROOT))) {
          return;
        }
        from = k + 1;
      }
    }
    add(doc, from, end, out);
  }

  private void add(ParsedDocument doc, int start, int end, List<Span> out) {
    while (start < end && end - start > 1 && gazetteer.title(doc.word(start)).isPresent()
        && (FirstNames.gender(doc.word(start)) == '-' || end - start == 2)) {
      start++; // "General" tagged as part of the name
    }
    while (end > start && (PARTICLES.contains(doc.word(end - 1)) || doc.word(end - 1).equals("-"))) {
      end--; // a particle with nothing after it is no surname
    }
    if (start >= end || !Character.isUpperCase(doc.word(start).charAt(0))) {
      return;
    }
    if (end - start == 1 && gazetteer.title(doc.word(start)).isPresent()) {
      return; // "Senator" alone
    }
    out.add(new Span(start, end));
  }

  private static boolean isPersonToken(ParsedDocument doc, int i) {
    return doc.ner(i).equals("PERSON") && !doc.tag(i).equals("POS") && Character.isLetter(doc.word(i).charAt(0));
  }

  /** "al - Hadi" written "al-Hadi": a hyphen with no space either side, a letter word after it. */
  private static boolean gluedHyphen(ParsedDocument doc, int i) {
    return i + 1 < doc.size() && i > 0 && doc.word(i).equals("-") && doc.begin(i) == doc.end(i - 1)
        && doc.begin(i + 1) == doc.end(i) && Character.isLetter(doc.word(i + 1).charAt(0))
        && doc.sentenceOf(i + 1) == doc.sentenceOf(i);
  }

  /** A capitalised word, a surname particle before more name, or a hyphen inside a name. */
  private static boolean isNameWord(ParsedDocument doc, int k, int end) {
    String w = doc.word(k);
    if (w.equals("-")) {
      return true;
    }
    if (w.indexOf('@') >= 0 || w.chars().anyMatch(Character::isDigit) || humps(w) >= 2) {
      return false; // an e-mail address, a handle, words run together by a web page
    }
    if (Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    return PARTICLES.contains(w) && k + 1 < end && (Character.isUpperCase(doc.word(k + 1).charAt(0))
        || PARTICLES.contains(doc.word(k + 1)) || doc.word(k + 1).equals("-"));
  }

  /** Lower-to-upper changes inside a word: one in "McNeil", two in "FooFlagShare". */
  private static int humps(String w) {
    int n = 0;
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        n++;
      }
    }
    return n;
  }

  /** "Praises", "Backs", "Slammed": a reporting or stance verb form, capitalised by a headline. */
  private static boolean isHeadlineVerb(ParsedDocument doc, int k) {
    String w = doc.word(k).toLowerCase(Locale.ROOT);
    if (FirstNames.gender(w) != '-') {
      return false;
    }
    for (String stem : stems(w)) {
      if (Verbs.LEMMAS.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> stems(String w) {
    List<String> out = new ArrayList<>(List.of(w));
    if (w.endsWith("ies")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("es")) {
      out.add(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("s")) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ed")) {
      out.add(w.substring(0, w.length() - 2));
      out.add(w.substring(0, w.length() - 1));
    }
    return out;
  }

  /** The verbs of the shipped speech and stance cue lists, plus the headline verbs of attack and praise they lack. */
  private static final class Verbs {
    static final Set<String> LEMMAS = load();

    private static Set<String> load() {
      Set<String> lemmas = new HashSet<>(Set.of("burn", "rampage", "rip", "knock", "mock", "hit", "torch", "trash",
          "roast", "bash", "lash", "spar", "feud", "clash", "jab", "swipe", "tout", "vow", "pledge", "win", "lose",
          "beat", "trounce", "crush", "sweep", "top", "lead", "trail", "say", "tell", "ask", "send", "sent", "want",
          "get", "take", "make", "give", "go", "come", "see", "meet", "visit", "talk", "speak", "explain"));
      Resources.tsv("cues/speech.tsv", 2).forEach(r -> lemmas.add(r[0]));
      Resources.tsv("cues/stance.tsv", 3).stream().filter(r -> r[2].equals("verb")).forEach(r -> lemmas.add(r[0]));
      return Set.copyOf(lemmas);
    }
  }
}
