package org.framelens.aggregate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.framelens.actor.ActorRegistry;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport;

/**
 * A mergeable fold of analysed documents: everything a {@link FramingReport} needs, and nothing
 * that grows with the number of documents. Counts are kept per actor, theme, stance target, period
 * and outlet; evidence (quotes, stances, document ids) is a bounded sample chosen by a hash of
 * document id and offset, so it cannot depend on the order documents arrive in.
 *
 * <p>A monoid: {@link #empty}, {@link #add} and {@link #merge}. Folding documents in any order,
 * split in any way and merged in any grouping gives the same {@link #report()}. That is what lets
 * {@code analyze} and {@code report} stream, makes {@code --threads} unable to change a byte, and
 * lets Spark {@code treeAggregate} the same class. Not thread-safe: one aggregate per thread, merged.
 */
public final class CorpusAggregate implements Serializable {

  private static final long serialVersionUID = 2L;
  static final int DOCUMENT_SAMPLE = 20;

  final ReportOptions options;
  long documents;
  long tokens;
  long quotes;
  long unresolvedQuotes;
  long stances;
  long stancesBelowConfidence;
  long unresolvedStances;
  long filteredOut;
  final Sample<Evidence.DocumentSample> documentSample = new Sample<>(DOCUMENT_SAMPLE);
  final Map<String, Long> outlets = new HashMap<>();
  final Dates dates = new Dates();
  final ActorViews views = new ActorViews();
  /** What the corpus identity is resolved from when the report is built. */
  final ActorRecords records = ActorRecords.empty();
  final Map<String, ActorStats> actors = new HashMap<>();
  /** Pairs of actors quoted in the same document, keyed {@code a\0b} with a before b. */
  final Map<String, Counted> coQuoted = new HashMap<>();
  /** Non-negated theme hits of every voice per period bucket ({@link Dates#UNDATED} for none) and theme. */
  final Map<ThemeDay, ActorStats.ThemeStats> themeDays = new HashMap<>();
  /** The wordings of each non-actor stance target key, counted, to name it by its most frequent one. */
  final Map<String, Map<String, Long>> targetWordings = new HashMap<>();

  record ThemeDay(long bucket, String theme) implements Serializable {}

  private CorpusAggregate(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public static CorpusAggregate empty(ReportOptions options) {
    return new CorpusAggregate(options);
  }

  public static CorpusAggregate empty() {
    return new CorpusAggregate(ReportOptions.defaults());
  }

  /** Folds a list in one go: for tests and small corpora already in memory. */
  public static CorpusAggregate of(Iterable<DocumentAnalysis> analyses, ReportOptions options) {
    CorpusAggregate a = empty(options);
    analyses.forEach(a::add);
    return a;
  }

  public ReportOptions options() {
    return options;
  }

  /** Documents folded in so far (those the options' filters let through). */
  public long documents() {
    return documents;
  }

  /** Adds one document, unless the options' document filters leave it out. */
  public CorpusAggregate add(DocumentAnalysis d) {
    Optional<Dates.Dated> dated = Dates.of(d.metadata());
    Optional<String> outlet = outlet(d);
    if (!selected(d, dated, outlet)) {
      filteredOut++;
      return this;
    }
    documents++;
    tokens += d.tokens();
    if (dated.isPresent()) {
      boolean days = dates.keepsDays();
      boolean weeks = dates.keepsWeeks();
      dates.see(dated.get());
      if (days != dates.keepsDays() || weeks != dates.keepsWeeks()) {
        dropPeriodsNoLongerShown();
      }
    }
    outlet.ifPresent(o -> outlets.merge(o, 1L, Long::sum));
    long[] buckets = dated.map(dates::buckets).orElse(new long[] {Dates.UNDATED});
    documentSample.offer(new Evidence.DocumentSample(d.id(), dateText(d), d.tokens(), d.quotes().size(),
        d.actors().size()));
    new DocumentFold(this, d, buckets).run();
    records.add(d);
    return this;
  }

  /** Adds everything {@code other} holds; {@code other} is left unchanged and shares nothing with this. */
  public CorpusAggregate merge(CorpusAggregate other) {
    if (!options.equals(other.options)) {
      throw new IllegalArgumentException("cannot merge aggregates built with different report options");
    }
    documents += other.documents;
    tokens += other.tokens;
    quotes += other.quotes;
    unresolvedQuotes += other.unresolvedQuotes;
    stances += other.stances;
    stancesBelowConfidence += other.stancesBelowConfidence;
    unresolvedStances += other.unresolvedStances;
    filteredOut += other.filteredOut;
    documentSample.merge(other.documentSample);
    other.outlets.forEach((k, v) -> outlets.merge(k, v, Long::sum));
    boolean days = dates.keepsDays();
    boolean weeks = dates.keepsWeeks();
    dates.merge(other.dates);
    if (days != dates.keepsDays() || weeks != dates.keepsWeeks()) {
      dropPeriodsNoLongerShown();
    }
    views.merge(other.views);
    records.merge(other.records);
    other.actors.forEach((k, v) -> actorStats(k).merge(v, dates));
    other.coQuoted.forEach((k, v) -> coQuoted.computeIfAbsent(k, x -> new Counted()).merge(v));
    other.themeDays.forEach((k, v) -> {
      if (dates.keeps(k.bucket())) {
        themeDays.computeIfAbsent(k, x -> new ActorStats.ThemeStats()).merge(v);
      }
    });
    other.targetWordings.forEach((k, v) -> {
      Map<String, Long> mine = targetWordings.computeIfAbsent(k, x -> new HashMap<>());
      v.forEach((w, n) -> mine.merge(w, n, Long::sum));
    });
    return this;
  }

  /** The report over everything folded so far, with canonical actor ids; the aggregate is not changed. */
  public FramingReport report() {
    return report(ActorRegistry.empty());
  }

  /** The same, with a registry's actors (names, aliases, affiliations) winning over what the texts say. */
  public FramingReport report(ActorRegistry registry) {
    return new ReportAssembler(this, records.resolve(registry)).build();
  }

  /** The span grew past what days (or weeks) can show: their counts can never be shown again. */
  private void dropPeriodsNoLongerShown() {
    themeDays.keySet().removeIf(k -> !dates.keeps(k.bucket()));
    actors.values().forEach(s -> s.tallies.keySet().removeIf(k -> !dates.keeps(k.bucket())));
  }

  ActorStats actorStats(String id) {
    return actors.computeIfAbsent(id, k -> new ActorStats());
  }

  private boolean selected(DocumentAnalysis d, Optional<Dates.Dated> dated, Optional<String> outlet) {
    if (options.dated() && (dated.isEmpty() || dated.get().day().isBefore(options.from())
        || dated.get().day().isAfter(options.to()))) {
      return false;
    }
    if (!options.outlets().isEmpty()
        && (outlet.isEmpty() || !options.outlets().contains(outlet.get().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (options.themes().isEmpty()) {
      return true;
    }
    Set<String> wanted = Set.copyOf(options.themes());
    return d.themes().stream().anyMatch(c -> !c.hit().negated() && wanted.contains(c.hit().theme()))
        || d.quotes().stream().anyMatch(q -> q.themes().stream().anyMatch(wanted::contains));
  }

  /**
   * The outlet a document comes from: its metadata {@code outlet}, else {@code publisher}, else
   * {@code source} (a feed's own name for itself is often there), at the top level or one object down.
   */
  static Optional<String> outlet(DocumentAnalysis d) {
    return Metadata.first(d.metadata(), List.of("outlet", "publisher", "source"));
  }

  private static String dateText(DocumentAnalysis d) {
    return Dates.text(d.metadata()).orElse("");
  }
}
