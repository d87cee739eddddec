package org.framelens.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.ReportOptions;

/**
 * The per-actor framing report over a corpus: the tree every renderer reads, built from a
 * {@link CorpusAggregate} only. Its size grows with actors, targets and periods, never with
 * documents: counts are exact, while every list of evidence (quotes, stances, document ids) is a
 * bounded sample chosen the same way whatever the order of the input. Every list is sorted, so
 * the same analyses always give the same report, byte for byte once rendered.
 */
public record FramingReport(int schemaVersion, Overview overview, List<DocumentInfo> documents,
    List<String> themes, List<ActorFrame> actors, List<AffiliationFrame> affiliations, List<StanceRow> stances,
    List<StanceCell> stanceTable, List<StanceCell> stanceTail, List<PeriodTheme> timeline, List<Tally> tallies) {

  /**
   * Bumped whenever a renderer's output changes shape. 2: overview, counts beside every sample,
   * normalised stance targets with a long tail, periods instead of months, tallies per period.
   */
  public static final int SCHEMA_VERSION = 2;

  public FramingReport {
    documents = List.copyOf(documents);
    themes = List.copyOf(themes);
    actors = List.copyOf(actors);
    affiliations = List.copyOf(affiliations);
    stances = List.copyOf(stances);
    stanceTable = List.copyOf(stanceTable);
    stanceTail = List.copyOf(stanceTail);
    timeline = List.copyOf(timeline);
    tallies = List.copyOf(tallies);
  }

  /** Folds analyses already in memory with the default options; a corpus should stream into a {@link CorpusAggregate}. */
  public static FramingReport of(List<org.framelens.analysis.DocumentAnalysis> analyses) {
    return CorpusAggregate.of(analyses, ReportOptions.defaults()).report();
  }

  public Optional<ActorFrame> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<AffiliationFrame> affiliation(String id) {
    return affiliations.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The corpus at a glance. {@code unresolvedQuotes}: quotes whose speakers have no actor;
   * {@code unresolvedStances}: stances at or above the threshold whose holder names no actor, or
   * whose target is a pronoun nothing resolves ("rejected it"): in the JSONL, given to no actor.
   * {@code stances} are those at or above {@code minStanceConfidence}, the only ones the report
   * shows; {@code filteredOut}: documents the date, outlet and theme filters left out. {@code top}
   * actors (the first of {@code actors}) get full sections. {@code granularity} is how the
   * timeline and tallies are bucketed: day, week, month, or none when no document is dated.
   */
  public record Overview(long documents, long tokens, long quotes, long unresolvedQuotes, long stances,
      long unresolvedStances, long stancesBelowConfidence, double minStanceConfidence, long filteredOut, int actors, int top,
      Optional<String> from, Optional<String> to, String granularity, List<Ranked> topActors,
      List<Ranked> topThemes, List<Ranked> topTargets, List<Ranked> outlets) {
    public Overview {
      from = from == null ? Optional.empty() : from;
      to = to == null ? Optional.empty() : to;
      topActors = List.copyOf(topActors);
      topThemes = List.copyOf(topThemes);
      topTargets = List.copyOf(topTargets);
      outlets = List.copyOf(outlets);
    }
  }

  /** One entry of a top list: an actor by quotes, a theme by hits, a target by stances, an outlet by documents. */
  public record Ranked(String id, String label, String kind, long count) {}

  /** One of the first documents by id: its id, its month when metadata carries a usable date. */
  public record DocumentInfo(String id, Optional<String> date, Optional<String> month, int tokens,
      int quotes, int actors) {
    public DocumentInfo {
      date = date == null ? Optional.empty() : date;
      month = month == null ? Optional.empty() : month;
    }
  }

  /**
   * Everything one actor does across the corpus. {@code side} is the id of the affiliation roll-up
   * it belongs to (for a state others are affiliated with, its own id). {@code documents},
   * {@code quotes} and {@code stances} are samples; the counts beside them are exact.
   * {@code detailed} marks the top actors, the ones renderers give a full section.
   */
  public record ActorFrame(String id, String name, String type, Optional<String> role,
      Optional<String> affiliation, Optional<String> side, List<String> documents,
      List<QuoteEntry> quotes, List<ThemeScore> themes, List<StanceEntry> stances,
      List<TargetCount> stanceSummary, List<CoQuoted> coQuoted, int documentCount, int quoteCount,
      int stanceCount, boolean detailed) {
    public ActorFrame {
      role = role == null ? Optional.empty() : role;
      affiliation = affiliation == null ? Optional.empty() : affiliation;
      side = side == null ? Optional.empty() : side;
      documents = List.copyOf(documents);
      quotes = List.copyOf(quotes);
      themes = List.copyOf(themes);
      stances = List.copyOf(stances);
      stanceSummary = List.copyOf(stanceSummary);
      coQuoted = List.copyOf(coQuoted);
    }

    /** All hits the actor's theme profile counts, negated ones left out. */
    public int themeHits() {
      return themes.stream().mapToInt(ThemeScore::hits).sum();
    }

    public Optional<ThemeScore> theme(String theme) {
      return themes.stream().filter(t -> t.theme().equals(theme)).findFirst();
    }
  }

  /**
   * A side: an actor others are affiliated with (a state, an organisation) together with every
   * actor whose affiliation leads to it, and what they say and stand for together.
   */
  public record AffiliationFrame(String id, String name, List<String> members, List<String> documents,
      int quotes, List<ThemeScore> themes, List<TargetCount> stanceSummary) {
    public AffiliationFrame {
      members = List.copyOf(members);
      documents = List.copyOf(documents);
      themes = List.copyOf(themes);
      stanceSummary = List.copyOf(stanceSummary);
    }

    public Optional<ThemeScore> theme(String theme) {
      return themes.stream().filter(t -> t.theme().equals(theme)).findFirst();
    }
  }

  /** A quotation spoken (alone or with others) by the actor. */
  public record QuoteEntry(String document, int start, int end, String text, List<String> themes,
      List<String> speakers, double confidence) {
    public QuoteEntry {
      themes = List.copyOf(themes);
      speakers = List.copyOf(speakers);
    }
  }

  /**
   * How much of the actor's rhetoric one theme takes: {@code hits} not negated, their {@code share}
   * of all the actor's non-negated hits, their summed {@code weight}, negated hits apart.
   */
  public record ThemeScore(String theme, int hits, double share, double weight, int negated,
      List<String> documents, int documentCount) {
    public ThemeScore {
      documents = List.copyOf(documents);
    }
  }

  /**
   * One stance, with the evidence it was read from. {@code target} is the normalised key (see
   * {@code targetKind}: actor, theme, concept or text).
   */
  public record StanceEntry(String document, String target, String targetLabel,
      Optional<String> targetActor, Optional<String> targetTheme, String polarity, String cue,
      String evidence, int evidenceStart, int evidenceEnd, String source, Optional<String> targetConcept,
      String targetKind, double confidence) {
    public StanceEntry {
      targetActor = targetActor == null ? Optional.empty() : targetActor;
      targetTheme = targetTheme == null ? Optional.empty() : targetTheme;
      targetConcept = targetConcept == null ? Optional.empty() : targetConcept;
    }
  }

  /** Stances toward one target counted by polarity. */
  public record TargetCount(String target, String label, @JsonProperty("for") int forCount, int against,
      List<String> documents, String kind, int documentCount) {
    public TargetCount {
      documents = List.copyOf(documents);
    }
  }

  /** Another actor quoted in documents where this one is quoted too. */
  public record CoQuoted(String actor, String name, List<String> documents, int documentCount) {
    public CoQuoted {
      documents = List.copyOf(documents);
    }
  }

  /** A stance in the corpus-wide list. */
  public record StanceRow(String actor, String actorName, StanceEntry stance) {}

  /** One cell of the actor-to-target table. */
  public record StanceCell(String actor, String actorName, String target, String targetLabel,
      @JsonProperty("for") int forCount, int against, List<String> documents, String kind, int documentCount) {
    public StanceCell {
      documents = List.copyOf(documents);
    }
  }

  /** Non-negated theme hits of every voice (articles' own included) in documents of one period. */
  public record PeriodTheme(String period, String theme, int hits, List<String> documents, int documentCount) {
    public PeriodTheme {
      documents = List.copyOf(documents);
    }
  }

  /**
   * One row of the long table: per period and actor, how often one thing happened, and in how
   * many documents. {@code period} is empty for undated documents. {@code kind} is theme,
   * theme_negated, stance or quote; {@code key} the theme or target.
   */
  public record Tally(String period, String actor, String kind, String key, String polarity,
      int count, double weight, int documents) {}
}
