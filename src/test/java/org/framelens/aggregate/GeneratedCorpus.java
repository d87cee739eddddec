package org.framelens.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.framelens.Mention;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.lexicon.ThemeHit;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/**
 * Random but reproducible analyses: a pool of people, organisations and states quoted, credited
 * with themes and taking stances toward actors, themes and free-text targets, over dated and
 * undated documents from several outlets. Enough variety that any merge-order bug shows.
 */
public final class GeneratedCorpus {

  private static final String[] PEOPLE = {"Ana Ruiz", "Ben Okafor", "Chen Wei", "Dara Novak", "Eli Haddad",
      "Femi Adeyemi", "Greta Lund", "Hiro Tanaka", "Ines Costa", "Jon Berg", "Kemal Aydin", "Lina Sayed"};
  private static final String[] STATES = {"Arland", "Borovia", "Celestia", "Dunmark"};
  private static final String[] THEMES = {"sanctions", "sovereignty", "security", "economy", "migration", "climate"};
  private static final String[] WORDS = {"the plan", "the new tariffs", "Monday's vote", "the bill", "the talks",
      "the ceasefire", "higher taxes", "the budget"};
  private static final String[] OUTLETS = {"Daily Ledger", "Evening Post", "Wire Service"};

  private GeneratedCorpus() {}

  public static List<DocumentAnalysis> documents(int count, long seed) {
    Random r = new Random(seed);
    List<DocumentAnalysis> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(document(String.format("doc-%05d", i), r));
    }
    return out;
  }

  static Actor person(int i) {
    String name = PEOPLE[i];
    return new Actor(slug(name), name, Actor.Type.PERSON, Optional.of(i % 3 == 0 ? "minister" : "spokesperson"),
        Optional.of(slug(STATES[i % STATES.length])), List.of(name.substring(name.indexOf(' ') + 1)));
  }

  static Actor state(int i) {
    return new Actor(slug(STATES[i]), STATES[i], Actor.Type.STATE, Optional.empty(), Optional.empty(), List.of());
  }

  private static DocumentAnalysis document(String id, Random r) {
    List<Actor> actors = new ArrayList<>();
    int people = 1 + r.nextInt(4);
    for (int k = 0; k < people; k++) {
      Actor a = person(r.nextInt(PEOPLE.length));
      // a document that knows only the surname, or not the role: merging must fill the gaps
      actors.add(r.nextInt(4) == 0 ? new Actor(a.id(), a.aliases().get(0), Actor.Type.PERSON, Optional.empty(),
          a.affiliation(), a.aliases()) : a);
    }
    actors.add(state(r.nextInt(STATES.length)));
    List<Actor> unique = new ArrayList<>(actors.stream().collect(
        java.util.stream.Collectors.toMap(Actor::id, a -> a, (x, y) -> x, LinkedHashMap::new)).values());
    List<Quote> quotes = new ArrayList<>();
    List<CreditedHit> hits = new ArrayList<>();
    List<Stance> stances = new ArrayList<>();
    int at = 0;
    for (int q = 0, n = r.nextInt(6); q < n; q++) {
      Actor speaker = unique.get(r.nextInt(unique.size()));
      String theme = THEMES[r.nextInt(THEMES.length)];
      String text = "we speak of " + theme + " number " + r.nextInt(50);
      List<Speaker> speakers = r.nextInt(7) == 0 ? List.of() : List.of(speaker(speaker, at));
      quotes.add(new Quote(at, at + text.length(), text, speakers, Optional.empty(), "generated",
          0.5 + r.nextInt(5) / 10.0, r.nextBoolean() ? List.of(theme) : List.of()));
      if (r.nextBoolean() && !speakers.isEmpty()) {
        hits.add(new CreditedHit(new ThemeHit(theme, theme, at + 12, at + 12 + theme.length(),
            0.25 * (1 + r.nextInt(4)), r.nextInt(5) == 0), CreditedHit.Voice.QUOTE, List.of(speaker.id()), at,
            at + text.length()));
      }
      at += text.length() + 10;
    }
    for (int h = 0, n = r.nextInt(3); h < n; h++) {
      String theme = THEMES[r.nextInt(THEMES.length)];
      hits.add(new CreditedHit(new ThemeHit(theme, theme, at, at + theme.length(), 0.1 + r.nextInt(9) / 10.0, false),
          CreditedHit.Voice.ARTICLE, List.of(), at, at + 40));
      at += 50;
    }
    for (int s = 0, n = r.nextInt(4); s < n; s++) {
      Actor holder = unique.get(r.nextInt(unique.size()));
      int kind = r.nextInt(3);
      String text = kind == 0 ? STATES[r.nextInt(STATES.length)] : kind == 1 ? THEMES[r.nextInt(THEMES.length)]
          : WORDS[r.nextInt(WORDS.length)];
      Stance.Target target = new Stance.Target(text, at + 20, at + 20 + text.length(),
          kind == 0 ? Optional.of(slug(text)) : Optional.empty(), kind == 1 ? Optional.of(text) : Optional.empty(),
          Optional.empty());
      boolean unnamed = r.nextInt(6) == 0; // a holder that names no actor ("they", "the widow")
      stances.add(stance(unnamed ? null : holder.id(), target, r.nextBoolean() ? Stance.Polarity.FOR : Stance.Polarity.AGAINST,
          new Mention("opposed", at + 5, at + 12), new Mention("they opposed " + text, at, at + 60),
          r.nextBoolean() ? Stance.Source.QUOTE : Stance.Source.REPORTED, r.nextInt(10) / 10.0));
      at += 70;
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    int dated = r.nextInt(10);
    if (dated > 1) {
      metadata.put(dated == 9 ? "published" : "date",
          java.time.LocalDate.of(2024, 11, 1).plusDays(r.nextInt(420)) + (dated == 8 ? "T09:30:00Z" : ""));
    }
    metadata.put("outlet", OUTLETS[r.nextInt(OUTLETS.length)]);
    return new DocumentAnalysis(id, metadata, 100 + r.nextInt(900), quotes, unique, hits, stances);
  }

  /** The one place that builds a speaker, so a change of its shape touches one line. */
  static Speaker speaker(Actor a, int at) {
    return new Speaker(a.id(), a.name(), new Mention(a.name(), Math.max(0, at - 20), Math.max(0, at - 20) + 1));
  }

  /** The one place that builds a stance; a null actor is a holder that names no actor ("they"). */
  static Stance stance(String actor, Stance.Target target, Stance.Polarity polarity, Mention cue, Mention evidence,
      Stance.Source source, double confidence) {
    return actor == null
        ? new Stance(Optional.empty(), "they", new Mention("they", evidence.start(), evidence.start() + 4), target,
            polarity, cue, evidence, source, confidence)
        : new Stance(actor, target, polarity, cue, evidence, source, confidence);
  }

  static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
