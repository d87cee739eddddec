package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;

/**
 * Candidate entries for a theme, after quanteda's {@code textstat_keyness} with the
 * log-likelihood measure: lemma words and two-word phrases counted in the contexts of the theme's
 * hits (a window of tokens around each hit, in its sentence) and in the rest of the corpus, and
 * ranked by Dunning's G2 where they are more frequent near hits than elsewhere. Folded one document
 * at a time; only counts and one example per candidate are kept.
 */
public final class Keyness {

  /** A candidate entry: its lemma words, its keyness, where it occurs, and one place it occurs near a hit. */
  public record Candidate(String term, double g2, int nearHits, int elsewhere, String exampleDocument, String example) {}

  // function words, pronouns, reporting verbs and numbers say nothing about a theme
  private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
      "at", "by", "for", "with", "from", "as", "into", "about", "over", "after", "before", "than", "that",
      "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "i", "his",
      "her", "their", "our", "your", "my", "him", "them", "us", "me", "who", "whom", "which", "what", "when",
      "where", "why", "how", "be", "have", "do", "will", "would", "can", "could", "shall", "should", "may",
      "might", "must", "not", "no", "so", "if", "also", "all", "any", "some", "such", "more", "most", "other",
      "very", "just", "only", "then", "now", "even", "say", "tell", "said", "mr", "mrs", "ms", "one", "two",
      "up", "out", "against", "between", "during", "through", "under", "while", "because", "since", "until",
      "both", "each", "few", "many", "much", "own", "same", "too", "yet", "get", "make", "year", "time");

  static final double MIN_COLLOCATION_RATIO = 2.0;

  private final Set<String> themes;
  private final Set<String> existing;
  private final int window;
  private final Map<String, int[]> counts = new HashMap<>(); // term -> near hits, elsewhere
  private final Map<String, String[]> examples = new HashMap<>();
  private long nearTokens;
  private long otherTokens;
  private int hits;
  private int hitDocuments;

  /**
   * @param themes the theme and its descendants, whose hits define the contexts
   * @param existing the lemma terms the theme already has, left out of the candidates
   * @param window tokens either side of a hit that count as its context
   */
  public Keyness(Set<String> themes, Set<String> existing, int window) {
    this.themes = Set.copyOf(themes);
    this.existing = Set.copyOf(existing);
    this.window = window;
  }

  /** Counts one document. */
  public void add(String document, ParsedDocument doc, List<ThemeHit> allHits) {
    int n = doc.size();
    byte[] role = new byte[n]; // 0 elsewhere, 1 context, 2 inside a hit (not counted)
    boolean any = false;
    for (ThemeHit h : allHits) {
      if (!themes.contains(h.theme())) {
        continue;
      }
      any = true;
      hits++;
      int first = doc.tokenAtOrAfter(h.start());
      int last = Math.max(first, doc.tokenAtOrAfter(h.end() - 1));
      if (first >= n) {
        continue;
      }
      int s = doc.sentenceOf(first);
      int from = Math.max(doc.sentenceStart(s), first - window);
      int to = Math.min(doc.sentenceEnd(s), last + 1 + window);
      for (int i = from; i < to; i++) {
        role[i] = (byte) Math.max(role[i], i >= first && i <= last ? 2 : 1);
      }
    }
    if (any) {
      hitDocuments++;
    }
    for (int i = 0; i < n; i++) {
      if (role[i] == 2) {
        continue;
      }
      boolean near = role[i] == 1;
      if (near) {
        nearTokens++;
      } else {
        otherTokens++;
      }
      String w = word(doc, i);
      if (w == null) {
        continue;
      }
      count(w, near, document, doc, i, i + 1);
      int j = i + 1;
      if (j < n && doc.sentenceOf(j) == doc.sentenceOf(i) && role[j] == role[i]) {
        String w2 = word(doc, j);
        if (w2 != null) {
          count(w + " " + w2, near, document, doc, i, j + 1);
        }
      }
    }
  }

  private static String word(ParsedDocument doc, int i) {
    String lemma = doc.lemma(i).toLowerCase(Locale.ROOT);
    if (lemma.length() < 3 || STOP.contains(lemma)) {
      return null;
    }
    for (int k = 0; k < lemma.length(); k++) {
      char c = lemma.charAt(k);
      if (!Character.isLetter(c) && c != '-') {
        return null;
      }
    }
    return lemma;
  }

  private void count(String term, boolean near, String document, ParsedDocument doc, int from, int to) {
    if (existing.contains(term)) {
      return;
    }
    int[] c = counts.computeIfAbsent(term, k -> new int[2]);
    c[near ? 0 : 1]++;
    if (near && !examples.containsKey(term)) {
      int s = doc.sentenceOf(from);
      int a = Math.max(doc.sentenceStart(s), from - 6);
      int b = Math.min(doc.sentenceEnd(s), to + 6);
      examples.put(term, new String[] {document,
          doc.text().substring(doc.begin(a), doc.end(b - 1)).replaceAll("\\s+", " ").strip()});
    }
  }

  public int hits() {
    return hits;
  }

  public int hitDocuments() {
    return hitDocuments;
  }

  public long nearTokens() {
    return nearTokens;
  }

  public long otherTokens() {
    return otherTokens;
  }

  /**
   * The {@code limit} best candidates seen at least {@code minCount} times near hits, by G2, highest
   * first; ties by term. Only terms more frequent near hits than elsewhere are candidates.
   */
  public List<Candidate> candidates(int limit, int minCount) {
    List<Candidate> out = new ArrayList<>();
    long tokens = nearTokens + otherTokens;
    counts.forEach((term, c) -> {
      if (c[0] < minCount || (double) c[0] / Math.max(1, nearTokens) <= (double) c[1] / Math.max(1, otherTokens)) {
        return;
      }
      if (!collocation(term, c, tokens)) {
        return;
      }
      String[] ex = examples.get(term);
      out.add(new Candidate(term, g2(c[0], c[1], nearTokens, otherTokens), c[0], c[1], ex[0], ex[1]));
    });
    // on equal keyness a phrase goes first, so that its words alone can be dropped below
    out.sort(Comparator.comparingDouble(Candidate::g2).reversed()
        .thenComparing(c -> -c.term().split(" ").length).thenComparing(Candidate::term));
    // a word that only occurs inside a stronger two-word candidate adds nothing of its own
    Map<String, Integer> inPhrases = new HashMap<>();
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate c : out) {
      if (ranked.size() >= limit) {
        break;
      }
      if (c.term().indexOf(' ') > 0) {
        for (String w : c.term().split(" ")) {
          inPhrases.merge(w, c.nearHits(), Math::max);
        }
      } else if (inPhrases.getOrDefault(c.term(), 0) >= c.nearHits()) {
        continue;
      }
      ranked.add(c);
    }
    return ranked;
  }

  /**
   * Whether a two-word candidate is a collocation: seen at least {@value #MIN_COLLOCATION_RATIO}
   * times as often as its words would meet by chance (pointwise mutual information of 1 bit or
   * more, over the whole corpus), so that "oil export" is kept and "minister warn" is not. A single
   * word, or a phrase with a word the theme already has as an entry (not counted), always passes.
   */
  private boolean collocation(String term, int[] c, long tokens) {
    int space = term.indexOf(' ');
    if (space < 0) {
      return true;
    }
    int[] first = counts.get(term.substring(0, space));
    int[] second = counts.get(term.substring(space + 1));
    if (first == null || second == null) {
      return true;
    }
    double expected = (double) (first[0] + first[1]) * (second[0] + second[1]) / Math.max(1, tokens);
    return c[0] + c[1] >= MIN_COLLOCATION_RATIO * expected;
  }

  /**
   * Dunning's log-likelihood G2 for a term seen {@code a} times in {@code c} target tokens and
   * {@code b} times in {@code d} reference tokens (Rayson and Garside 2000's form).
   */
  static double g2(long a, long b, long c, long d) {
    double e1 = (double) c * (a + b) / (c + d);
    double e2 = (double) d * (a + b) / (c + d);
    double g = 0;
    if (a > 0) {
      g += a * Math.log(a / e1);
    }
    if (b > 0) {
      g += b * Math.log(b / e2);
    }
    return 2 * g;
  }

  /** The candidates as entries ready to paste under a theme's {@code entries:}, each with its evidence. */
  public static String yaml(String theme, Keyness k, List<Candidate> candidates) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "# framelens lexicon suggest %s: %d hits in %d documents; %,d tokens near hits, %,d elsewhere%n",
        theme, k.hits(), k.hitDocuments(), k.nearTokens(), k.otherTokens()));
    b.append("# ranked by log-likelihood keyness (G2) of the hit contexts against the rest of the corpus;\n");
    b.append("# two-word phrases only where they are collocations (twice as frequent as their words by chance).\n");
    b.append("# Candidates, not entries: read each example, keep what is the theme's rhetoric, then check with kwic.\n");
    for (Candidate c : candidates) {
      String example = c.example().length() > 120 ? c.example().substring(0, 117) + "..." : c.example();
      b.append(String.format(Locale.ROOT, "      - %s    # G2 %.1f; %d near hits, %d elsewhere; e.g. %s: \"%s\"%n",
          yamlScalar(c.term()), c.g2(), c.nearHits(), c.elsewhere(), c.exampleDocument(),
          example.replace("\"", "'")));
    }
    return b.toString();
  }

  private static String yamlScalar(String s) {
    boolean plain = s.matches("[a-z][a-z -]*") && !s.equals("yes") && !s.equals("no") && !s.equals("on")
        && !s.equals("off") && !s.equals("true") && !s.equals("false") && !s.equals("null");
    return plain ? s : "'" + s.replace("'", "''") + "'";
  }
}
