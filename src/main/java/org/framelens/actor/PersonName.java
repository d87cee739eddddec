package org.framelens.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name taken apart for comparison: first name, middle names or initials, surname (with
 * its particles: "de Blasio", "von der Leyen", "al-Assad", "bin Salman") and a generational
 * suffix. All parts are folded to lower case without accents or periods, so case and spelling
 * variants meet; the suffix keeps "Donald Trump Jr." apart from his father.
 */
public record PersonName(String first, List<String> middle, String last, String suffix) {

  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "ben", "bint", "abu", "von", "van",
      "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "st", "ter", "ten", "zu", "mac");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
      "prof", "professor", "rev", "reverend", "sen", "senator", "rep", "representative", "gov", "governor", "pres",
      "president", "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "adm", "admiral", "judge",
      "justice", "mayor", "secretary", "minister", "king", "queen", "prince", "princess", "sheikh", "pope");

  public PersonName {
    middle = List.copyOf(middle);
  }

  /** A one-word name: a surname alone ("Trump", "de Blasio"), to be matched against full names. */
  public boolean surnameOnly() {
    return first.isEmpty();
  }

  /** The middle names reduced to their initials: "Rodham" and "R." both give "r". */
  public String middleInitials() {
    StringBuilder b = new StringBuilder();
    for (String m : middle) {
      b.append(m.charAt(0));
    }
    return b.toString();
  }

  /** The surname without its particles, for matching a surname alone: "al-Assad" and "Assad" give "assad". */
  public String surnameCore() {
    String core = last.substring(last.lastIndexOf(' ') + 1);
    int hyphen = core.indexOf('-');
    if (hyphen > 0 && PARTICLES.contains(core.substring(0, hyphen))) {
      core = core.substring(hyphen + 1);
    }
    return core;
  }

  /** The identity key without middle names: first, surname and suffix. */
  public String key() {
    return first + "|" + last + "|" + suffix;
  }

  public static PersonName parse(String name) {
    List<String> words = new ArrayList<>();
    for (String w : fold(name).split("[\\s,]+")) {
      String word = w.replace(".", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
      words.remove(0);
    }
    String suffix = "";
    if (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
      suffix = words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return new PersonName("", List.of(), "", suffix);
    }
    // the surname runs back over its particles: "Ursula | von der Leyen", "Bill | de Blasio"
    int lastStart = words.size() - 1;
    while (lastStart > 0 && PARTICLES.contains(words.get(lastStart - 1))) {
      lastStart--;
    }
    String last = String.join(" ", words.subList(lastStart, words.size()));
    if (lastStart == 0) {
      return new PersonName("", List.of(), last, suffix);
    }
    return new PersonName(words.get(0), words.subList(1, lastStart), last, suffix);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('\u2019', '\'')
        .toLowerCase(Locale.ROOT);
  }
}
