package org.framelens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.DocumentInfo;
import org.framelens.report.FramingReport.MonthTheme;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.StanceRow;
import org.framelens.report.FramingReport.Tally;
import org.framelens.report.FramingReport.TargetCount;
import org.framelens.report.FramingReport.ThemeScore;
import org.framelens.stance.Stance;

/**
 * Turns analyses into a {@link FramingReport}. One use per instance; not shared between threads.
 *
 * <p>Every count is first written as a per-document {@link Tally}; actor, affiliation and corpus
 * figures are sums over tallies, so the long CSV table and the report can never disagree.
 * A quote's {@code themes} count for its speakers only where no credited hit of the same theme
 * lies inside the quote, so a pipeline that fills both is not counted twice.
 */
final class ReportBuilder {

  static final String THEME = "theme";
  static final String THEME_NEGATED = "theme_negated";
  static final String STANCE = "stance";
  static final String QUOTE = "quote";

  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])(?:$|[-T ])");

  private final List<DocumentAnalysis> documents;
  private final Map<String, Actor> actors = new TreeMap<>();
  private final List<Tally> tallies = new ArrayList<>();
  private final Map<String, List<Tally>> talliesByActor = new TreeMap<>();
  private final Map<String, List<QuoteEntry>> quotesByActor = new TreeMap<>();
  private final Map<String, List<StanceEntry>> stancesByActor = new TreeMap<>();
  private final Map<String, Set<String>> documentsByActor = new TreeMap<>();
  private final Map<String, Set<String>> speakersByDocument = new TreeMap<>();
  private final Map<String, Map<String, Integer>> targetTexts = new TreeMap<>();
  private final Map<String, Map<String, Set<String>>> timeline = new TreeMap<>();
  private final Map<String, Map<String, Integer>> timelineHits = new TreeMap<>();

  ReportBuilder(List<DocumentAnalysis> analyses) {
    List<DocumentAnalysis> sorted = new ArrayList<>(analyses);
    sorted.sort(Comparator.comparing(DocumentAnalysis::id)); // stable: equal ids keep input order
    this.documents = List.copyOf(sorted);
  }

  FramingReport build() {
    for (DocumentAnalysis d : documents) {
      for (Actor a : d.actors()) {
        actors.merge(a.id(), a, ReportBuilder::mergeActor);
        seen(a.id(), d.id());
      }
    }
    List<DocumentInfo> infos = new ArrayList<>();
    for (DocumentAnalysis d : documents) {
      infos.add(tallyDocument(d));
    }
    tallies.sort(Comparator.comparing(Tally::document).thenComparing(Tally::actor)
        .thenComparing(Tally::kind).thenComparing(Tally::key).thenComparing(Tally::polarity));

    for (Tally t : tallies) {
      talliesByActor.computeIfAbsent(t.actor(), k -> new ArrayList<>()).add(t);
    }
    Map<String, String> groupOf = groups();
    List<ActorFrame> frames = new ArrayList<>();
    for (Actor a : actors.values()) {
      frames.add(frame(a, Optional.ofNullable(groupOf.get(a.id()))));
    }
    frames.sort(Comparator.comparingInt(ReportBuilder::activity).reversed().thenComparing(ActorFrame::id));

    List<AffiliationFrame> affiliations = affiliationFrames(groupOf);

    Set<String> themes = new TreeSet<>();
    tallies.stream().filter(t -> t.kind().startsWith(THEME)).forEach(t -> themes.add(t.key()));
    themes.addAll(timelineHits.values().stream().flatMap(m -> m.keySet().stream()).toList());

    List<StanceRow> stanceRows = new ArrayList<>();
    for (ActorFrame f : frames) {
      for (StanceEntry s : f.stances()) {
        stanceRows.add(new StanceRow(f.id(), f.name(), s));
      }
    }
    stanceRows.sort(Comparator.comparing(StanceRow::actor)
        .thenComparing(r -> r.stance().document())
        .thenComparingInt(r -> r.stance().evidenceStart())
        .thenComparing(r -> r.stance().target())
        .thenComparing(r -> r.stance().polarity()));

    List<StanceCell> cells = new ArrayList<>();
    for (ActorFrame f : frames.stream().sorted(Comparator.comparing(ActorFrame::id)).toList()) {
      for (TargetCount c : f.stanceSummary()) {
        cells.add(new StanceCell(f.id(), f.name(), c.target(), c.label(), c.forCount(), c.against(),
            c.documents()));
      }
    }
    cells.sort(Comparator.comparing(StanceCell::actor).thenComparing(StanceCell::target));

    List<MonthTheme> months = new ArrayList<>();
    timelineHits.forEach((month, byTheme) -> byTheme.forEach((theme, hits) -> months.add(
        new MonthTheme(month, theme, hits, List.copyOf(timeline.get(month).get(theme))))));

    return new FramingReport(FramingReport.SCHEMA_VERSION, infos, List.copyOf(themes), frames,
        affiliations, stanceRows, cells, months, tallies);
  }

  private DocumentInfo tallyDocument(DocumentAnalysis d) {
    String doc = d.id();
    Optional<String> date = Optional.ofNullable(d.metadata().get("date")).map(String::valueOf);
    Optional<String> month = date.map(MONTH::matcher).filter(Matcher::find)
        .map(m -> m.group(1) + "-" + m.group(2));

    // (actor, theme) -> spans of credited hits, to keep quote themes from counting twice
    Map<String, List<int[]>> creditedSpans = new LinkedHashMap<>();
    List<int[]> allHitSpans = new ArrayList<>();
    Map<String, List<int[]>> hitSpansByTheme = new LinkedHashMap<>();
    for (CreditedHit c : d.themes()) {
      var hit = c.hit();
      int[] span = {hit.start(), hit.end()};
      allHitSpans.add(span);
      hitSpansByTheme.computeIfAbsent(hit.theme(), k -> new ArrayList<>()).add(span);
      if (!hit.negated()) {
        month.ifPresent(m -> countMonth(m, hit.theme(), doc));
      }
      for (String actor : new TreeSet<>(c.actors())) {
        ensureActor(actor, actor);
        seen(actor, doc);
        creditedSpans.computeIfAbsent(actor + "\u0000" + hit.theme(), k -> new ArrayList<>()).add(span);
        add(doc, actor, hit.negated() ? THEME_NEGATED : THEME, hit.theme(), "", 1, hit.weight());
      }
    }

    Set<String> speakersHere = speakersByDocument.computeIfAbsent(doc, k -> new TreeSet<>());
    for (Quote q : d.quotes()) {
      Map<String, String> speakers = new TreeMap<>();
      for (Speaker s : q.speakers()) {
        s.actor().ifPresent(actor -> speakers.putIfAbsent(actor, s.name())); // unresolved: no actor to credit
      }
      List<String> themes = q.themes().stream().distinct().sorted().toList();
      for (Map.Entry<String, String> s : speakers.entrySet()) {
        String actor = s.getKey();
        ensureActor(actor, s.getValue());
        seen(actor, doc);
        speakersHere.add(actor);
        quotesByActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(new QuoteEntry(doc, q.start(),
            q.end(), q.text(), themes, List.copyOf(speakers.keySet()), q.confidence()));
        add(doc, actor, QUOTE, "", "", 1, 0);
        for (String theme : themes) {
          if (!inside(creditedSpans.getOrDefault(actor + "\u0000" + theme, List.of()), q)) {
            add(doc, actor, THEME, theme, "", 1, 1.0);
          }
        }
      }
      for (String theme : themes) {
        if (month.isPresent() && !inside(hitSpansByTheme.getOrDefault(theme, List.of()), q)) {
          countMonth(month.get(), theme, doc);
        }
      }
    }

    for (Stance s : d.stances()) {
      String actor = s.actor();
      ensureActor(actor, actor);
      seen(actor, doc);
      Stance.Target t = s.target();
      String key = targetKey(t);
      String label = t.actor().map(id -> actors.containsKey(id) ? actors.get(id).name() : t.text())
          .orElse(t.text());
      // a theme key gathers different wordings ("Western sanctions", "the sanctions"): name it by the theme
      String keyLabel = t.actor().isPresent() ? label : t.theme().orElse(label);
      targetTexts.computeIfAbsent(key, k -> new TreeMap<>()).merge(keyLabel, 1, Integer::sum);
      stancesByActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(new StanceEntry(doc, key, label,
          t.actor(), t.theme(), s.polarity().json(), s.cue().text(), s.evidence().text(),
          s.evidence().start(), s.evidence().end(), s.source().json()));
      add(doc, actor, STANCE, key, s.polarity().json(), 1, 0);
    }
    return new DocumentInfo(doc, date, month, d.tokens(), d.quotes().size(), d.actors().size());
  }

  /**
   * Where the target is an actor or a theme, its id; otherwise its words, lower-cased. Keying by
   * theme lets "against sanctions" add up over a corpus whatever the wording; each stance keeps
   * its own text and evidence.
   */
  static String targetKey(Stance.Target t) {
    return t.actor().or(t::theme)
        .orElseGet(() -> t.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  private static boolean inside(List<int[]> spans, Quote q) {
    for (int[] s : spans) {
      if (q.start() <= s[0] && s[1] <= q.end()) {
        return true;
      }
    }
    return false;
  }

  private void countMonth(String month, String theme, String doc) {
    timelineHits.computeIfAbsent(month, k -> new TreeMap<>()).merge(theme, 1, Integer::sum);
    timeline.computeIfAbsent(month, k -> new TreeMap<>()).computeIfAbsent(theme, k -> new TreeSet<>()).add(doc);
  }

  private void add(String doc, String actor, String kind, String key, String polarity, int count,
      double weight) {
    tallies.add(new Tally(doc, actor, kind, key, polarity, count, weight));
  }

  private void ensureActor(String id, String name) {
    actors.putIfAbsent(id, new Actor(id, name == null || name.isBlank() ? id : name,
        Actor.Type.UNNAMED, Optional.empty(), Optional.empty(), List.of()));
  }

  private void seen(String actor, String doc) {
    documentsByActor.computeIfAbsent(actor, k -> new TreeSet<>()).add(doc);
  }

  /** The first document's view wins; later documents only fill what it left empty. */
  private static Actor mergeActor(Actor first, Actor later) {
    Actor.Type type = first.type() == Actor.Type.UNNAMED ? later.type() : first.type();
    Set<String> aliases = new TreeSet<>(first.aliases());
    aliases.addAll(later.aliases());
    return new Actor(first.id(), first.name(), type, first.role().or(later::role),
        first.affiliation().or(later::affiliation), List.copyOf(aliases));
  }

  /**
   * Each actor's side: the top of its affiliation chain (a minister to his ministry to his state),
   * kept only where somebody is affiliated to it.
   */
  private Map<String, String> groups() {
    Map<String, String> root = new TreeMap<>();
    for (String id : actors.keySet()) {
      String at = id;
      Set<String> visited = new HashSet<>();
      while (visited.add(at) && actors.containsKey(at) && actors.get(at).affiliation().isPresent()) {
        at = actors.get(at).affiliation().get();
      }
      root.put(id, at);
    }
    Set<String> sides = actors.values().stream().filter(a -> a.affiliation().isPresent())
        .map(a -> root.get(a.id())).collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> groupOf = new TreeMap<>();
    root.forEach((id, side) -> {
      if (sides.contains(side)) {
        groupOf.put(id, side);
      }
    });
    return groupOf;
  }

  private ActorFrame frame(Actor a, Optional<String> group) {
    String id = a.id();
    List<Tally> mine = talliesByActor.getOrDefault(id, List.of());
    List<QuoteEntry> quotes = new ArrayList<>(quotesByActor.getOrDefault(id, List.of()));
    quotes.sort(Comparator.comparing(QuoteEntry::document).thenComparingInt(QuoteEntry::start)
        .thenComparingInt(QuoteEntry::end));
    List<StanceEntry> stances = new ArrayList<>(stancesByActor.getOrDefault(id, List.of()));
    stances.sort(Comparator.comparing(StanceEntry::document).thenComparingInt(StanceEntry::evidenceStart)
        .thenComparing(StanceEntry::target).thenComparing(StanceEntry::polarity));
    return new ActorFrame(id, a.name(), a.type().json(), a.role(), a.affiliation(), group,
        List.copyOf(documentsByActor.getOrDefault(id, Set.of())), quotes, themeScores(mine),
        stances, targetCounts(mine), coQuoted(id));
  }

  private List<CoQuoted> coQuoted(String id) {
    Map<String, Set<String>> together = new TreeMap<>();
    speakersByDocument.forEach((doc, speakers) -> {
      if (speakers.contains(id)) {
        speakers.stream().filter(s -> !s.equals(id))
            .forEach(s -> together.computeIfAbsent(s, k -> new TreeSet<>()).add(doc));
      }
    });
    List<CoQuoted> out = new ArrayList<>();
    together.forEach((other, docs) -> out.add(new CoQuoted(other, actors.get(other).name(), List.copyOf(docs))));
    out.sort(Comparator.comparingInt((CoQuoted c) -> c.documents().size()).reversed()
        .thenComparing(CoQuoted::actor));
    return out;
  }

  private List<AffiliationFrame> affiliationFrames(Map<String, String> groupOf) {
    Map<String, List<String>> members = new TreeMap<>();
    groupOf.forEach((actor, side) -> members.computeIfAbsent(side, k -> new ArrayList<>()).add(actor));
    List<AffiliationFrame> out = new ArrayList<>();
    members.forEach((side, ids) -> {
      List<Tally> theirs = new ArrayList<>();
      ids.forEach(i -> theirs.addAll(talliesByActor.getOrDefault(i, List.of())));
      Set<String> docs = new TreeSet<>();
      ids.forEach(i -> docs.addAll(documentsByActor.getOrDefault(i, Set.of())));
      int quotes = theirs.stream().filter(t -> t.kind().equals(QUOTE)).mapToInt(Tally::count).sum();
      String name = actors.containsKey(side) ? actors.get(side).name() : side;
      out.add(new AffiliationFrame(side, name, ids, List.copyOf(docs), quotes, themeScores(theirs),
          targetCounts(theirs)));
    });
    out.sort(Comparator.comparingInt((AffiliationFrame f) -> f.quotes()
            + f.themes().stream().mapToInt(ThemeScore::hits).sum()).reversed()
        .thenComparing(AffiliationFrame::id));
    return out;
  }

  private static List<ThemeScore> themeScores(List<Tally> tallies) {
    Map<String, int[]> counts = new TreeMap<>(); // theme -> {hits, negated}
    Map<String, Double> weights = new TreeMap<>();
    Map<String, Set<String>> docs = new TreeMap<>();
    int total = 0;
    for (Tally t : tallies) {
      boolean negated = t.kind().equals(THEME_NEGATED);
      if (!negated && !t.kind().equals(THEME)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(t.key(), k -> new int[2]);
      c[negated ? 1 : 0] += t.count();
      if (!negated) {
        total += t.count();
        weights.merge(t.key(), t.weight(), Double::sum);
      }
      docs.computeIfAbsent(t.key(), k -> new TreeSet<>()).add(t.document());
    }
    List<ThemeScore> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int hits = e.getValue()[0];
      out.add(new ThemeScore(e.getKey(), hits, round(total == 0 ? 0 : (double) hits / total),
          round(weights.getOrDefault(e.getKey(), 0.0)), e.getValue()[1], List.copyOf(docs.get(e.getKey()))));
    }
    out.sort(Comparator.comparingInt(ThemeScore::hits).reversed()
        .thenComparing(Comparator.comparingInt(ThemeScore::negated).reversed())
        .thenComparing(ThemeScore::theme));
    return out;
  }

  private List<TargetCount> targetCounts(List<Tally> tallies) {
    Map<String, int[]> counts = new TreeMap<>(); // target -> {for, against}
    Map<String, Set<String>> docs = new TreeMap<>();
    for (Tally t : tallies) {
      if (t.kind().equals(STANCE)) {
        counts.computeIfAbsent(t.key(), k -> new int[2])[t.polarity().equals("for") ? 0 : 1] += t.count();
        docs.computeIfAbsent(t.key(), k -> new TreeSet<>()).add(t.document());
      }
    }
    List<TargetCount> out = new ArrayList<>();
    counts.forEach((target, c) -> out.add(
        new TargetCount(target, label(target), c[0], c[1], List.copyOf(docs.get(target)))));
    return out;
  }

  /** A target's most frequent wording; ties go to the first in sort order. */
  private String label(String target) {
    Map<String, Integer> texts = targetTexts.getOrDefault(target, Map.of());
    String best = target;
    int most = 0;
    for (Map.Entry<String, Integer> e : texts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static int activity(ActorFrame f) {
    return f.quotes().size() + f.themeHits() + f.stances().size();
  }

  /** Four decimals: enough for shares, and free of summation noise like 0.30000000000000004. */
  static double round(double x) {
    return Math.round(x * 10_000.0) / 10_000.0;
  }
}
