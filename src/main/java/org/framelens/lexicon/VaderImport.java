package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Converts the VADER sentiment lexicon (Hutto and Gilbert 2014, {@code vader_lexicon.txt}: one
 * {@code TOKEN<TAB>MEAN<TAB>SD<TAB>[ratings]} a line, mean valence from -4 to +4) into a
 * {@code framelens-lexicon/1} opinion file with themes under {@code positive} and {@code negative}.
 * VADER was built for social media, so only what fits news is kept: words of letters only (no
 * emoticons), at least three letters, none of its chat acronyms and interjections, none of the
 * words news uses for events and outcomes ({@link #NEWS_EVENTS}: "won", "defeated"), and only clear
 * valence; strong words (|valence| at or above {@code strong}) weigh 1.0, the rest 0.5. Entries
 * match the exact surface word, as VADER does (it lists inflections separately). Words of {@code
 * skip} (the hand-written opinion files) and their inflections are left out. Pure and stateless.
 */
public final class VaderImport {

  /** What the import keeps: at least {@code min} absolute valence; {@code strong} and above weighs 1. */
  public record Options(double min, double strong, Set<String> skip) {
    public Options {
      if (!(min > 0) || !(strong >= min)) {
        throw new IllegalArgumentException("need 0 < min <= strong, got min " + min + ", strong " + strong);
      }
      skip = Set.copyOf(skip);
    }
  }

  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

  /**
   * VADER's chat acronyms, initialisms and interjections ("lol", "ftw", "hagd"), some of which are
   * also English words with another meaning ("hand" = have a nice day, "kia", "sob"), and chat
   * spellings: social-media vocabulary that either never occurs in news or means something else there.
   */
  static final Set<String> SLANG = Set.of("aas", "aayf", "afu", "alol", "ambw", "aml", "aok", "atab", "bfd", "bfe",
      "bff", "bsod", "btd", "bwahahah", "congrats", "cutey", "cuteys", "cutie", "cutiepie", "cuties", "cwot",
      "damnit", "doa", "effin", "fav", "fave", "fcol", "ffs", "fkm", "foaf", "ftw", "fubar", "fwb", "gga", "gla",
      "gratz", "hagd", "hagn", "hak", "haha", "hahaha", "hahas", "hand", "hhoj", "hugz", "ilu", "iluaaf", "ily",
      "iyq", "kfy", "kia", "kissy", "kmuf", "lmao", "lmbao", "lmfao", "lmso", "lol", "lolz", "lts", "luckie",
      "lulz", "lya", "lyb", "lyl", "lylab", "lylas", "lylb", "mml", "mofo", "muah", "mwah", "nfc", "nfw", "nitl",
      "nme", "prblm", "prblms", "ptl", "relaxin", "rofl", "roflcopter", "roflmao", "rotfl", "rotflmao",
      "rotflmfao", "rotflol", "rotgl", "rotglmao", "sete", "sfete", "sgtm", "slaw", "sob", "sucky", "sux", "swak",
      "tgif", "thx", "tia", "tyvm", "urw", "vbg", "vbs", "vip", "vwd", "vwp", "woohoo", "woot", "wtf", "wtg",
      "wth", "xlnt", "xoxo", "xoxozzz", "xqzt", "yay", "yeees", "yvw", "ywia");

  /**
   * Words VADER's raters scored as feelings that news uses to report events and outcomes, not to
   * judge: an election "won", a candidate who "could win", "defeated" rivals, a staffer "suspended",
   * "fired" or "arrested", prisoners "freed", a "prize" awarded, people "died". Read as opinions they
   * made whoever won or died the target of a stance (on PolNeAR news a quarter of the evaluative
   * readings were such words, none an opinion). Judging uses stay: "loser", "defeatist", "disaster".
   * "motivated" is left out too: "politically motivated" is an accusation, VADER scores it positive.
   */
  static final Set<String> NEWS_EVENTS = Set.of("win", "wins", "won", "winned", "winning", "winner", "winners",
      "winnable", "winnings", "beaten", "beating", "defeat", "defeated", "defeating", "lose", "losing", "losses",
      "arrested", "arrests", "jailed", "prison", "prisoner", "prisoners", "suspended", "fired", "die", "died", "dead",
      "death", "injured", "injury", "award", "awarded", "awarding", "awards", "awardee", "prize", "prizes",
      "prizewinner", "prizewinners", "prizewinning", "championship", "championships", "rescue", "rescued",
      "survived", "survivor", "freed", "motivated");

  private VaderImport() {}

  /** One word of the import: the surface word, VADER's mean valence and the weight it gets. */
  public record Word(String word, double valence, double weight) {}

  /** The words of {@code lines} the import keeps, sorted. Malformed lines are an error naming the line. */
  public static List<Word> words(List<String> lines, Options options) {
    TreeMap<String, Word> kept = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      double valence;
      try {
        valence = f.length < 2 ? Double.NaN : Double.parseDouble(f[1].strip());
      } catch (NumberFormatException e) {
        valence = Double.NaN;
      }
      if (Double.isNaN(valence)) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected TOKEN<TAB>MEAN_VALENCE, found: "
            + (line.length() > 60 ? line.substring(0, 60) + "..." : line));
      }
      String word = f[0].strip().toLowerCase(Locale.ROOT);
      if (!WORD.matcher(word).matches() || SLANG.contains(word) || NEWS_EVENTS.contains(word)
          || skipped(word, options.skip())
          || Math.abs(valence) < options.min()) {
        continue;
      }
      kept.put(word, new Word(word, valence, Math.abs(valence) >= options.strong() ? 1.0 : 0.5));
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * Whether a word is left to the skipped files: itself or, as the hand-written files list lemmas
   * that also match their inflections, a lemma it may be an inflection of ("threats", "abused").
   */
  private static boolean skipped(String word, Set<String> skip) {
    return skip.contains(word) || EntryForms.lemmaGuesses(word).stream().anyMatch(skip::contains);
  }

  /** The YAML file for {@code words}: a header naming the source and licence, then two themes. */
  public static String yaml(List<Word> words, Options options, String sourceName) {
    StringBuilder out = new StringBuilder();
    out.append("format: framelens-lexicon/1\n");
    out.append("# GENERATED by `framelens lexicon import-vader` from ").append(sourceName).append(": do not edit by hand;\n");
    out.append("# see lexicons/README.md, \"Opinion lexicon\", for the command that rebuilds it.\n");
    out.append("# Kept: words of letters only, at least 3 letters, no chat acronyms or interjections, no words news\n");
    out.append("# uses for events and outcomes (won, defeated, fired: VaderImport.NEWS_EVENTS), |mean valence| >= ")
        .append(options.min()).append(";\n");
    out.append("# weight 1.0 when |valence| >= ").append(options.strong())
        .append(", else 0.5; words of the hand-written opinion files are left to them.\n");
    out.append("#\n");
    out.append("# Source: the VADER sentiment lexicon, C.J. Hutto and E.E. Gilbert (2014), \"VADER: A Parsimonious\n");
    out.append("# Rule-based Model for Sentiment Analysis of Social Media Text\", ICWSM-14;\n");
    out.append("# https://github.com/cjhutto/vaderSentiment (also in the npm package vader-sentiment, Apache-2.0).\n");
    out.append("# Licence of the source lexicon:\n");
    out.append("#\n");
    for (String l : MIT.split("\n")) {
      out.append(l.isEmpty() ? "#" : "#   " + l).append('\n');
    }
    out.append("themes:\n");
    theme(out, "vader_positive", "VADER positive", "positive",
        "Words VADER's raters judged clearly positive (mean valence >= " + options.min() + ").", words, true);
    theme(out, "vader_negative", "VADER negative", "negative",
        "Words VADER's raters judged clearly negative (mean valence <= -" + options.min() + ").", words, false);
    return out.toString();
  }

  private static void theme(StringBuilder out, String id, String label, String parent, String description,
      List<Word> words, boolean positive) {
    out.append("  - id: ").append(id).append('\n');
    out.append("    label: ").append(label).append('\n');
    out.append("    description: ").append(description).append('\n');
    out.append("    source: VADER sentiment lexicon (Hutto and Gilbert 2014), MIT licence\n");
    out.append("    parent: ").append(parent).append('\n');
    out.append("    entries:\n");
    for (Word w : words) {
      if (w.valence() > 0 == positive) {
        out.append("      - {term: \"").append(w.word()).append("\", match: exact"); // quoted: "yes", "true" are words
        if (w.weight() != 1.0) {
          out.append(", weight: ").append(w.weight());
        }
        out.append("}\n");
      }
    }
  }

  private static final String MIT = """
      The MIT License (MIT)

      Copyright (c) 2016 C.J. Hutto

      Permission is hereby granted, free of charge, to any person obtaining a copy
      of this software and associated documentation files (the "Software"), to deal
      in the Software without restriction, including without limitation the rights
      to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
      copies of the Software, and to permit persons to whom the Software is
      furnished to do so, subject to the following conditions:

      The above copyright notice and this permission notice shall be included in all
      copies or substantial portions of the Software.

      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
      OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
      SOFTWARE.""";
}
