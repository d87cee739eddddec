package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/**
 * One document's contributions to a {@link CorpusAggregate}: its actors, theme hits, quotes,
 * co-quoted pairs and stances, each counted once per document where a count is of documents.
 */
final class DocumentFold {
  private final CorpusAggregate into;
  private final DocumentAnalysis d;
  private final String doc;
  private final long[] buckets;

  DocumentFold(CorpusAggregate into, DocumentAnalysis d, long[] buckets) {
    this.into = into;
    this.d = d;
    this.doc = d.id();
    this.buckets = buckets;
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
      s.tally(doc, buckets, Tallies.QUOTE, "", "", 0);
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
    Optional<String> actor = Schema.actor(s);
    if (actor.isEmpty() || s.target().unplaced()) {
      into.unresolvedStances++; // held by a pronoun or a bare noun, or toward an unresolved "it": JSONL only
      return;
    }
    into.stances++;
    into.views.mention(doc, actor.get(), actor.get());
    ActorStats stats = seen(actor.get());
    Stance.Target t = s.target();
    Optional<String> concept = Schema.concept(t);
    String kind = Targets.kind(t, concept);
    String key = Targets.key(t, concept);
    // a theme key gathers different wordings ("Western sanctions", "the sanctions"): name it by the
    // theme; an actor is named by its canonical name, by its wording only where no document lists it
    String wording = kind.equals(Targets.TEXT) || kind.equals(Targets.ACTOR) ? t.text().strip()
        : t.theme().or(() -> concept).orElse(key);
    into.targetWordings.computeIfAbsent(kind + ":" + key, k -> new HashMap<>()).merge(wording, 1L, Long::sum);
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
    stats.tally(doc, buckets, Tallies.STANCE, key, s.polarity().json(), 0);
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
    s.tally(doc, buckets, negated ? Tallies.THEME_NEGATED : Tallies.THEME, theme, "", weight);
  }

  private void themeDay(String theme, double weight) {
    for (long bucket : buckets) {
      ActorStats.ThemeStats t = into.themeDays.computeIfAbsent(new CorpusAggregate.ThemeDay(bucket, theme),
          k -> new ActorStats.ThemeStats());
      t.hits++;
      t.weightMicros += Rank.micros(weight);
      t.documents.document(doc);
    }
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
