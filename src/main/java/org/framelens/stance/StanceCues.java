package org.framelens.stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.Resources;
import org.framelens.nlp.ParsedDocument;
import org.framelens.stance.Stance.Polarity;

/**
 * Stance cues from {@code lexicons/cues/stance.tsv}: verbs of judgment (criticize, welcome), of
 * action (strengthen, block), of wanting and asking (want, urge, refuse), attitude nouns
 * (condemnation, support) and predicate adjectives (opposed, eager). Some verbs only count with
 * their particle: "call for", "warn against". Immutable; one per JVM.
 */
public final class StanceCues {

  /** How a cue finds its holder and target; see the header of stance.tsv. */
  public enum Kind { VERB, ACT, INTENT, NOUN, ADJ }

  /** A cue at a token: its polarity, its kind, and how many particle tokens follow it. */
  public record Cue(Polarity polarity, Kind kind, int particles) {}

  /** The particle a verb needs to carry a stance ("called it X" is no stance, "called for X" is). */
  private static final Map<String, Set<String>> PARTICLES = Map.of("call", Set.of("for", "on", "upon"),
      "push", Set.of("for"), "press", Set.of("for"), "warn", Set.of("against", "of"), "side", Set.of("with"),
      "stand", Set.of("with", "by"), "appeal", Set.of("for", "to"), "strive", Set.of("for", "to"),
      "aim", Set.of("to", "at", "for"));

  /** Verbs that are no cue without their particle: "called it a mistake", "stood there". */
  private static final Set<String> NEEDS_PARTICLE = Set.of("call", "warn", "side", "stand", "aim", "strive", "appeal");

  /** Person nouns: the person so described holds the stance ("critics of the plan"). */
  private static final Set<String> PERSON_NOUNS = Set.of("critic", "opponent", "foe", "enemy", "adversary",
      "detractor", "skeptic", "sceptic", "proponent", "advocate", "supporter", "ally", "champion", "backer",
      "defender", "sponsor");

  /** Prepositions after a phrasal verb's particle that introduce its target: "pull out of", "walk away from". */
  private static final Set<String> PHRASAL_PREPOSITIONS = Set.of("of", "from", "on", "at", "against", "to", "for",
      "with");

  /** Time words that may stand between a verb and its "that" clause. */
  private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "again", "repeatedly", "earlier", "recently", "also");

  /** Verbs of praise and blame whose "for" (or "on") phrase names what the praise or blame is for. */
  private static final Set<String> REASON_VERBS = Set.of("thank", "congratulate", "praise", "commend", "hail", "laud",
      "salute", "applaud", "credit", "reward", "honor", "honour", "criticize", "criticise", "condemn", "fault",
      "rebuke", "slam", "blast", "castigate", "censure", "reprimand", "scold", "chide", "lambaste", "punish", "accuse",
      "blame", "denounce", "attack");

  private final Map<String, Cue> verbs;
  private final Map<String, Polarity> nouns;
  private final Map<String, Polarity> adjectives;

  private StanceCues(Map<String, Cue> verbs, Map<String, Polarity> nouns, Map<String, Polarity> adjectives) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.adjectives = Map.copyOf(adjectives);
  }

  /** Loaded on first use, once per JVM (the holder idiom: the class loader does the locking). */
  private static final class Shipped {
    static final StanceCues INSTANCE = load();

    private static StanceCues load() {
      Map<String, Cue> verbs = new HashMap<>();
      Map<String, Polarity> nouns = new HashMap<>();
      Map<String, Polarity> adjectives = new HashMap<>();
      for (String[] row : Resources.tsv("cues/stance.tsv", 3)) {
        Polarity p = row[1].equals("for") ? Polarity.FOR : Polarity.AGAINST;
        switch (row[2]) {
          case "verb" -> verbs.putIfAbsent(row[0], new Cue(p, Kind.VERB, 0));
          case "act" -> verbs.putIfAbsent(row[0], new Cue(p, Kind.ACT, 0));
          case "intent" -> verbs.putIfAbsent(row[0], new Cue(p, Kind.INTENT, 0));
          case "noun" -> nouns.putIfAbsent(row[0], p);
          case "adj" -> adjectives.putIfAbsent(row[0], p);
          default -> throw new IllegalStateException("lexicons/cues/stance.tsv: unknown kind '" + row[2] + "'");
        }
      }
      return new StanceCues(verbs, nouns, adjectives);
    }
  }

  public static StanceCues shipped() {
    return Shipped.INSTANCE;
  }

  /** The stance verb at {@code token}, checking its particle where it needs one. */
  public Optional<Cue> verb(ParsedDocument doc, int token) {
    if (!doc.tag(token).startsWith("VB")) {
      return Optional.empty();
    }
    String lemma = doc.lemma(token);
    Optional<Cue> phrasal = phrasal(doc, token, lemma);
    if (phrasal.isPresent()) {
      return phrasal;
    }
    Cue cue = verbs.get(lemma);
    if (cue == null) {
      return Optional.empty();
    }
    Set<String> particles = PARTICLES.get(lemma);
    if (particles == null) {
      return Optional.of(cue);
    }
    boolean hasParticle = token + 1 < doc.size() && particles.contains(doc.lemma(token + 1));
    int that = lemma.equals("warn") && !hasParticle ? warnsThat(doc, token) : -1;
    if (that > 0) {
      // "warned (Tuesday) that the strikes could destabilise the region": against what the warning is
      // about; the words before "that" count as particles so the target is read from the clause
      return Optional.of(new Cue(cue.polarity(), cue.kind(), that - token - 1));
    }
    if (!hasParticle) {
      return NEEDS_PARTICLE.contains(lemma) ? Optional.empty() : Optional.of(cue);
    }
    // "called on Berlin to lift it": the object and its infinitive follow the particle
    Kind kind = lemma.equals("call") && !doc.lemma(token + 1).equals("for") ? Kind.INTENT : cue.kind();
    return Optional.of(new Cue(cue.polarity(), kind, 1));
  }

  /**
   * A phrasal verb of stance.tsv ("turn down", "pull out", "back away"): the verb and its particle,
   * and the preposition that introduces the target if one follows ("pulled out of the treaty").
   * It outranks the verb alone: "backed away from" is no backing.
   */
  private Optional<Cue> phrasal(ParsedDocument doc, int token, String lemma) {
    int k = token + 1;
    if (k >= doc.size() || !(doc.tag(k).equals("RP") || doc.tag(k).equals("IN") || doc.tag(k).startsWith("RB"))) {
      return Optional.empty();
    }
    Cue cue = verbs.get(lemma + " " + doc.lemma(k).toLowerCase(Locale.ROOT));
    if (cue == null) {
      return Optional.empty();
    }
    boolean preposition = k + 1 < doc.size() && doc.tag(k + 1).equals("IN") && PHRASAL_PREPOSITIONS.contains(doc.lemma(k + 1));
    return Optional.of(new Cue(cue.polarity(), cue.kind(), preposition ? 2 : 1));
  }

  /** The "that" of "warned that ...", "warned on Tuesday that ...", or -1: a warning about a clause. */
  private static int warnsThat(ParsedDocument doc, int token) {
    int end = Math.min(doc.size(), token + 4);
    for (int k = token + 1; k < end; k++) {
      if (doc.lemma(k).equals("that") && doc.tag(k).equals("IN")) {
        return k;
      }
      if (!(WHEN.contains(doc.lemma(k).toLowerCase(Locale.ROOT)) || doc.lemma(k).equals("on"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a verb of praise or blame names its reason after "for": "thanked Berg for her help". */
  public static boolean takesReason(String lemma) {
    return REASON_VERBS.contains(lemma);
  }

  /** The attitude noun at {@code token} ("condemnation", "support"), singular or plural. */
  public Optional<Polarity> noun(ParsedDocument doc, int token) {
    return doc.tag(token).startsWith("NN") ? Optional.ofNullable(nouns.get(doc.lemma(token))) : Optional.empty();
  }

  public boolean isPersonNoun(ParsedDocument doc, int token) {
    return PERSON_NOUNS.contains(doc.lemma(token));
  }

  /** The predicate adjective at {@code token} ("opposed", "critical", "eager"). */
  public Optional<Polarity> adjective(ParsedDocument doc, int token) {
    String tag = doc.tag(token);
    if (!(tag.startsWith("JJ") || tag.equals("VBN"))) {
      return Optional.empty();
    }
    return Optional.ofNullable(adjectives.get(doc.word(token).toLowerCase(Locale.ROOT)));
  }
}
