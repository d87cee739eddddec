package org.framelens.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores quote detection and speaker attribution against gold annotations, with the matching
 * rules of {@code score_attribution.py}: a predicted quote finds a gold quote when it overlaps at
 * least half of the gold content span; a speaker is right when (alias gold) every gold speaker is
 * named and nobody else, or (span gold) a predicted mention overlaps the gold mention, or the gold
 * speaker's surname is a word of a predicted name or mention. Gold and predictions are JSON
 * objects, one per document, keyed by {@code "id"}.
 */
public final class AttributionEvaluator {

  private static final double OVERLAP = 0.5;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "who", "i", "we", "you", "his",
      "her", "their", "him", "them", "said", "which", "that", "this", "one", "me", "us");
  private static final Pattern WORD = Pattern.compile("[\\w'-]+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The counts behind the figures. */
  public record Scores(int gold, int found, int right, int predicted, int predictedKnown, int attributed,
      int missingDocuments) {

    public double detectionRecall() {
      return ratio(found, gold);
    }

    public double detectionPrecision() {
      return ratio(predictedKnown, predicted);
    }

    public double detectionF1() {
      return f1(detectionPrecision(), detectionRecall());
    }

    /** Right speakers among the gold quotes found. */
    public double speakerAccuracy() {
      return ratio(right, found);
    }

    /** Right speakers among all gold quotes: end-to-end attribution recall. */
    public double endToEnd() {
      return ratio(right, gold);
    }

    /** Right speakers among the found quotes we named someone for. */
    public double attributionPrecision() {
      return ratio(right, attributed);
    }

    public double attributionF1() {
      return f1(attributionPrecision(), endToEnd());
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public Scores score(List<JsonNode> gold, Map<String, JsonNode> predictions) {
    int goldCount = 0;
    int found = 0;
    int right = 0;
    int predicted = 0;
    int known = 0;
    int attributed = 0;
    int missing = 0;
    for (JsonNode g : gold) {
      JsonNode p = predictions.get(g.path("id").asText());
      List<JsonNode> goldQuotes = new ArrayList<>();
      for (JsonNode q : g.path("quotes")) {
        if (hasSpeaker(q)) {
          goldQuotes.add(q);
        }
      }
      if (p == null) {
        missing++;
        goldCount += goldQuotes.size();
        continue;
      }
      List<JsonNode> pq = new ArrayList<>();
      for (JsonNode q : p.path("quotes")) {
        if (q.has("start") && q.has("end")) {
          pq.add(q);
        }
      }
      List<int[]> knownSpans = new ArrayList<>();
      for (JsonNode q : g.path("quotes")) {
        knownSpans.add(goldSpan(q));
      }
      for (JsonNode u : g.path("unattributed_quoted")) {
        knownSpans.add(new int[] {u.path("start").asInt(), u.path("end").asInt()});
      }
      for (JsonNode q : pq) {
        predicted++;
        int s = q.path("start").asInt();
        int e = q.path("end").asInt();
        for (int[] k : knownSpans) {
          if (overlap(k[0], k[1], s, e) > 0) {
            known++;
            break;
          }
        }
      }
      for (JsonNode gq : goldQuotes) {
        goldCount++;
        int[] span = goldSpan(gq);
        JsonNode best = null;
        int bestOverlap = -1;
        for (JsonNode q : pq) {
          int ov = overlap(span[0], span[1], q.path("start").asInt(), q.path("end").asInt());
          if (ov >= OVERLAP * (span[1] - span[0]) && ov > bestOverlap) {
            best = q;
            bestOverlap = ov;
          }
        }
        if (best == null) {
          continue;
        }
        found++;
        List<Predicted> speakers = predictedSpeakers(best);
        if (!speakers.isEmpty()) {
          attributed++;
        }
        boolean ok = gq.has("speakers") ? aliasOk(gq.path("speakers"), speakers) : spanOk(gq, speakers);
        if (ok) {
          right++;
        }
      }
    }
    return new Scores(goldCount, found, right, predicted, known, attributed, missing);
  }

  private record Predicted(String text, int start, int end) {
    boolean hasSpan() {
      return start >= 0;
    }
  }

  private static boolean hasSpeaker(JsonNode q) {
    JsonNode speakers = q.path("speakers");
    if (speakers.isArray() && !speakers.isEmpty()) {
      return true;
    }
    return q.path("speaker").isTextual() && !q.path("speaker").asText().isEmpty();
  }

  private static int[] goldSpan(JsonNode q) {
    if (q.hasNonNull("inner_start")) {
      return new int[] {q.path("inner_start").asInt(), q.path("inner_end").asInt()};
    }
    return new int[] {q.path("start").asInt(), q.path("end").asInt()};
  }

  private static int overlap(int a0, int a1, int b0, int b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }

  private static List<Predicted> predictedSpeakers(JsonNode q) {
    List<Predicted> out = new ArrayList<>();
    for (JsonNode s : q.path("speakers")) {
      if (s.isTextual()) {
        out.add(new Predicted(norm(s.asText()), -1, -1));
        continue;
      }
      JsonNode m = s.path("mention");
      String mentionText = m.isObject() ? m.path("text").asText("") : m.asText("");
      int start = m.isObject() && m.hasNonNull("start") ? m.path("start").asInt() : -1;
      int end = m.isObject() && m.hasNonNull("end") ? m.path("end").asInt() : -1;
      StringBuilder names = new StringBuilder();
      for (String key : List.of("name", "actor", "id", "canonical")) {
        if (s.hasNonNull(key) && !s.path(key).asText().isEmpty()) {
          names.append(names.length() > 0 ? " | " : "").append(s.path(key).asText());
        }
      }
      String text = norm(names + " | " + mentionText);
      if (!text.replace("|", "").isBlank()) {
        out.add(new Predicted(text, start, end));
      }
    }
    return out;
  }

  private static boolean aliasOk(JsonNode goldSpeakers, List<Predicted> preds) {
    if (preds.isEmpty()) {
      return false;
    }
    for (JsonNode aliases : goldSpeakers) {
      if (preds.stream().noneMatch(p -> named(aliases, p))) {
        return false;
      }
    }
    for (Predicted p : preds) {
      boolean any = false;
      for (JsonNode aliases : goldSpeakers) {
        any |= named(aliases, p);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean named(JsonNode aliases, Predicted p) {
    for (JsonNode a : aliases) {
      if (p.text().contains(norm(a.asText()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean spanOk(JsonNode gq, List<Predicted> preds) {
    if (preds.isEmpty()) {
      return false;
    }
    if (gq.hasNonNull("speaker_start") && gq.hasNonNull("speaker_end")) {
      int gs = gq.path("speaker_start").asInt();
      int ge = gq.path("speaker_end").asInt();
      for (Predicted p : preds) {
        if (p.hasSpan() && overlap(gs, ge, p.start(), p.end()) > 0) {
          return true;
        }
      }
    }
    List<String> tokens = words(norm(gq.path("speaker").asText("")));
    if (!tokens.isEmpty() && !PRONOUNS.contains(tokens.get(tokens.size() - 1))
        && !(tokens.size() == 1 && PRONOUNS.contains(tokens.get(0)))) {
      String last = tokens.get(tokens.size() - 1);
      for (Predicted p : preds) {
        if (new HashSet<>(words(p.text())).contains(last)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String norm(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
