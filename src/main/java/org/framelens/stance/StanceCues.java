package org.framelens.stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.Resources;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
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
      if (lemma.equals("warn") && frontedContent(doc, token) != null) {
        return Optional.of(cue); // "The levees will fail, the agency warned."
      }
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

  /**
   * The "that" of "warned that ...", "warned on Tuesday that ...", "warned the delegates at the talks
   * that ...", or -1: a warning about a clause. Between the verb and "that" only the time, the
   * addressee or an aside may stand (nouns, adverbs, prepositions, commas); a verb means the "that"
   * belongs to another clause.
   */
  private static int warnsThat(ParsedDocument doc, int token) {
    int end = Math.min(doc.size(), token + 10);
    for (int k = token + 1; k < end; k++) {
      if (doc.lemma(k).equals("that") && doc.tag(k).equals("IN")) {
        return k;
      }
      String tag = doc.tag(k);
      if (!(tag.startsWith("NN") || tag.startsWith("RB") || tag.equals("IN") || tag.equals("DT") || tag.startsWith("JJ")
          || tag.equals("CD") || tag.equals("PRP") || tag.equals("PRP$") || tag.equals("POS") || doc.word(k).equals(","))
          || doc.sentenceOf(k) != doc.sentenceOf(token)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The content a reporting verb closes, fronted before it: "The levees will fail, the agency
   * warned on Friday." or, inverted, "..., warned officials of the agency." The verb must end its
   * sentence but for a time or its inverted subject; the content runs from the sentence start (after
   * a dateline's dash) or its quote's opening mark to the comma. Returns [start, comma) or null.
   */
  static Phrases.Range frontedContent(ParsedDocument doc, int verb) {
    int start = doc.sentenceStart(doc.sentenceOf(verb));
    int end = doc.sentenceEnd(doc.sentenceOf(verb));
    int comma = verb - 1;
    if (comma > start && Targets.isQuoteMark(doc, comma)) {
      comma--;
    }
    boolean inverted = comma > start && doc.word(comma).equals(",") && doc.lemma(verb).equals("warn")
        && doc.tag(verb).equals("VBD");
    if (!inverted) {
      int k = verb + 1;
      while (k < end && (doc.tag(k).startsWith("RB") || Targets.TIMES.contains(doc.lemma(k).toLowerCase(Locale.ROOT))
          || doc.tag(k).equals("CD") || Set.of("on", "last", "this", "early", "late").contains(doc.lemma(k)))) {
        k++;
      }
      if (k < end && !doc.tag(k).equals(".")) {
        return null; // something follows the verb: an object or its own clause
      }
      comma = verb - 1;
      while (comma > start && comma > verb - 12 && !doc.word(comma).equals(",")) {
        if (doc.tag(comma).startsWith("VB") || doc.tag(comma).equals("MD") || doc.tag(comma).equals("IN")
            && !doc.lemma(comma).equals("of")) {
          return null; // more than a subject between the comma and the verb
        }
        comma--;
      }
      if (comma <= start || !doc.word(comma).equals(",")) {
        return null;
      }
    }
    int from = start;
    for (int k = start; k < comma && k < start + 15; k++) {
      if (doc.tag(k).equals(":") && (doc.word(k).equals("--") || doc.word(k).equals("-"))) {
        from = k + 1; // "PARIS, July 11 (AFP) -- The levees ...": after the dateline
        break;
      }
    }
    if (comma > start && Targets.isQuoteMark(doc, comma - 1)) {
      int open = comma - 2;
      while (open > from && !Targets.isQuoteMark(doc, open)) {
        open--;
      }
      from = open; // '"The levees will fail," she warned': the quote is the content
    }
    return comma - from >= 3 ? new Phrases.Range(from, comma) : null;
  }

  /**
   * The subject of fronted content ({@link #frontedContent}): its first noun phrase with the
   * phrases that modify it, up to the finite verb ("Military tensions in the strait were ...");
   * null when no finite verb follows it before a comma or another verb.
   */
  static Phrases.Range frontedSubject(ParsedDocument doc, Phrases.Range content) {
    int k = content.start();
    while (k < content.end() && Targets.isQuoteMark(doc, k)) {
      k++;
    }
    Phrases.Range np = k < content.end() ? NounPhrases.phrase(doc, k, content.end()) : null;
    if (np == null) {
      return null;
    }
    for (int j = np.end(); j < content.end() && j < np.end() + 10; j++) {
      String tag = doc.tag(j);
      if (tag.equals("MD") || tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP")) {
        return j > np.end() && doc.tag(j - 1).equals("WDT") ? null : new Phrases.Range(np.start(), j);
      }
      if (tag.startsWith("VB") || doc.word(j).equals(",") || tag.equals("CC") || tag.startsWith("W")) {
        return null;
      }
    }
    return null;
  }

  /** Prepositions that open the complement of a predicate adjective after its noun: "loyal to", "critical of". */
  private static final Set<String> ADJECTIVE_COMPLEMENTS = Set.of("to", "of", "toward", "towards", "with", "about");

  /**
   * The holder described by a stance adjective right after its noun, a reduced relative with the
   * adjective's complement ("forces loyal to the president", "networks opposed to the reform",
   * "a country friendly to Oslo"): the noun phrase, when it can hold a stance; null otherwise.
   */
  static Holders.Holder postNominal(ParsedDocument doc, int adjective, org.framelens.actor.DocumentActors actors) {
    int start = doc.sentenceStart(doc.sentenceOf(adjective));
    int end = doc.sentenceEnd(doc.sentenceOf(adjective));
    int noun = adjective - 1;
    if (noun > start && doc.tag(noun).startsWith("RB")) {
      noun--; // "groups fiercely opposed to"
    }
    if (noun < start || !doc.tag(noun).startsWith("NN") || adjective + 2 >= end
        || !ADJECTIVE_COMPLEMENTS.contains(doc.lemma(adjective + 1))) {
      return null;
    }
    Phrases.Range phrase = Phrases.nounPhraseEndingAt(doc, noun, start);
    return phrase == null ? null : Holders.ofPhrase(doc, phrase, actors);
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
