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
  private static final Set<String> LEADING_PARTICLES = Set.of("al", "el", "von", "van", "der", "den", "de", "del",
      "della", "di", "da", "du", "dos", "das", "la", "le", "st", "ter", "ten", "zu");
  /** Common English short forms of a first name, mapped to the full form: "Ben Rhodes" is "Benjamin J. Rhodes". */
  private static final java.util.Map<String, String> NICKNAMES = java.util.Map.ofEntries(
      java.util.Map.entry("ben", "benjamin"), java.util.Map.entry("bill", "william"),
      java.util.Map.entry("will", "william"), java.util.Map.entry("bob", "robert"),
      java.util.Map.entry("rob", "robert"), java.util.Map.entry("mike", "michael"),
      java.util.Map.entry("jim", "james"), java.util.Map.entry("jimmy", "james"),
      java.util.Map.entry("tom", "thomas"), java.util.Map.entry("joe", "joseph"),
      java.util.Map.entry("dick", "richard"), java.util.Map.entry("rick", "richard"),
      java.util.Map.entry("chris", "christopher"), java.util.Map.entry("dan", "daniel"),
      java.util.Map.entry("dave", "david"), java.util.Map.entry("chuck", "charles"),
      java.util.Map.entry("charlie", "charles"), java.util.Map.entry("nick", "nicholas"),
      java.util.Map.entry("tony", "anthony"), java.util.Map.entry("andy", "andrew"),
      java.util.Map.entry("matt", "matthew"), java.util.Map.entry("pat", "patrick"),
      java.util.Map.entry("ken", "kenneth"), java.util.Map.entry("jeff", "jeffrey"),
      java.util.Map.entry("greg", "gregory"), java.util.Map.entry("sam", "samuel"),
      java.util.Map.entry("alex", "alexander"), java.util.Map.entry("liz", "elizabeth"),
      java.util.Map.entry("rudy", "rudolph"), java.util.Map.entry("larry", "lawrence"),
      java.util.Map.entry("ron", "ronald"), java.util.Map.entry("don", "donald"),
      java.util.Map.entry("fred", "frederick"), java.util.Map.entry("steve", "steven"),
      java.util.Map.entry("jon", "jonathan"), java.util.Map.entry("tim", "timothy"),
      java.util.Map.entry("newt", "newton"), java.util.Map.entry("hank", "henry"),
      java.util.Map.entry("ted", "edward"));
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
    // the surname runs back over its particles: "Ursula | von der Leyen", "Bill | de Blasio"; a
    // first word "Ben" or "Abu" is a first name, "de" or "von" only a surname's start
    int lastStart = words.size() - 1;
    while (lastStart > 0 && PARTICLES.contains(words.get(lastStart - 1))
        && (lastStart - 1 > 0 || LEADING_PARTICLES.contains(words.get(0)))) {
      lastStart--;
    }
    String last = String.join(" ", words.subList(lastStart, words.size()));
    if (lastStart == 0) {
      return new PersonName("", List.of(), last, suffix);
    }
    return new PersonName(NICKNAMES.getOrDefault(words.get(0), words.get(0)), words.subList(1, lastStart), last, suffix);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('\u2019', '\'')
        .toLowerCase(Locale.ROOT);
  }
}
