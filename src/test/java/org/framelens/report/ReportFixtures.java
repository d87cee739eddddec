package org.framelens.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.Mention;
import org.framelens.actor.Actor;
import org.framelens.analysis.CreditedHit;
import org.framelens.analysis.CreditedHit.Voice;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.lexicon.ThemeHit;
import org.framelens.quote.Quote;
import org.framelens.quote.Speaker;
import org.framelens.stance.Stance;

/** Hand-built analyses modelled on seeds/iran-belarus-defense-pact.txt, offsets into real text. */
public final class ReportFixtures {

  static final String PACT_ID = "iran-belarus-defense-pact";
  static final String FOLLOW_UP_ID = "minsk-follow-up";

  static final String PACT_TEXT = """
      Iran and Belarus signed a defense agreement, advancing a multipolar world order.
      Nasirzadeh spoke of "artificial crises imposed by hegemonic powers."
      Khrenin hailed "long-term stability in an era of escalating unilateralism."
      Both ministers criticized Western sanctions and NATO expansion, advocating "defensive diplomacy."
      Khrenin said the pact was not a bloc confrontation.
      Iran said "a multipolar order is already here."
      Belarus said "our resistance to pressure will not weaken."
      """;

  static final String FOLLOW_UP_TEXT = """
      Nasirzadeh again criticized Western sanctions: "sanctions are economic warfare."
      """;

  static final Actor IRAN = state("iran", "Iran");
  static final Actor BELARUS = state("belarus", "Belarus");
  static final Actor NASIRZADEH = new Actor("nasirzadeh", "Aziz Nasirzadeh", Actor.Type.PERSON,
      Optional.of("Defense Minister"), Optional.of("iran"), List.of("Nasirzadeh"));
  static final Actor KHRENIN = new Actor("khrenin", "Viktor Khrenin", Actor.Type.PERSON,
      Optional.of("Defense Minister"), Optional.of("belarus"), List.of("Khrenin"));

  private ReportFixtures() {}

  public static List<DocumentAnalysis> corpus() {
    // deliberately out of id order: the report must not depend on input order
    return List.of(followUp(), pact());
  }

  static DocumentAnalysis pact() {
    String t = PACT_TEXT;
    List<Quote> quotes = List.of(
        quote(t, "artificial crises imposed by hegemonic powers.", List.of("hegemony"), NASIRZADEH),
        quote(t, "long-term stability in an era of escalating unilateralism.", List.of("unilateralism"), KHRENIN),
        quote(t, "defensive diplomacy.", List.of("defensive_diplomacy"), NASIRZADEH, KHRENIN),
        quote(t, "a multipolar order is already here.", List.of("multipolarity"), IRAN),
        quote(t, "our resistance to pressure will not weaken.", List.of("resistance"), BELARUS));
    String both = "Both ministers criticized Western sanctions and NATO expansion";
    List<CreditedHit> hits = new ArrayList<>(List.of(
        hit(t, "multipolarity", "multipolar world order", 1.0, false, Voice.ARTICLE),
        hit(t, "hegemony", "hegemonic powers", 1.0, false, Voice.QUOTE, "nasirzadeh"),
        hit(t, "unilateralism", "unilateralism", 0.8, false, Voice.QUOTE, "khrenin"),
        hit(t, "defensive_diplomacy", "defensive diplomacy", 1.0, false, Voice.QUOTE, "khrenin", "nasirzadeh"),
        hit(t, "sanctions", "Western sanctions", 1.0, false, Voice.REPORTED, "nasirzadeh", "khrenin"),
        hit(t, "nato_expansion", "NATO expansion", 1.0, false, Voice.REPORTED, "nasirzadeh", "khrenin"),
        hit(t, "bloc_confrontation", "bloc confrontation", 1.0, true, Voice.REPORTED, "khrenin")));
    List<Stance> stances = new ArrayList<>();
    for (Actor minister : List.of(NASIRZADEH, KHRENIN)) {
      stances.add(against(t, minister, "Western sanctions", "sanctions", both));
      stances.add(against(t, minister, "NATO expansion", "nato_expansion", both));
    }
    return new DocumentAnalysis(PACT_ID, Map.of("date", "2025-03-12", "source", "Tehran Times"), 62,
        quotes, List.of(IRAN, BELARUS, NASIRZADEH, KHRENIN), hits, stances);
  }

  /** Nasirzadeh again, known here only by surname: merged with the pact's actor by id. */
  static DocumentAnalysis followUp() {
    String t = FOLLOW_UP_TEXT;
    Actor shortName = new Actor("nasirzadeh", "Nasirzadeh", Actor.Type.PERSON, Optional.empty(),
        Optional.of("iran"), List.of());
    List<Quote> quotes = List.of(quote(t, "sanctions are economic warfare.", List.of("sanctions"), shortName));
    List<Stance> stances = List.of(against(t, shortName, "Western sanctions", "sanctions",
        "Nasirzadeh again criticized Western sanctions"));
    return new DocumentAnalysis(FOLLOW_UP_ID, Map.of("date", "2025-04"), 14, quotes, List.of(shortName),
        List.of(), stances);
  }

  static Mention mention(String text, String phrase) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException("not in fixture text: " + phrase);
    }
    return new Mention(phrase, at, at + phrase.length());
  }

  static Quote quote(String text, String inside, List<String> themes, Actor... speakers) {
    Mention m = mention(text, inside);
    List<Speaker> who = Arrays.stream(speakers)
        .map(a -> new Speaker(a.id(), a.name(), mention(text, a.aliases().isEmpty() ? a.name() : a.aliases().get(0))))
        .toList();
    return new Quote(m.start(), m.end(), m.text(), who, Optional.of(who.get(0).mention()), "fixture", 0.9, themes);
  }

  static CreditedHit hit(String text, String theme, String phrase, double weight, boolean negated, Voice voice,
      String... actors) {
    Mention m = mention(text, phrase);
    return new CreditedHit(new ThemeHit(theme, phrase.toLowerCase(java.util.Locale.ROOT), m.start(), m.end(),
        weight, negated), voice, List.of(actors), 0, text.length());
  }

  static Stance against(String text, Actor who, String target, String theme, String evidence) {
    Mention m = mention(text, target);
    return new Stance(who.id(), new Stance.Target(m.text(), m.start(), m.end(), Optional.empty(), Optional.of(theme),
        Optional.empty()), Stance.Polarity.AGAINST, mention(text, "criticized"), mention(text, evidence),
        Stance.Source.REPORTED, 0.8);
  }

  private static Actor state(String id, String name) {
    return new Actor(id, name, Actor.Type.STATE, Optional.empty(), Optional.empty(), List.of(name));
  }
}
