package org.framelens.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.nlp.ParsedDocument;

/**
 * Hand-built documents for matcher tests, without CoreNLP. Tokens are separated by spaces, each
 * {@code word}, {@code word/lemma} or {@code word/lemma/TAG} (lemma defaults to the lower-cased
 * word); {@code |} starts a new sentence. The text is the words joined by single spaces.
 */
final class Docs {

  private Docs() {}

  static ParsedDocument doc(String spec) {
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>(List.of(0));
    for (String raw : spec.trim().split("\\s+")) {
      if (raw.equals("|")) {
        sentenceStarts.add(words.size());
        continue;
      }
      String[] parts = raw.split("/", -1);
      boolean slashWord = raw.equals("/");
      String word = slashWord ? "/" : parts[0];
      words.add(word);
      lemmas.add(!slashWord && parts.length > 1 ? parts[1] : word.toLowerCase(Locale.ROOT));
      tags.add(!slashWord && parts.length > 2 ? parts[2] : "");
    }
    int n = words.size();
    int[] begins = new int[n];
    int[] ends = new int[n];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      begins[i] = text.length();
      text.append(words.get(i));
      ends[i] = text.length();
    }
    sentenceStarts.add(n);
    return new ParsedDocument(text.toString(), words.toArray(String[]::new), lemmas.toArray(String[]::new),
        tags.toArray(String[]::new), new String[n], begins, ends,
        sentenceStarts.stream().mapToInt(Integer::intValue).toArray());
  }
}
