package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.framelens.actor.Actor;
import org.framelens.report.FramingReport;
import org.framelens.report.FramingReport.ActorFrame;
import org.framelens.report.FramingReport.AffiliationFrame;
import org.framelens.report.FramingReport.CoQuoted;
import org.framelens.report.FramingReport.DocumentInfo;
import org.framelens.report.FramingReport.QuoteEntry;
import org.framelens.report.FramingReport.StanceCell;
import org.framelens.report.FramingReport.StanceEntry;
import org.framelens.report.FramingReport.StanceRow;

/**
 * Builds the {@link FramingReport} from an aggregate: canonical actor ids first, then frames,
 * sides, stance tables, timeline and overview. Reads the aggregate, never changes it.
 */
final class ReportAssembler {

  private final CorpusAggregate agg;
  private final Function<String, String> canonical;
  private final Map<String, Actor> info;
  private final Map<String, ActorStats> stats = new TreeMap<>();
  private final String granularity;

  ReportAssembler(CorpusAggregate agg, CorpusIdentity identity) {
    this.agg = agg;
    this.canonical = identity::canonical;
    this.info = new TreeMap<>();
    for (CanonicalActor c : identity.actors()) {
      info.put(c.id(), new Actor(c.id(), c.name(), c.type(), c.role(), c.affiliation().map(identity::canonical),
          c.aliases()));
    }
    // ids the identity does not know (named only as a speaker or stance holder) keep what the documents say
    agg.views.actors().forEach((id, a) -> {
      if (identity.actor(id).isEmpty()) {
        info.putIfAbsent(id, new Actor(id, a.name(), a.type(), a.role(), a.affiliation().map(identity::canonical),
            a.aliases()));
      }
    });
    agg.actors.forEach((id, s) -> stats.computeIfAbsent(canonical.apply(id), k -> new ActorStats()).merge(s));
    stats.values().forEach(this::canonicalTargets);
    stats.keySet().forEach(id -> info.computeIfAbsent(id, k -> new Actor(k, k, Actor.Type.UNNAMED,
        Optional.empty(), Optional.empty(), List.of())));
    this.granularity = agg.dates.granularity();
  }

  /** Stances toward two ids of one actor are stances toward that actor: re-key them (these stats are copies). */
  private void canonicalTargets(ActorStats s) {
    Map<String, ActorStats.CellStats> renamed = new HashMap<>();
    s.stances.entrySet().removeIf(e -> {
      String id = canonical.apply(e.getKey());
      if (!e.getValue().kind.equals(Targets.ACTOR) || id.equals(e.getKey())) {
        return false;
      }
      renamed.computeIfAbsent(id, k -> new ActorStats.CellStats(Targets.ACTOR)).merge(e.getValue());
      return true;
    });
    renamed.forEach((id, cell) -> s.stances.computeIfAbsent(id, k -> new ActorStats.CellStats(Targets.ACTOR))
        .merge(cell));
  }

  FramingReport build() {
    ReportOptions options = agg.options;
    Map<String, String> sideOf = Sides.of(info);
    Map<String, List<CoQuoted>> together = coQuoted();
    List<ActorFrame> frames = new ArrayList<>();
    for (Actor a : info.values()) {
      ActorStats s = stats.getOrDefault(a.id(), new ActorStats());
      if ((options.actors().isEmpty() || options.actors().contains(a.id())) && s.quotes >= options.minQuotes()) {
        frames.add(frame(a, s, Optional.ofNullable(sideOf.get(a.id())), together.getOrDefault(a.id(), List.of())));
      }
    }
    frames.sort(Comparator.comparingLong(ReportAssembler::activity).reversed().thenComparing(ActorFrame::id));
    for (int i = 0; i < Math.min(options.top(), frames.size()); i++) {
      ActorFrame f = frames.get(i);
      frames.set(i, new ActorFrame(f.id(), f.name(), f.type(), f.role(), f.affiliation(), f.side(), f.documents(),
          f.quotes(), f.themes(), f.stances(), f.stanceSummary(), f.coQuoted(), f.documentCount(), f.quoteCount(),
          f.stanceCount(), true));
    }
    Set<String> kept = new TreeSet<>(frames.stream().map(ActorFrame::id).toList());

    List<StanceRow> rows = new ArrayList<>();
    List<StanceCell> table = new ArrayList<>();
    List<StanceCell> tail = new ArrayList<>();
    for (ActorFrame f : frames) {
      f.stances().forEach(s -> rows.add(new StanceRow(f.id(), f.name(), s)));
      for (FramingReport.TargetCount c : f.stanceSummary()) {
        (c.kind().equals(Targets.TEXT) ? tail : table).add(new StanceCell(f.id(), f.name(), c.target(), c.label(),
            c.forCount(), c.against(), c.documents(), c.kind(), c.documentCount()));
      }
    }
    rows.sort(Comparator.comparing(StanceRow::actor).thenComparing(r -> r.stance().document())
        .thenComparingInt(r -> r.stance().evidenceStart()).thenComparing(r -> r.stance().target())
        .thenComparing(r -> r.stance().polarity()));
    table.sort(Comparator.comparing(StanceCell::actor).thenComparing(StanceCell::target));
    tail.sort(Comparator.comparing(StanceCell::actor).thenComparing(StanceCell::target));

    Set<String> themes = new TreeSet<>();
    frames.forEach(f -> f.themes().forEach(t -> themes.add(t.theme())));
    agg.themeDays.keySet().forEach(k -> themes.add(k.theme()));

    Timeline timeline = new Timeline(agg, granularity, canonical);
    return new FramingReport(FramingReport.SCHEMA_VERSION, overview(frames), documents(), List.copyOf(themes),
        frames, affiliations(sideOf, kept), rows, table, tail, timeline.themes(), timeline.tallies(kept, stats));
  }

  /** The actor's frame; {@code detailed} is decided once all frames are ranked. */
  private ActorFrame frame(Actor a, ActorStats s, Optional<String> side, List<CoQuoted> coQuoted) {
    List<QuoteEntry> quotes = new ArrayList<>();
    for (Evidence.QuoteSample q : s.quoteSample.elements()) {
      List<String> speakers = q.speakers().stream().map(canonical).distinct().sorted().toList();
      quotes.add(new QuoteEntry(q.document(), q.start(), q.end(), q.text(), q.themes(), speakers, q.confidence()));
    }
    quotes.sort(Comparator.comparing(QuoteEntry::document).thenComparingInt(QuoteEntry::start)
        .thenComparingInt(QuoteEntry::end));
    List<StanceEntry> stances = new ArrayList<>();
    long stanceCount = 0;
    for (Map.Entry<String, ActorStats.CellStats> e : s.stances.entrySet()) {
      stanceCount += e.getValue().forCount + e.getValue().against;
      for (Evidence.StanceSample x : e.getValue().evidence.elements()) {
        stances.add(stance(e.getKey(), e.getValue().kind, x));
      }
    }
    stances.sort(Comparator.comparing(StanceEntry::document).thenComparingInt(StanceEntry::evidenceStart)
        .thenComparing(StanceEntry::target).thenComparing(StanceEntry::polarity).thenComparing(StanceEntry::cue));
    return new ActorFrame(a.id(), a.name(), a.type().json(), a.role(), a.affiliation(), side, s.documents.ids(),
        quotes, Scores.themes(s.themes), stances, Scores.targets(s.stances, this::label), coQuoted,
        (int) s.documents.documents(), (int) s.quotes, (int) stanceCount, false);
  }

  private StanceEntry stance(String key, String kind, Evidence.StanceSample x) {
    Optional<String> targetActor = Optional.of(x.targetActor()).filter(t -> !t.isEmpty()).map(canonical);
    String label = targetActor.map(id -> info.containsKey(id) ? info.get(id).name() : x.targetText())
        .orElse(x.targetText());
    return new StanceEntry(x.document(), key, label, targetActor, Optional.of(x.theme()).filter(t -> !t.isEmpty()),
        x.polarity(), x.cue(), x.evidence(), x.evidenceStart(), x.evidenceEnd(), x.source(),
        Optional.of(x.concept()).filter(t -> !t.isEmpty()), kind, x.confidence());
  }

  /** A target's name: an actor's name, else its most frequent wording (ties to the first in order). */
  private String label(String kindAndKey) {
    int colon = kindAndKey.indexOf(':');
    String kind = kindAndKey.substring(0, colon);
    String key = kindAndKey.substring(colon + 1);
    if (kind.equals(Targets.ACTOR) && info.containsKey(key)) {
      return info.get(key).name();
    }
    String best = key;
    long most = 0;
    for (Map.Entry<String, Long> e : new TreeMap<>(agg.targetWordings.getOrDefault(kindAndKey, Map.of())).entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private Map<String, List<CoQuoted>> coQuoted() {
    Map<String, Map<String, Counted>> pairs = new TreeMap<>();
    agg.coQuoted.forEach((pair, counted) -> {
      int cut = pair.indexOf('\u0000');
      String a = canonical.apply(pair.substring(0, cut));
      String b = canonical.apply(pair.substring(cut + 1));
      if (!a.equals(b)) {
        pairs.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new Counted()).merge(counted);
        pairs.computeIfAbsent(b, k -> new TreeMap<>()).computeIfAbsent(a, k -> new Counted()).merge(counted);
      }
    });
    Map<String, List<CoQuoted>> out = new HashMap<>();
    pairs.forEach((a, others) -> {
      List<CoQuoted> list = new ArrayList<>();
      others.forEach((b, c) -> list.add(new CoQuoted(b, info.containsKey(b) ? info.get(b).name() : b, c.ids(),
          (int) c.documents())));
      list.sort(Comparator.comparingInt(CoQuoted::documentCount).reversed().thenComparing(CoQuoted::actor));
      out.put(a, list);
    });
    return out;
  }

  private List<AffiliationFrame> affiliations(Map<String, String> sideOf, Set<String> kept) {
    Map<String, List<String>> members = new TreeMap<>();
    sideOf.forEach((actor, side) -> {
      if (kept.contains(actor)) {
        members.computeIfAbsent(side, k -> new ArrayList<>()).add(actor);
      }
    });
    List<AffiliationFrame> out = new ArrayList<>();
    members.forEach((side, ids) -> {
      ActorStats together = new ActorStats();
      ids.forEach(i -> together.merge(stats.getOrDefault(i, new ActorStats())));
      String name = info.containsKey(side) ? info.get(side).name() : side;
      out.add(new AffiliationFrame(side, name, ids, together.documents.ids(), (int) together.quotes,
          Scores.themes(together.themes), Scores.targets(together.stances, this::label)));
    });
    out.sort(Comparator.comparingInt((AffiliationFrame f) -> f.quotes()
        + f.themes().stream().mapToInt(FramingReport.ThemeScore::hits).sum()).reversed()
        .thenComparing(AffiliationFrame::id));
    return out;
  }

  private List<DocumentInfo> documents() {
    List<DocumentInfo> out = new ArrayList<>();
    for (Evidence.DocumentSample d : agg.documentSample.elements()) {
      Optional<String> date = Optional.of(d.date()).filter(x -> !x.isEmpty());
      Optional<String> month = Dates.parse(d.date()).map(x -> x.day().toString().substring(0, 7));
      out.add(new DocumentInfo(d.id(), date, month, d.tokens(), d.quotes(), d.actors()));
    }
    return out;
  }

  private FramingReport.Overview overview(List<ActorFrame> frames) {
    ReportOptions o = agg.options;
    List<FramingReport.Ranked> topActors = frames.stream().filter(f -> f.quoteCount() > 0)
        .sorted(Comparator.comparingInt(ActorFrame::quoteCount).reversed().thenComparing(ActorFrame::id))
        .limit(o.top()).map(f -> new FramingReport.Ranked(f.id(), f.name(), f.type(), f.quoteCount())).toList();
    Map<String, Long> themeHits = new TreeMap<>();
    agg.themeDays.forEach((k, v) -> themeHits.merge(k.theme(), v.hits, Long::sum));
    Map<String, long[]> targets = new TreeMap<>();
    Map<String, String> targetKinds = new HashMap<>();
    for (ActorFrame f : frames) {
      for (FramingReport.TargetCount c : f.stanceSummary()) {
        targets.computeIfAbsent(c.kind() + ":" + c.target(), k -> new long[1])[0] += c.forCount() + c.against();
        targetKinds.put(c.kind() + ":" + c.target(), c.kind());
      }
    }
    return new FramingReport.Overview(agg.documents, agg.tokens, agg.quotes, agg.unresolvedQuotes, agg.stances,
        agg.unresolvedStances, agg.stancesBelowConfidence, o.minStanceConfidence(), agg.filteredOut, frames.size(), o.top(),
        agg.dates.first(), agg.dates.last(), granularity, topActors,
        ranked(themeHits, k -> k, k -> k, k -> "theme", Integer.MAX_VALUE),
        ranked(targets.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
            e -> e.getValue()[0])), ReportAssembler::afterKind, this::label, targetKinds::get, o.top()),
        ranked(agg.outlets, k -> k, k -> k, k -> "outlet", o.top()));
  }

  private static List<FramingReport.Ranked> ranked(Map<String, Long> counts, Function<String, String> id,
      Function<String, String> label, Function<String, String> kind, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(e -> new FramingReport.Ranked(id.apply(e.getKey()), label.apply(e.getKey()),
            kind.apply(e.getKey()), e.getValue())).toList();
  }

  /** Target keys carry their kind ({@code theme:sanctions}); the id is what follows. */
  private static String afterKind(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(colon + 1);
  }

  private static long activity(ActorFrame f) {
    return (long) f.quoteCount() + f.themeHits() + f.stanceCount();
  }
}
