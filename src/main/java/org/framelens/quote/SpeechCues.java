package org.framelens.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.framelens.Resources;
import org.framelens.nlp.ParsedDocument;

/** The verbs that report or frame speech, from {@code lexicons/cues/speech.tsv}. Immutable. */
public final class SpeechCues {

  /** {@code SAY}: classic reporting verbs, also in inverted order ("said Smith"); {@code FRAME}: verbs that govern a partial quote ("hailed it as"). */
  public enum Kind { SAY, FRAME }

  /** Verbs that report speech only with their particle: "fired back", "weighed in". */
  private static final java.util.Set<String> PARTICLE_VERBS = java.util.Set.of("fire back", "shoot back",
      "hit back", "push back", "lash out", "weigh in", "chime in", "speak out", "sound off", "go on", "spell out",
      "open up", "speak up", "write back", "fire off");

  private final Map<String, Kind> byLemma;

  private SpeechCues(Map<String, Kind> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  /** Loaded on first use, once per JVM (the holder idiom: the class loader does the locking). */
  private static final class Shipped {
    static final SpeechCues INSTANCE = load();

    private static SpeechCues load() {
      Map<String, Kind> map = new HashMap<>();
      for (String[] row : Resources.tsv("cues/speech.tsv", 2)) {
        map.putIfAbsent(row[0], row[1].equals("say") ? Kind.SAY : Kind.FRAME);
      }
      return new SpeechCues(map);
    }
  }

  public static SpeechCues shipped() {
    return Shipped.INSTANCE;
  }

  /** The cue kind of a verb token; nouns and other tags are not verb cues. */
  public Optional<Kind> verbCue(ParsedDocument doc, int token) {
    String tag = doc.tag(token);
    if (tag.startsWith("VB")) {
      Kind kind = byLemma.get(doc.lemma(token));
      if (kind == null && token + 1 < doc.size() && PARTICLE_VERBS.contains(doc.lemma(token) + " " + doc.lemma(token + 1))) {
        kind = Kind.SAY;
      }
      return Optional.ofNullable(kind);
    }
    // the tagger reads "Bozell notes" and "he adds" as plural nouns now and then
    // ... and "“...,” echoes McMillen" too
    boolean afterSubject = token > 0 && (doc.tag(token - 1).equals("PRP") || doc.tag(token - 1).startsWith("NNP"));
    boolean beforeSubject = token > 0 && (doc.tag(token - 1).equals(",") || doc.tag(token - 1).equals("''"))
        && token + 1 < doc.size() && doc.tag(token + 1).startsWith("NNP");
    if (tag.equals("NNS") && (afterSubject || beforeSubject) && Character.isLowerCase(doc.word(token).charAt(0))) {
      return Optional.ofNullable(byLemma.get(doc.lemma(token)));
    }
    return Optional.empty();
  }
}
