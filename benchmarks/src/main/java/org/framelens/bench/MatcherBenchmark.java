package org.framelens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.framelens.lexicon.Entry;
import org.framelens.lexicon.Lexicon;
import org.framelens.lexicon.Lexicons;
import org.framelens.lexicon.Theme;
import org.framelens.lexicon.ThemeHit;
import org.framelens.lexicon.ThemeMatcher;
import org.framelens.nlp.ParsedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matcher throughput in tokens per second (one operation = one token), single-threaded, over a
 * synthetic corpus of {@value #TOKENS} tokens built as {@link ParsedDocument} arrays: no CoreNLP.
 * Filler news words form sentences of about 25 tokens; a lexicon term (word or phrase) is mixed in
 * at one per 25 tokens, so most sentences hold a hit.
 *
 * <p>{@code shipped}: the shipped theme lexicons. {@code shippedWithoutNear}: the same less its near
 * entries. {@code synthetic100k}: 100,000 generated entries (one to three pseudo-words, 5% globs) in
 * 100 themes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MatcherBenchmark {

  static final int TOKENS = 200_000;
  private static final int SENTENCE = 25;

  private static final String[] FILLER = ("the of and to in a is that for on was with he it as at by from "
      + "his an were are which this be has had not but its have they who their been one new after also "
      + "said would year two first government people minister talks city report official week told state "
      + "country president could percent since during between against under meeting agreement support "
      + "economy visit deal foreign talks capital market region plan leaders announced Tuesday Wednesday "
      + "ministry statement forces border trade energy oil gas group party election council summit "
      + "Sanctions Talks Leaders 's Ministers").split(" ");

  @Param({"shipped", "shippedWithoutNear", "synthetic100k"})
  public String lexicon;

  private ThemeMatcher matcher;
  private ParsedDocument corpus;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<String> themeWords = new ArrayList<>();
    Lexicon chosen;
    if (lexicon.startsWith("shipped")) {
      chosen = lexicon.equals("shipped") ? Lexicons.shipped() : withoutNear(Lexicons.shipped());
      for (Theme t : chosen.themes()) {
        for (Entry e : t.entries()) {
          if (!e.term().contains("*")) {
            // a near entry is inserted with its first near term, so that its window check succeeds
            themeWords.add(e.term() + e.near().map(n -> " the " + n.terms().get(0).replace("*", "")).orElse(""));
          }
        }
      }
    } else {
      chosen = synthetic(random, 100_000, 100);
      for (Theme t : chosen.themes()) {
        for (Entry e : t.entries()) {
          themeWords.add(e.term().replace("*", "ing"));
        }
      }
    }
    matcher = ThemeMatcher.compile(chosen);
    double themeRate = 1.0 / SENTENCE;
    corpus = corpus(random, themeWords, themeRate);
    List<ThemeHit> hits = matcher.match(corpus);
    if (hits.isEmpty()) {
      throw new IllegalStateException("the corpus must produce hits to measure anything");
    }
    System.out.printf("%n%s: %d themes, %d entries; corpus %d tokens, %d hits%n", lexicon, chosen.size(),
        chosen.entryCount(), corpus.size(), hits.size());
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public List<ThemeHit> match() {
    return matcher.match(corpus);
  }

  /** The lexicon less its near entries: what the near operator costs is the difference. */
  static Lexicon withoutNear(Lexicon full) {
    List<Theme> themes = new ArrayList<>();
    for (Theme t : full.themes()) {
      themes.add(new Theme(t.id(), t.label(), t.description(), t.source(), t.parentId(),
          t.entries().stream().filter(e -> e.near().isEmpty()).toList()));
    }
    return Lexicon.of(themes);
  }

  static Lexicon synthetic(SplittableRandom random, int entries, int themes) {
    List<List<Entry>> perTheme = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      perTheme.add(new ArrayList<>());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (seen.size() < entries) {
      int words = 1 + random.nextInt(3);
      StringBuilder term = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          term.append(' ');
        }
        term.append(pseudoWord(random));
      }
      if (random.nextInt(20) == 0) {
        term.append('*');
      }
      if (seen.add(term.toString())) {
        perTheme.get(random.nextInt(themes)).add(Entry.of(term.toString()));
      }
    }
    List<Theme> list = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      list.add(new Theme("theme" + t, "Theme " + t, "", "synthetic", "", perTheme.get(t)));
    }
    return Lexicon.of(list);
  }

  private static final String[] SYLLABLES = ("ka ri to mu ne sa lo vi de pa zu che mor tan gel bri fos "
      + "lin dar qua sel vor nim pex ulo ast ren").split(" ");

  private static String pseudoWord(SplittableRandom random) {
    StringBuilder w = new StringBuilder();
    int n = 2 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  /** Sentences of filler words, with theme terms mixed in at {@code themeRate} per token. */
  static ParsedDocument corpus(SplittableRandom random, List<String> themeWords, double themeRate) {
    List<String> words = new ArrayList<>(TOKENS);
    while (words.size() < TOKENS) {
      if (random.nextDouble() < themeRate) {
        for (String w : themeWords.get(random.nextInt(themeWords.size())).split(" ")) {
          words.add(w);
        }
      } else {
        words.add(FILLER[random.nextInt(FILLER.length)]);
      }
      if (random.nextInt(SENTENCE) == 0) {
        words.add(random.nextInt(3) == 0 ? "," : ".");
      }
    }
    words = words.subList(0, TOKENS);
    int n = words.size();
    String[] word = new String[n];
    String[] lemma = new String[n];
    String[] tag = new String[n];
    String[] ner = new String[n];
    int[] begin = new int[n];
    int[] end = new int[n];
    List<Integer> sentenceStarts = new ArrayList<>(List.of(0));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      word[i] = words.get(i);
      lemma[i] = word[i].toLowerCase(Locale.ROOT);
      // capitalised words as proper nouns, so the matcher's proper-noun plural path is exercised
      tag[i] = Character.isUpperCase(word[i].charAt(0)) ? "NNP" : word[i].equals("'s") ? "POS" : "NN";
      ner[i] = "O";
      begin[i] = text.length();
      text.append(word[i]).append(' ');
      end[i] = begin[i] + word[i].length();
      if (word[i].equals(".") && i + 1 < n) {
        sentenceStarts.add(i + 1);
      }
    }
    sentenceStarts.add(n);
    return new ParsedDocument(text.toString(), word, lemma, tag, ner, begin, end,
        sentenceStarts.stream().mapToInt(Integer::intValue).toArray());
  }
}
