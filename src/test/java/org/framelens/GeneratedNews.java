package org.framelens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Short news articles built from a seed, with the gold speaker of every quote, for tests that need
 * hundreds of documents (thread-count determinism, evaluate on a corpus). Every sentence pattern
 * and name here is invented for these tests; the same seed always gives the same corpus.
 */
public final class GeneratedNews {

  private GeneratedNews() {}

  /** One quote of an article: its inner span and its speakers as (full name, surname) pairs. */
  public record GoldQuote(int start, int end, List<List<String>> speakers) {}

  public record Article(String id, String text, List<GoldQuote> quotes) {

    /** The article as a JSONL corpus line with alias gold, the form {@code evaluate --gold} reads. */
    public Map<String, Object> jsonl() {
      List<Map<String, Object>> gold = new ArrayList<>();
      for (GoldQuote q : quotes) {
        gold.add(Map.of("start", q.start(), "end", q.end(), "speakers", q.speakers()));
      }
      return Map.of("id", id, "text", text, "quotes", gold);
    }
  }

  private static final String[] FIRST = {"Anna", "Jonas", "Mira", "Tomas", "Leila", "Pavel", "Ines", "Kofi",
      "Hana", "Ruben", "Sofia", "Emil", "Nadia", "Oskar", "Lina", "Viktor"};
  private static final String[] LAST = {"Berg", "Falk", "Costa", "Varga", "Osei", "Lund", "Moreau", "Haddad",
      "Sato", "Reyes", "Novak", "Dahl", "Kovacs", "Ortiz", "Lindqvist", "Mensah"};
  private static final String[] TITLES = {"Defence Minister", "Finance Minister", "Mayor", "Governor",
      "Senator", "union leader", "spokeswoman", "Foreign Minister"};
  private static final String[] TOPICS = {"the harbour project", "the new budget", "the flood defences",
      "the trade agreement", "the rail strike", "the water tariffs", "the border talks", "the school reform"};
  private static final String[] CLAIMS = {"This is a good day for the region", "We will not back down",
      "Nobody asked the people who live here", "The numbers simply do not add up",
      "We expect a decision within weeks", "It is too early to celebrate", "Our doors remain open",
      "This plan protects families", "The costs have doubled since spring", "We have seen this before"};
  private static final String[] EVENTS = {"visited the site on Monday", "met union representatives in the capital",
      "published a report on the costs", "spoke at a crowded town hall", "left the meeting early"};
  private static final String[] FILLER = {"The vote is expected next month.", "Work on the site stopped in March.",
      "Critics say the costs were never published.", "Several hundred people attended the meeting.",
      "The council will meet again on Thursday."};

  /** {@code count} articles from {@code seed}, ids {@code gen-0000} onward. */
  public static List<Article> corpus(long seed, int count) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      articles.add(article(String.format("gen-%04d", n), random));
    }
    return articles;
  }

  private static Article article(String id, Random random) {
    StringBuilder text = new StringBuilder();
    List<GoldQuote> quotes = new ArrayList<>();
    String first = pick(random, FIRST);
    String last = pick(random, LAST);
    String otherFirst = pick(random, FIRST);
    String otherLast = pick(random, LAST);
    while (otherLast.equals(last)) {
      otherLast = pick(random, LAST);
    }
    List<String> speaker = List.of(first + " " + last, last);
    List<String> other = List.of(otherFirst + " " + otherLast, otherLast);
    String topic = pick(random, TOPICS);

    text.append(pick(random, TITLES)).append(' ').append(first).append(' ').append(last).append(' ')
        .append(pick(random, EVENTS)).append(" to discuss ").append(topic).append(".\n\n");
    int sentences = 2 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      switch (random.nextInt(5)) {
        case 0 -> {
          quote(text, quotes, "“", pick(random, CLAIMS), ",” " + last + " said.", speaker);
        }
        case 1 -> {
          text.append(otherFirst).append(' ').append(otherLast).append(", who opposes ").append(topic)
              .append(", told reporters: ");
          quote(text, quotes, "“", pick(random, CLAIMS), ".”", other);
        }
        case 2 -> {
          quote(text, quotes, "“", pick(random, CLAIMS), ",” said " + otherLast + ".", other);
        }
        case 3 -> {
          text.append(last).append(" called ").append(topic).append(' ');
          quote(text, quotes, "“", "a fair deal for everyone", ".”", speaker);
        }
        default -> text.append(pick(random, FILLER));
      }
      text.append(random.nextInt(3) == 0 ? "\n\n" : " ");
    }
    return new Article(id, text.toString().strip(), quotes);
  }

  /** Appends {@code open + words + close}, recording the words' span as a gold quote. */
  private static void quote(StringBuilder text, List<GoldQuote> quotes, String open, String words, String close,
      List<String> speaker) {
    text.append(open);
    int start = text.length();
    text.append(words);
    // a comma or period before the closing mark is inside the quote marks, as in the analysis
    int end = text.length() + (close.startsWith(",”") || close.startsWith(".”") ? 1 : 0);
    text.append(close);
    quotes.add(new GoldQuote(start, end, List.of(speaker)));
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
