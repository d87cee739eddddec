package org.framelens.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases.Range;

/**
 * The actors of one document and the resolution of mentions to them; it keeps the per-document
 * state and runs the steps in order: {@link PersonSpans} finds the names, which merge so that
 * "Rear Admiral Erik Dahl", "Dahl" and "Mr. Dahl" are one actor named by the full name;
 * {@link TitleReader} gives each its role, gender and affiliation with evidence; {@link
 * GazetteerMatcher} finds states and organisations (capitals stand for their state);
 * {@link PronounResolver} and {@link MentionNouns} resolve pronouns, titles ("the minister"),
 * groups ("both ministers") and unnamed sources ("a Western diplomat") on demand. A mention that
 * names no one (an unresolved pronoun, "the campaign") resolves to a placeholder that is never
 * listed. Not thread-safe: one per document.
 */
public final class DocumentActors {

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private final ParsedDocument doc;
  private final Gazetteer gazetteer;
  private final Map<String, ActorBuilder> actors = new LinkedHashMap<>();
  private final String[] personAt;
  private final PersonChains chains;
  private final List<PronounResolver.PersonMention> personMentions;
  private final GazetteerMatcher matcher;
  private final PronounResolver pronouns = new PronounResolver();
  private final MentionNouns nouns;
  private final ActorRecency recency;
  private final Map<String, Integer> lastSpoke = new LinkedHashMap<>();

  public DocumentActors(ParsedDocument doc, Gazetteer gazetteer) {
    this.doc = doc;
    this.gazetteer = gazetteer;
    this.chains = new PersonChains(doc, gazetteer, actors);
    chains.find();
    this.personAt = chains.personAt();
    this.personMentions = chains.mentions();
    this.matcher = new GazetteerMatcher(gazetteer);
    this.nouns = new MentionNouns(gazetteer);
    this.recency = new ActorRecency(actors, personMentions);
  }

  // ---- resolution ---------------------------------------------------------------------------

  /** Records that an actor spoke at a token, so later pronouns prefer recent speakers. */
  public void spoke(List<String> ids, int token) {
    for (String id : ids) {
      lastSpoke.put(id, token);
    }
  }

  /**
   * The actors a mention stands for: one for a name, a pronoun or a title, every member for a
   * group or a coordination ("Tehran and Minsk"). Creates unnamed actors where nothing else fits.
   */
  public List<String> resolve(Range mention) {
    List<String> ids = new ArrayList<>();
    int partStart = mention.start();
    for (int i = mention.start(); i <= mention.end(); i++) {
      boolean boundary = i == mention.end() || doc.lemma(i).equals("and") || doc.lemma(i).equals("&")
          || doc.word(i).equals(",") && isCoordination(mention);
      if (boundary) {
        if (i > partStart) {
          for (String id : resolvePart(new Range(partStart, i))) {
            if (!ids.contains(id)) {
              ids.add(id);
            }
          }
        }
        partStart = i + 1;
      }
    }
    for (String id : ids) {
      actors.get(id).referenced = true;
    }
    return ids;
  }

  /**
   * The named actor a phrase is headed by (a person, a known state or organisation, an
   * organisation CoreNLP tagged), without creating unnamed actors: "NATO" yes, "NATO expansion" no.
   */
  public Optional<String> named(Range phrase) {
    int e = phrase.end();
    while (e > phrase.start() && (doc.tag(e - 1).equals("POS") || doc.tag(e - 1).equals("''"))) {
      e--;
    }
    if (e <= phrase.start()) {
      return Optional.empty();
    }
    int last = e - 1;
    if (personAt[last] != null) {
      actors.get(personAt[last]).referenced = true;
      return Optional.of(personAt[last]);
    }
    Optional<String> known = gazetteerMatch(phrase.start(), e);
    if (known.isPresent()) {
      actors.get(known.get()).referenced = true;
      return known;
    }
    if (doc.ner(last).equals("ORGANIZATION")) {
      int start = last;
      while (start - 1 >= phrase.start() && doc.ner(start - 1).equals("ORGANIZATION")) {
        start--;
      }
      if (!MentionNouns.namesSomeone(doc, start, e)) {
        return Optional.empty();
      }
      ActorBuilder b = named(words(start, e), Actor.Type.ORGANIZATION, start);
      b.referenced = true;
      return Optional.of(b.id);
    }
    return Optional.empty();
  }

  /**
   * Whether a phrase can stand for someone who speaks or takes a stance: a person, a state or an
   * organisation, a personal pronoun, or people and bodies named by a role ("the minister",
   * "critics", "the ministry") — not "the deal" or "the timing".
   */
  public boolean isAgent(Range phrase) {
    int e = phrase.end();
    while (e > phrase.start() && doc.tag(e - 1).equals("POS")) {
      e--;
    }
    if (e <= phrase.start()) {
      return false;
    }
    for (int i = phrase.start(); i < e; i++) {
      String ner = doc.ner(i);
      if (personAt[i] != null || ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return true;
      }
    }
    int last = e - 1;
    String tag = doc.tag(last);
    String lemma = doc.lemma(last);
    if (tag.equals("PRP")) {
      return Set.of("he", "she", "they", "we", "i", "you").contains(lemma);
    }
    if (gazetteerMatch(phrase.start(), e).isPresent()) {
      return true;
    }
    return gazetteer.title(lemma).isPresent() || MentionNouns.ORGANISATION_NOUNS.contains(lemma) || MentionNouns.STATE_BODIES.contains(lemma)
        || MentionNouns.GENERIC_PEOPLE.contains(lemma) || MentionNouns.AGENT_NOUNS.contains(lemma);
  }

  private boolean isCoordination(Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (doc.lemma(i).equals("and")) {
        return true;
      }
    }
    return false;
  }

  private List<String> resolvePart(Range r) {
    int s = r.start();
    int e = r.end();
    // drop a trailing possessive ("Minsk 's")
    while (e > s && (doc.tag(e - 1).equals("POS") || doc.word(e - 1).equals("'s") || doc.word(e - 1).equals("’s"))) {
      e--;
    }
    if (e <= s) {
      return List.of();
    }
    int last = e - 1;
    String head = doc.lemma(last);
    if (e - s == 1 && (doc.tag(s).equals("PRP") || doc.tag(s).equals("PRP$"))) {
      return resolvePronoun(s);
    }
    for (int i = last; i >= s; i--) {
      if (personAt[i] != null) {
        return List.of(personAt[i]);
      }
    }
    Optional<String> known = gazetteerMatch(s, e);
    if (known.isPresent()) {
      return known.stream().toList();
    }
    if (doc.ner(last).equals("ORGANIZATION") || doc.ner(last).equals("LOCATION") && doc.tag(last).startsWith("NNP")) {
      int start = last;
      while (start - 1 >= s && doc.ner(start - 1).equals(doc.ner(last))) {
        start--;
      }
      if (MentionNouns.namesSomeone(doc, start, e)) { // "the editorial board" tagged ORGANIZATION names no one
        return List.of(named(words(start, e), Actor.Type.ORGANIZATION, start).id);
      }
    }
    String affiliation = affiliationWithin(s, e);
    String singular = head; // lemmas are singular already
    if (MentionNouns.STATE_BODIES.contains(head) && !affiliation.isEmpty()) {
      return List.of(state(affiliation, s).id);
    }
    boolean group = false;
    int count = 0;
    for (int i = s; i < last; i++) {
      String l = doc.lemma(i);
      if (MentionNouns.GROUP_DETERMINERS.contains(l)) {
        group = true;
        count = switch (l) {
          case "two", "both" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          default -> 0;
        };
      }
    }
    if (group && MentionNouns.STATE_BODIES.contains(singular)) {
      List<String> states = recentStates(s, count == 0 ? 2 : count);
      if (!states.isEmpty()) {
        return states;
      }
    }
    Optional<Gazetteer.Title> title = gazetteer.title(singular);
    boolean roleHead = title.isPresent() && title.get().kind() != Gazetteer.TitleKind.HONORIFIC;
    if (group && (roleHead || MentionNouns.GENERIC_PEOPLE.contains(singular))) {
      List<String> members = recency.personsWithRole(roleHead && !MentionNouns.GENERIC_PEOPLE.contains(singular) ? singular : "", affiliation, s, count);
      if (!members.isEmpty()) {
        return members;
      }
    }
    boolean definite = MentionNouns.isDefinite(doc, s, last);
    if (roleHead && definite && !doc.tag(last).endsWith("S")) {
      List<String> one = recency.personsWithRole(singular, affiliation, s, 1);
      if (!one.isEmpty()) {
        return one;
      }
    }
    if (MentionNouns.ORGANISATION_NOUNS.contains(head) && definite) {
      for (ActorBuilder b : recency.recentFirst(s)) {
        if (b.type == Actor.Type.ORGANIZATION && b.name.toLowerCase(Locale.ROOT).contains(head)) {
          return List.of(b.id);
        }
      }
    }
    if (doc.tag(last).startsWith("NNP") && !definite) {
      ActorBuilder namesake = chains.mostRecentWithNamePart(doc.word(last), s);
      if (namesake != null) {
        return List.of(namesake.id); // "Lund" when CoreNLP did not tag it PERSON this time
      }
      boolean titleAlone = e - s == 1 && gazetteer.title(doc.word(s)).isPresent(); // "Secretary" alone
      if (MentionNouns.allProperNouns(doc, s, e) && !titleAlone) {
        String name = words(s, e);
        // "Republicans", "Democrats": a plural proper noun is a group of people, not a person
        Actor.Type type = doc.tag(last).equals("NNPS") ? Actor.Type.UNNAMED : Actor.Type.PERSON;
        ActorBuilder b = actors.get(slug(name));
        if (b == null) {
          b = named(name, type, s);
        }
        return List.of(b.id);
      }
    }
    Optional<String> titled = personAfterTitle(s, e);
    if (titled.isPresent()) {
      return List.of(titled.get());
    }
    boolean organisation = MentionNouns.ORGANISATION_NOUNS.contains(head);
    int nameStart = s;
    while (nameStart < last && (doc.tag(nameStart).equals("DT") || doc.tag(nameStart).equals("PRP$")
        || !Character.isLetterOrDigit(doc.word(nameStart).charAt(0)))) {
      nameStart++; // "the Iranian foreign ministry" is named "Iranian foreign ministry"
    }
    if (affiliation.isEmpty() && !MentionNouns.namesSomeone(doc, nameStart, e) && !nouns.describesSomeone(doc, s, e)) {
      // "voters", "the campaign", "his aides": the quote keeps the mention, but no actor is listed
      return List.of(unresolved(phrase(s, e), s).id);
    }
    ActorBuilder unnamed = named(phrase(nameStart, e), organisation ? Actor.Type.ORGANIZATION : Actor.Type.UNNAMED, s);
    if (unnamed.affiliation.isEmpty()) {
      unnamed.affiliation = affiliation;
    }
    return List.of(unnamed.id);
  }

  /** A personal pronoun's person (see {@link PronounResolver}); "it" and "its" go to the body named last. */
  private List<String> resolvePronoun(int token) {
    String w = doc.word(token).toLowerCase(Locale.ROOT);
    char gender = MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : '?';
    if (gender == '?') {
      if (w.equals("it") || w.equals("its")) {
        Optional<String> body = recentBody(token);
        if (body.isPresent()) {
          return List.of(body.get());
        }
      }
      return List.of(unresolved(doc.word(token), token).id);
    }
    PronounResolver.People people = new PronounResolver.People() {
      @Override
      public char gender(String actor) {
        return actors.get(actor).gender;
      }

      @Override
      public boolean isPerson(String actor) {
        return actors.get(actor).type == Actor.Type.PERSON;
      }
    };
    Optional<String> found = pronouns.referent(doc, token, gender, personMentions, people, lastSpoke);
    if (found.isEmpty()) {
      return List.of(unresolved(doc.word(token), token).id);
    }
    ActorBuilder b = actors.get(found.get());
    if (b.gender == '-') {
      b.gender = gender; // the pronoun tells us
    }
    return List.of(b.id);
  }

  /** The organisation or state named last before a token, within a few sentences, for "it" and "its". */
  private Optional<String> recentBody(int token) {
    int floor = doc.sentenceStart(Math.max(0, doc.sentenceOf(token) - 3));
    for (int i = token - 1; i >= floor; i--) {
      if (doc.ner(i).equals("ORGANIZATION") || doc.tag(i).startsWith("NNP") && gazetteer.entity(doc.word(i)).isPresent()) {
        int end = i + 1;
        int start = i;
        while (start - 1 >= floor && doc.ner(start - 1).equals(doc.ner(i)) && !doc.ner(i).equals("O")) {
          start--;
        }
        Optional<String> id = named(new Range(start, end));
        if (id.isPresent()) {
          return id;
        }
      }
    }
    return Optional.empty();
  }

  /** The states named last before a token, for "both nations" and "the two countries". */
  private List<String> recentStates(int before, int count) {
    List<String> found = new ArrayList<>();
    for (GazetteerMatcher.Match m : matcher.statesBefore(doc, before, count)) {
      ActorBuilder b = entity(m.entity(), m.start());
      b.aliases.add(m.text());
      found.add(b.id);
    }
    return found;
  }

  private Optional<String> gazetteerMatch(int s, int e) {
    return matcher.headedBy(doc, s, e).map(m -> {
      ActorBuilder b = entity(m.entity(), m.start());
      b.aliases.add(m.text());
      return b.id;
    });
  }

  private String affiliationWithin(int s, int e) {
    return matcher.affiliationWithin(doc, s, e).orElse("");
  }

  private ActorBuilder entity(Gazetteer.Entity e, int token) {
    ActorBuilder b = actors.get(e.id());
    if (b == null) {
      b = new ActorBuilder(e.id(), e.name(), e.type(), token);
      b.affiliation = e.affiliation().orElse("");
      actors.put(e.id(), b);
    }
    return b;
  }

  private ActorBuilder state(String id, int token) {
    return gazetteer.byId(id).map(e -> entity(e, token)).orElseGet(() -> named(id, Actor.Type.STATE, token));
  }

  /**
   * "Former Secretary | of State Lena Marsh": a title phrase cut off before its "of" phrase and
   * the name it titles; the person named within a few capitalised words after it.
   */
  private Optional<String> personAfterTitle(int s, int e) {
    if (gazetteer.title(doc.word(e - 1)).filter(t -> t.kind() != Gazetteer.TitleKind.HONORIFIC).isEmpty()
        || e >= doc.size() || !doc.word(e).equals("of")) {
      return Optional.empty();
    }
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(s));
    for (int i = e + 1; i < sentenceEnd && i <= e + 5; i++) {
      if (personAt[i] != null) {
        return Optional.of(personAt[i]);
      }
      String tag = doc.tag(i);
      if (tag.startsWith("VB") || tag.equals(",") || tag.equals(".") || tag.equals("CC")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A placeholder for a mention that names no actor; its id is internal and never written. */
  private ActorBuilder unresolved(String mention, int token) {
    String id = "?" + token;
    ActorBuilder b = actors.get(id);
    if (b == null) {
      b = new ActorBuilder(id, mention, Actor.Type.UNNAMED, token);
      b.unresolved = true;
      actors.put(id, b);
    }
    return b;
  }

  private ActorBuilder named(String name, Actor.Type type, int token) {
    String id = slug(name);
    ActorBuilder b = actors.get(id);
    if (b == null) {
      b = new ActorBuilder(id, name, type, token);
      actors.put(id, b);
    }
    b.aliases.add(name);
    return b;
  }

  // ---- output -------------------------------------------------------------------------------

  public String name(String id) {
    return actors.get(id).name;
  }

  /** The actor id a resolved id stands for; empty for a mention that names no actor. */
  public Optional<String> actor(String id) {
    ActorBuilder b = actors.get(id);
    return b == null || b.unresolved ? Optional.empty() : Optional.of(id);
  }

  /** {@link #resolve} without the mentions that name no actor: who holds a stance or reports. */
  public List<String> resolveActors(Range mention) {
    return resolve(mention).stream().filter(id -> !actors.get(id).unresolved).toList();
  }

  /**
   * The actors worth listing: every person, every actor a mention resolved to, and the states and
   * organisations those are affiliated with.
   */
  public List<Actor> actors() {
    for (ActorBuilder b : List.copyOf(actors.values())) {
      if ((b.type == Actor.Type.PERSON || b.referenced) && !b.affiliation.isEmpty()) {
        gazetteer.byId(b.affiliation).ifPresent(e -> entity(e, b.firstToken).referenced = true);
      }
    }
    List<Actor> out = new ArrayList<>();
    for (ActorBuilder b : actors.values()) {
      if (!b.unresolved && (b.type == Actor.Type.PERSON || b.referenced)) {
        out.add(b.build());
      }
    }
    return out;
  }

  // ---- text helpers -------------------------------------------------------------------------

  private String words(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(doc.word(i));
    }
    return b.toString();
  }

  private String phrase(int from, int to) {
    return phrase(doc, from, to);
  }

  static String phrase(ParsedDocument doc, int from, int to) {
    return doc.text().substring(doc.begin(from), doc.end(to - 1)).replaceAll("\\s+", " ");
  }




  static String slug(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "actor" : slug;
  }
}
