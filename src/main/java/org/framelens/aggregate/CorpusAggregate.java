package org.framelens.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.report.FramingReport;
import org.framelens.stance.Stance;

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

  private static final long serialVersionUID = 1L;
  static final int DOCUMENT_SAMPLE = 20;

  final ReportOptions options;
  long documents;
  long tokens;
  long quotes;
  long unresolvedQuotes;
  long stances;
  long stancesBelowConfidence;
  long filteredOut;
  final Sample<Evidence.DocumentSample> documentSample = new Sample<>(DOCUMENT_SAMPLE);
  final Map<String, Long> outlets = new HashMap<>();
  final Dates dates = new Dates();
  final ActorViews views = new ActorViews();
  final Map<String, ActorStats> actors = new HashMap<>();
  /** Pairs of actors quoted in the same document, keyed {@code a\0b} with a before b. */
  final Map<String, Counted> coQuoted = new HashMap<>();
  /** Non-negated theme hits of every voice per day ({@link ActorStats#UNDATED} for none) and theme. */
  final Map<ThemeDay, ActorStats.ThemeStats> themeDays = new HashMap<>();
  /** The wordings of each non-actor stance target key, counted, to name it by its most frequent one. */
  final Map<String, Map<String, Long>> targetWordings = new HashMap<>();

  record ThemeDay(long day, String theme) implements Serializable {}

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
    dated.ifPresent(dates::see);
    outlet.ifPresent(o -> outlets.merge(o, 1L, Long::sum));
    long day = dated.map(x -> x.day().toEpochDay()).orElse(ActorStats.UNDATED);
    documentSample.offer(new Evidence.DocumentSample(d.id(), dateText(d), d.tokens(), d.quotes().size(),
        d.actors().size()));
    new DocumentFold(this, d, day).run();
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
    filteredOut += other.filteredOut;
    documentSample.merge(other.documentSample);
    other.outlets.forEach((k, v) -> outlets.merge(k, v, Long::sum));
    dates.merge(other.dates);
    views.merge(other.views);
    other.actors.forEach((k, v) -> actorStats(k).merge(v));
    other.coQuoted.forEach((k, v) -> coQuoted.computeIfAbsent(k, x -> new Counted()).merge(v));
    other.themeDays.forEach((k, v) -> themeDays.computeIfAbsent(k, x -> new ActorStats.ThemeStats()).merge(v));
    other.targetWordings.forEach((k, v) -> {
      Map<String, Long> mine = targetWordings.computeIfAbsent(k, x -> new HashMap<>());
      v.forEach((w, n) -> mine.merge(w, n, Long::sum));
    });
    return this;
  }

  /** The report over everything folded so far, with canonical actor ids; the aggregate is not changed. */
  public FramingReport report() {
    return new ReportAssembler(this).build();
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

  /** The outlet a document comes from: its metadata {@code outlet}, else {@code source}, else {@code publisher}. */
  static Optional<String> outlet(DocumentAnalysis d) {
    for (String field : List.of("outlet", "source", "publisher")) {
      Object v = d.metadata().get(field);
      if (v != null && !String.valueOf(v).isBlank()) {
        return Optional.of(String.valueOf(v).strip());
      }
    }
    return Optional.empty();
  }

  private static String dateText(DocumentAnalysis d) {
    for (String field : Dates.FIELDS) {
      Object v = d.metadata().get(field);
      if (v != null) {
        return String.valueOf(v);
      }
    }
    return "";
  }

  /** One document's contributions; a class of its own so {@link CorpusAggregate#add} reads at a glance. */
  private static final class DocumentFold {
    private final CorpusAggregate into;
    private final DocumentAnalysis d;
    private final String doc;
    private final long day;

    DocumentFold(CorpusAggregate into, DocumentAnalysis d, long day) {
      this.into = into;
      this.d = d;
      this.doc = d.id();
      this.day = day;
    }

    void run() {
      for (Actor a : d.actors()) {
        into.views.add(doc, a);
        seen(a.id());
      }
      // (actor, theme) -> spans of credited hits, so a quote's theme is not counted twice
      Map<String, List<int[]>> creditedSpans = new HashMap<>();
      Map<String, List<int[]>> hitSpansByTheme = new HashMap<>();
      for (CreditedHit c : d.themes()) {
        var hit = c.hit();
        int[] span = {hit.start(), hit.end()};
        hitSpansByTheme.computeIfAbsent(hit.theme(), k -> new ArrayList<>()).add(span);
        if (!hit.negated()) {
          themeDay(hit.theme(), hit.weight());
        }
        for (String actor : new TreeSet<>(c.actors())) {
          into.views.mention(doc, actor, actor);
          ActorStats s = seen(actor);
          creditedSpans.computeIfAbsent(actor + "\u0000" + hit.theme(), k -> new ArrayList<>()).add(span);
          theme(s, hit.theme(), hit.negated(), hit.weight());
        }
      }
      Set<String> quotedHere = new TreeSet<>();
      for (Quote q : d.quotes()) {
        quote(q, creditedSpans, hitSpansByTheme, quotedHere);
      }
      List<String> quoted = List.copyOf(quotedHere);
      for (int i = 0; i < quoted.size(); i++) {
        for (int j = i + 1; j < quoted.size(); j++) {
          into.coQuoted.computeIfAbsent(quoted.get(i) + "\u0000" + quoted.get(j), k -> new Counted()).document(doc);
        }
      }
      for (Stance s : d.stances()) {
        stance(s);
      }
    }

    private void quote(Quote q, Map<String, List<int[]>> creditedSpans, Map<String, List<int[]>> hitSpansByTheme,
        Set<String> quotedHere) {
      into.quotes++;
      Map<String, String> speakers = new TreeMap<>();
      for (Speaker s : q.speakers()) {
        Schema.actor(s).ifPresent(a -> speakers.putIfAbsent(a, s.name()));
      }
      if (speakers.isEmpty()) {
        into.unresolvedQuotes++;
      }
      List<String> themes = q.themes().stream().distinct().sorted().toList();
      Evidence.QuoteSample sample = new Evidence.QuoteSample(Rank.of(doc, q.start()), doc, q.start(), q.end(),
          q.text(), themes, List.copyOf(speakers.keySet()), q.confidence());
      for (Map.Entry<String, String> e : speakers.entrySet()) {
        String actor = e.getKey();
        into.views.mention(doc, actor, e.getValue());
        ActorStats s = seen(actor);
        quotedHere.add(actor);
        s.quotes++;
        s.quoteSample.offer(sample);
        s.tally(doc, day, Tallies.QUOTE, "", "", 0);
        for (String theme : themes) {
          if (!inside(creditedSpans.getOrDefault(actor + "\u0000" + theme, List.of()), q)) {
            theme(s, theme, false, 1.0);
          }
        }
      }
      for (String theme : themes) {
        if (!inside(hitSpansByTheme.getOrDefault(theme, List.of()), q)) {
          themeDay(theme, 1.0);
        }
      }
    }

    private void stance(Stance s) {
      double confidence = Schema.confidence(s);
      if (confidence < into.options.minStanceConfidence()) {
        into.stancesBelowConfidence++;
        return;
      }
      into.stances++;
      into.views.mention(doc, s.actor(), s.actor());
      ActorStats stats = seen(s.actor());
      Stance.Target t = s.target();
      Optional<String> concept = Schema.concept(t);
      String kind = Targets.kind(t, concept);
      String key = Targets.key(t, concept);
      if (!kind.equals(Targets.ACTOR)) {
        // a theme key gathers different wordings ("Western sanctions", "the sanctions"): name it by the theme
        String wording = kind.equals(Targets.TEXT) ? t.text().strip() : t.theme().or(() -> concept).orElse(key);
        into.targetWordings.computeIfAbsent(kind + ":" + key, k -> new HashMap<>()).merge(wording, 1L, Long::sum);
      }
      ActorStats.CellStats cell = stats.stances.computeIfAbsent(key, k -> new ActorStats.CellStats(kind));
      if (s.polarity() == Stance.Polarity.FOR) {
        cell.forCount++;
      } else {
        cell.against++;
      }
      cell.documents.document(doc);
      cell.evidence.offer(new Evidence.StanceSample(Rank.of(doc, s.evidence().start() * 31 + s.cue().start()),
          doc, t.text(), t.actor().orElse(""), t.theme().orElse(""), concept.orElse(""), s.polarity().json(),
          s.cue().text(), s.evidence().text(), s.evidence().start(), s.evidence().end(), s.source().json(),
          confidence));
      stats.tally(doc, day, Tallies.STANCE, key, s.polarity().json(), 0);
    }

    private void theme(ActorStats s, String theme, boolean negated, double weight) {
      ActorStats.ThemeStats t = s.themes.computeIfAbsent(theme, k -> new ActorStats.ThemeStats());
      if (negated) {
        t.negated++;
      } else {
        t.hits++;
        t.weightMicros += Rank.micros(weight);
      }
      t.documents.document(doc);
      s.tally(doc, day, negated ? Tallies.THEME_NEGATED : Tallies.THEME, theme, "", weight);
    }

    private void themeDay(String theme, double weight) {
      ActorStats.ThemeStats t = into.themeDays.computeIfAbsent(new ThemeDay(day, theme),
          k -> new ActorStats.ThemeStats());
      t.hits++;
      t.weightMicros += Rank.micros(weight);
      t.documents.document(doc);
    }

    private ActorStats seen(String actor) {
      ActorStats s = into.actorStats(actor);
      s.documents.document(doc);
      return s;
    }

    private static boolean inside(List<int[]> spans, Quote q) {
      for (int[] s : spans) {
        if (q.start() <= s[0] && s[1] <= q.end()) {
          return true;
        }
      }
      return false;
    }
  }
}
