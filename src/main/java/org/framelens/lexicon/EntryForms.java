package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms an entry word, or a token, may take in text: inflections to undo, and the ways a
 * hyphenated compound is tokenised or written.
 */
final class EntryForms {

  private EntryForms() {}

  /** Inflected forms an entry word may have been written in, mapped back to likely lemmas. */
  static List<String> lemmaGuesses(String w) {
    List<String> out = new ArrayList<>();
    if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
      return out;
    }
    int n = w.length();
    if (w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (w.endsWith("ses")) {
      out.add(w.substring(0, n - 2) + "is");
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
      out.add(w.substring(0, n - 2));
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ied")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (w.endsWith("ed") && n >= 5) {
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
    } else if (w.endsWith("ing") && n >= 6) {
      out.add(w.substring(0, n - 3));
      out.add(w.substring(0, n - 3) + "e");
    }
    return out;
  }

  /**
   * The singulars a plural-looking token may stand for. CoreNLP tags a capitalised plural at the
   * start of a sentence or in a headline as a proper noun (NNPS, NNP) and then keeps it as its own
   * lemma ("Sanctions have failed": lemma "sanctions"), so the matcher undoes the plural itself for
   * such tokens. Only plural endings are undone: a proper noun is not a verb form.
   */
  static int singulars(String lower, String[] into) {
    int n = lower.length();
    if (n < 4 || lower.charAt(n - 1) != 's' || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return 0;
    }
    int k = 0;
    if (lower.endsWith("ies")) {
      into[k++] = lower.substring(0, n - 3) + "y";
    } else if (lower.endsWith("ses")) {
      into[k++] = lower.substring(0, n - 2) + "is";
      into[k++] = lower.substring(0, n - 2);
    } else if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes") || lower.endsWith("oes")) {
      into[k++] = lower.substring(0, n - 2);
    }
    into[k++] = lower.substring(0, n - 1);
    return k;
  }

  /**
   * CoreNLP 4 splits some hyphenated compounds ("U.S.-led" is U.S., -, led) while it keeps others
   * whole and other tokenisers keep them all whole; writers also close them up ("noninterference").
   * So an entry word with inner hyphens compiles to three paths: whole, split, and closed.
   */
  static List<List<String>> tokenings(List<String> words) {
    List<List<String>> out = new ArrayList<>(List.of(List.of()));
    for (String word : words) {
      List<List<String>> variants = new ArrayList<>();
      variants.add(List.of(word));
      if (word.indexOf('-') > 0 && word.indexOf('*') < 0 && !word.endsWith("-") && !word.contains("--")) {
        List<String> split = new ArrayList<>();
        for (String part : word.split("-")) {
          if (!split.isEmpty()) {
            split.add("-");
          }
          split.add(part);
        }
        variants.add(split);
        String closed = word.replace("-", "");
        if (closed.chars().allMatch(Character::isLetter)) {
          variants.add(List.of(closed));
        }
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (List<String> v : variants) {
          List<String> joined = new ArrayList<>(prefix);
          joined.addAll(v);
          next.add(joined);
        }
      }
      out = next;
    }
    return out;
  }
}
