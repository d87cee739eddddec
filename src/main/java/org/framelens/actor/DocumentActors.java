package org.framelens.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases.Range;

/**
 * The actors of one document and the resolution of mentions to them. Persons come from CoreNLP's
 * PERSON runs, merged so that "Brigadier General Aziz Nasirzadeh", "Nasirzadeh" and "Mr.
 * Nasirzadeh" are one actor named by the full name, with the role and affiliation the titles
 * around a name give. States and organisations come from the gazetteer (capitals stand for their
 * state) and from ORGANIZATION runs. Pronouns, titles ("the minister"), groups ("both ministers")
 * and unnamed sources ("a Western diplomat") resolve on demand. Not thread-safe: one per document.
 */
public final class DocumentActors {

  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> GROUP_DETERMINERS = Set.of("both", "two", "three", "four", "all");
  private static final Set<String> STATE_BODIES = Set.of("government", "administration", "regime",
      "authorities", "leadership", "state", "country", "nation", "side", "capital");
  private static final Set<String> ORGANISATION_NOUNS = Set.of("ministry", "department", "agency", "office",
      "company", "firm", "group", "organization", "organisation", "committee", "council", "commission", "court",
      "police", "army", "military", "embassy", "party", "campaign", "union", "board", "team", "club", "league",
      "university", "hospital", "bank", "corporation", "association", "institute", "foundation", "network",
      "station", "service", "authority", "bureau", "parliament", "senate", "congress", "cabinet", "alliance",
      "coalition", "movement", "federation", "spokesman's office", "newspaper", "agency's", "force", "forces",
      "guard", "administration", "school", "college", "city", "province", "county", "district", "industry",
      "center", "centre", "unit", "channel", "outlet", "publisher", "studio", "brand", "chain", "store", "airline",
      "manufacturer", "maker", "producer", "operator", "provider", "regulator", "watchdog", "charity");
  private static final Set<String> AGENT_NOUNS = Set.of("critic", "supporter", "opponent", "ally", "rival",
      "source", "insider", "voter", "citizen", "worker", "employee", "member", "participant", "attendee",
      "demonstrator", "student", "parent", "fan", "user", "customer", "investor", "donor", "group", "nation",
      "country", "organizer", "republican", "democrat", "conservative", "liberal", "progressive", "expert",
      "analyst", "observer", "official", "spokesperson", "representative", "campaign", "administration");
  private static final Set<String> GENERIC_PEOPLE = Set.of("leader", "man", "woman", "men", "women", "side",
      "official", "people", "person", "figure", "politician", "candidate");

  private final ParsedDocument doc;
  private final Gazetteer gazetteer;
  private final Map<String, Builder> actors = new LinkedHashMap<>();
  private final String[] personAt;
  private final List<int[]> personMentions = new ArrayList<>(); // {start, end} in text order
  private final Map<String, Integer> lastSpoke = new LinkedHashMap<>();

  public DocumentActors(ParsedDocument doc, Gazetteer gazetteer) {
    this.doc = doc;
    this.gazetteer = gazetteer;
    this.personAt = new String[doc.size()];
    findPersons();
  }

  private static final class Builder {
    final String id;
    String name;
    final Actor.Type type;
    String role = "";
    String affiliation = "";
    final Set<String> aliases = new LinkedHashSet<>();
    char gender = '-';
    boolean referenced;
    /** A mention that names no one (a pronoun with no antecedent, "the campaign"): never listed. */
    boolean unresolved;
    int firstToken;

    Builder(String id, String name, Actor.Type type, int firstToken) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.firstToken = firstToken;
    }

    Actor build() {
      List<String> others = new ArrayList<>();
      for (String a : aliases) {
        if (!a.equals(name)) {
          others.add(a);
        }
      }
      return new Actor(id, name, type, role.isEmpty() ? Optional.empty() : Optional.of(role),
          affiliation.isEmpty() ? Optional.empty() : Optional.of(affiliation), others);
    }
  }

  // ---- persons ------------------------------------------------------------------------------

  private void findPersons() {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (!isPersonToken(i)) {
        continue;
      }
      int start = i;
      int sentence = doc.sentenceOf(i);
      while (i + 1 < doc.size() && isPersonToken(i + 1) && doc.sentenceOf(i + 1) == sentence) {
        i++;
      }
      int end = i + 1;
      while (start < end && gazetteer.title(doc.word(start)).isPresent() && end - start > 1) {
        start++; // "General" tagged as part of the name
      }
      runs.add(new int[] {start, end});
    }
    // full names first, so a surname alone can find its person
    Map<String, Builder> fullNames = new LinkedHashMap<>();
    for (int[] run : runs) {
      if (run[1] - run[0] >= 2) {
        String name = words(run[0], run[1]);
        Builder existing = findFullName(fullNames, name);
        Builder b = existing != null ? existing : person(name, run[0]);
        if (existing == null) {
          fullNames.put(name, b);
        } else if (name.length() > b.name.length() && lastWord(name).equals(lastWord(b.name))) {
          b.aliases.add(b.name);
          b.name = name;
        }
        assign(run, b);
      }
    }
    for (int[] run : runs) {
      if (run[1] - run[0] == 1) {
        String word = doc.word(run[0]);
        Builder b = mostRecentWithNamePart(word, run[0]);
        if (b == null) {
          b = actors.get(slug(word));
          if (b == null || b.type != Actor.Type.PERSON) {
            b = person(word, run[0]);
          }
        }
        assign(run, b);
      }
    }
    addMissedSurnames(fullNames);
    personMentions.sort((a, b) -> Integer.compare(a[0], b[0]));
  }

  /** "McNeely" where CoreNLP tagged only "Morgan McNeely": a capitalised surname of one known person. */
  private void addMissedSurnames(Map<String, Builder> fullNames) {
    Map<String, Builder> bySurname = new java.util.HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Builder b : fullNames.values()) {
      String surname = lastWord(b.name);
      if (bySurname.putIfAbsent(surname, b) != null && bySurname.get(surname) != b) {
        ambiguous.add(surname);
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      String ner = doc.ner(i);
      if (personAt[i] != null || !doc.tag(i).startsWith("NNP") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")) {
        continue;
      }
      Builder b = bySurname.get(doc.word(i));
      if (b != null && !ambiguous.contains(doc.word(i))) {
        personAt[i] = b.id;
        personMentions.add(new int[] {i, i + 1});
      }
    }
  }

  private boolean isPersonToken(int i) {
    return doc.ner(i).equals("PERSON") && !doc.tag(i).equals("POS") && Character.isLetter(doc.word(i).charAt(0));
  }

  private Builder findFullName(Map<String, Builder> fullNames, String name) {
    String[] parts = name.split(" ");
    for (Builder b : fullNames.values()) {
      String[] other = b.name.split(" ");
      if (other[other.length - 1].equals(parts[parts.length - 1]) && other[0].equals(parts[0])) {
        return b;
      }
    }
    return null;
  }

  private Builder mostRecentWithNamePart(String word, int before) {
    Builder best = null;
    int bestAt = -1;
    for (int[] m : personMentions) {
      Builder b = actors.get(personAt[m[0]]);
      if (b == null || m[1] - m[0] < 2) {
        continue;
      }
      String[] parts = b.name.split(" ");
      boolean matches = parts[parts.length - 1].equals(word) || parts[0].equals(word);
      if (!matches) {
        continue;
      }
      int at = m[0] < before ? m[0] : -1 - m[0]; // prefer mentions before, then the first after
      if (best == null || at > bestAt && bestAt >= 0 == at >= 0 || at >= 0 && bestAt < 0) {
        best = b;
        bestAt = at;
      }
    }
    return best;
  }

  private void assign(int[] run, Builder b) {
    for (int i = run[0]; i < run[1]; i++) {
      personAt[i] = b.id;
    }
    b.aliases.add(words(run[0], run[1]));
    personMentions.add(run);
    readTitles(run, b);
  }

  private Builder person(String name, int token) {
    String id = uniqueId(slug(name));
    Builder b = new Builder(id, name, Actor.Type.PERSON, token);
    if (name.indexOf(' ') > 0) {
      b.gender = FirstNames.gender(name.substring(0, name.indexOf(' ')));
    }
    actors.put(id, b);
    return b;
  }

  /** Role, affiliation and gender from the words before a name and from an appositive after it. */
  private void readTitles(int[] run, Builder b) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(run[0]));
    // the title phrase: "Iranian | Defense Minister Brigadier General | Aziz Nasirzadeh"
    int from = run[0];
    boolean hasRoleWord = false;
    String affiliation = "";
    for (int i = run[0] - 1; i >= sentenceStart && run[0] - i <= 7; i--) {
      String w = doc.word(i);
      String tag = doc.tag(i);
      Optional<Gazetteer.Title> title = gazetteer.title(w);
      if (title.isPresent()) {
        if (title.get().gender() != '-' && b.gender == '-') {
          b.gender = title.get().gender();
        }
        hasRoleWord |= title.get().kind() == Gazetteer.TitleKind.ROLE;
        from = i;
        continue;
      }
      Optional<String> state = gazetteer.stateOfAdjective(w);
      if (state.isPresent()) {
        affiliation = state.get();
        break;
      }
      if (tag.equals("POS") && i - 1 >= sentenceStart) {
        affiliation = gazetteer.entity(doc.word(i - 1)).map(Gazetteer.Entity::id).orElse("");
        break;
      }
      boolean capitalised = Character.isUpperCase(w.charAt(0));
      if ((tag.startsWith("NN") || tag.startsWith("JJ")) && !doc.ner(i).equals("PERSON")
          && (capitalised || hasRoleWord) && from < run[0]) {
        Optional<Gazetteer.Entity> e = gazetteer.entity(w);
        if (e.isPresent()) {
          affiliation = e.get().id();
          break;
        }
        from = i;
        continue;
      }
      break;
    }
    // ranks and honorifics next to the name are not the role; a rank after a modifier is ("Air Force Commander")
    int roleEnd = run[0];
    while (roleEnd > from && gazetteer.title(doc.word(roleEnd - 1))
        .filter(t -> t.kind() != Gazetteer.TitleKind.ROLE).isPresent()) {
      roleEnd--;
    }
    if (roleEnd > from && roleEnd < run[0] && gazetteer.title(doc.word(roleEnd - 1)).isEmpty()
        && gazetteer.title(doc.word(roleEnd)).filter(t -> t.kind() == Gazetteer.TitleKind.RANK).isPresent()) {
      roleEnd++;
    }
    int rankStart = roleEnd;
    while (rankStart < run[0] && gazetteer.title(doc.word(rankStart))
        .filter(t -> t.kind() == Gazetteer.TitleKind.HONORIFIC).isPresent()) {
      rankStart++;
    }
    String role = roleEnd > from ? phrase(from, roleEnd) : rankStart < run[0] ? rankPhrase(rankStart, run[0]) : "";
    if (role.isEmpty() && run[0] - 1 > sentenceStart && doc.word(run[0] - 1).equals(",")) {
      // "the government spokeswoman, Maria Holm," / "Iran's foreign minister, Abbas Araghchi,"
      int end = run[0] - 1;
      int start = end;
      while (start - 1 >= sentenceStart && (doc.tag(start - 1).startsWith("NN") || doc.tag(start - 1).startsWith("JJ")
          || doc.tag(start - 1).equals("POS") || doc.tag(start - 1).equals("DT") || doc.tag(start - 1).equals("PRP$"))
          && !doc.ner(start - 1).equals("PERSON")) {
        start--;
      }
      if (start < end && gazetteer.title(doc.word(end - 1)).filter(t -> t.kind() != Gazetteer.TitleKind.HONORIFIC).isPresent()) {
        int roleStart = start;
        while (roleStart < end && (doc.tag(roleStart).equals("DT") || doc.tag(roleStart).equals("PRP$"))) {
          roleStart++;
        }
        for (int i = start; i < end && affiliation.isEmpty(); i++) {
          String word = doc.word(i);
          affiliation = gazetteer.stateOfAdjective(word)
              .or(() -> gazetteer.entity(word).map(Gazetteer.Entity::id)).orElse("");
        }
        int possessive = -1;
        for (int i = roleStart; i < end; i++) {
          if (doc.tag(i).equals("POS")) {
            possessive = i;
          }
        }
        role = phrase(possessive >= 0 ? possessive + 1 : roleStart, end);
        Optional<Gazetteer.Title> t = gazetteer.title(doc.word(end - 1));
        if (t.isPresent() && t.get().gender() != '-' && b.gender == '-') {
          b.gender = t.get().gender();
        }
      }
    }
    if (b.role.isEmpty() && !role.isEmpty()) {
      b.role = role;
    }
    if (b.affiliation.isEmpty() && !affiliation.isEmpty()) {
      b.affiliation = affiliation;
    }
    readAppositive(run, b);
  }

  private String rankPhrase(int from, int to) {
    while (to > from && gazetteer.title(doc.word(to - 1)).filter(t -> t.kind() == Gazetteer.TitleKind.HONORIFIC).isPresent()) {
      to--;
    }
    return to > from ? phrase(from, to) : "";
  }

  /** "Brian Hemming, a Toronto investment relations consultant and founder of Save Jazz FM," */
  private void readAppositive(int[] run, Builder b) {
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(run[0]));
    int i = run[1];
    if (i >= sentenceEnd || !doc.word(i).equals(",")) {
      return;
    }
    int j = i + 1;
    if (j >= sentenceEnd || !(doc.tag(j).equals("DT") || doc.tag(j).equals("PRP$") || doc.tag(j).startsWith("JJ")
        || doc.tag(j).startsWith("NN") && !doc.ner(j).equals("PERSON"))) {
      return;
    }
    int end = j;
    boolean hasRole = false;
    String affiliation = "";
    while (end < sentenceEnd && end - j < 14 && !doc.tag(end).equals(",") && !doc.tag(end).equals(".")
        && !doc.tag(end).startsWith("VB") && !doc.tag(end).equals("``") && !doc.tag(end).equals("''")) {
      Optional<Gazetteer.Title> t = gazetteer.title(doc.word(end));
      if (t.isPresent() && t.get().kind() != Gazetteer.TitleKind.HONORIFIC) {
        hasRole = true;
        if (t.get().gender() != '-' && b.gender == '-') {
          b.gender = t.get().gender();
        }
      }
      if (affiliation.isEmpty()) {
        Optional<String> s = gazetteer.stateOfAdjective(doc.word(end));
        if (s.isPresent()) {
          affiliation = s.get();
        } else {
          Optional<Gazetteer.Entity> e = gazetteer.entity(doc.word(end));
          if (e.isPresent()) {
            affiliation = e.get().id();
          }
        }
      }
      end++;
    }
    if (!hasRole) {
      return;
    }
    int from = doc.tag(j).equals("DT") ? j + 1 : j;
    if (b.role.isEmpty() && from < end) {
      b.role = doc.text().substring(doc.begin(from), doc.end(end - 1));
    }
    if (b.affiliation.isEmpty() && !affiliation.isEmpty()) {
      b.affiliation = affiliation;
    }
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
      Builder b = named(words(start, e), Actor.Type.ORGANIZATION, start);
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
    return gazetteer.title(lemma).isPresent() || ORGANISATION_NOUNS.contains(lemma) || STATE_BODIES.contains(lemma)
        || GENERIC_PEOPLE.contains(lemma) || AGENT_NOUNS.contains(lemma);
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
      String name = words(start, e);
      return List.of(named(name, Actor.Type.ORGANIZATION, start).id);
    }
    String affiliation = affiliationWithin(s, e);
    String singular = head; // lemmas are singular already
    if (STATE_BODIES.contains(head) && !affiliation.isEmpty()) {
      return List.of(state(affiliation, s).id);
    }
    boolean group = false;
    int count = 0;
    for (int i = s; i < last; i++) {
      String l = doc.lemma(i);
      if (GROUP_DETERMINERS.contains(l)) {
        group = true;
        count = switch (l) {
          case "two", "both" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          default -> 0;
        };
      }
    }
    if (group && STATE_BODIES.contains(singular)) {
      List<String> states = recentStates(s, count == 0 ? 2 : count);
      if (!states.isEmpty()) {
        return states;
      }
    }
    Optional<Gazetteer.Title> title = gazetteer.title(singular);
    boolean roleHead = title.isPresent() && title.get().kind() != Gazetteer.TitleKind.HONORIFIC;
    if (group && (roleHead || GENERIC_PEOPLE.contains(singular))) {
      List<String> members = personsWithRole(roleHead && !GENERIC_PEOPLE.contains(singular) ? singular : "", affiliation, s, count);
      if (!members.isEmpty()) {
        return members;
      }
    }
    boolean definite = isDefinite(s, last);
    if (roleHead && definite && !doc.tag(last).endsWith("S")) {
      List<String> one = personsWithRole(singular, affiliation, s, 1);
      if (!one.isEmpty()) {
        return one;
      }
    }
    if (ORGANISATION_NOUNS.contains(head) && definite) {
      for (Builder b : recentFirst(s)) {
        if (b.type == Actor.Type.ORGANIZATION && b.name.toLowerCase(Locale.ROOT).contains(head)) {
          return List.of(b.id);
        }
      }
    }
    if (doc.tag(last).startsWith("NNP") && !definite) {
      Builder namesake = mostRecentWithNamePart(doc.word(last), s);
      if (namesake != null) {
        return List.of(namesake.id); // "Park" when CoreNLP did not tag it PERSON this time
      }
      if (allProperNouns(s, e)) {
        String name = words(s, e);
        Builder b = actors.get(slug(name));
        if (b == null) {
          b = named(name, Actor.Type.PERSON, s);
        }
        return List.of(b.id);
      }
    }
    boolean organisation = ORGANISATION_NOUNS.contains(head);
    int nameStart = s;
    while (nameStart < last && (doc.tag(nameStart).equals("DT") || doc.tag(nameStart).equals("PRP$"))) {
      nameStart++; // "the Iranian foreign ministry" is named "Iranian foreign ministry"
    }
    if (affiliation.isEmpty() && !namesSomeone(nameStart, e) && !describesSomeone(s, e)) {
      // "voters", "the campaign", "his aides": the quote keeps the mention, but no actor is listed
      return List.of(unresolved(phrase(s, e), s).id);
    }
    Builder unnamed = named(phrase(nameStart, e), organisation ? Actor.Type.ORGANIZATION : Actor.Type.UNNAMED, s);
    if (unnamed.affiliation.isEmpty()) {
      unnamed.affiliation = affiliation;
    }
    return List.of(unnamed.id);
  }

  /** "Hillary Clinton", "Le Pen": every word a proper noun, so the phrase is a name, not "some Republicans". */
  private boolean allProperNouns(int s, int e) {
    for (int i = s; i < e; i++) {
      if (!doc.tag(i).startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> QUANTIFIERS = Set.of("many", "some", "several", "other", "few", "more", "most",
      "all", "both", "another", "such", "any", "each", "one");

  /**
   * A generic source worth keeping: a person or body noun with a modifier of its own, "senior
   * officials", "a Western diplomat", "black voters"; not a bare "aides", "the campaign" or "the
   * statement" once determiners and quantifiers are set aside.
   */
  private boolean describesSomeone(int s, int e) {
    int last = e - 1;
    String head = doc.lemma(last).toLowerCase(Locale.ROOT);
    boolean personLike = gazetteer.title(head).isPresent() || AGENT_NOUNS.contains(head)
        || GENERIC_PEOPLE.contains(head) || ORGANISATION_NOUNS.contains(head);
    if (!personLike) {
      return false;
    }
    for (int i = s; i < last; i++) {
      String tag = doc.tag(i);
      boolean modifier = tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBN") || tag.equals("VBG");
      if (modifier && !QUANTIFIERS.contains(doc.lemma(i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a common-noun phrase names whom it stands for: "the Pentagon spokesman" yes, "aides" no. */
  private boolean namesSomeone(int s, int e) {
    for (int i = s; i < e; i++) {
      if (doc.tag(i).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private boolean isDefinite(int s, int last) {
    for (int i = s; i < last; i++) {
      String l = doc.lemma(i);
      if (l.equals("the") || l.equals("this") || l.equals("that") || doc.tag(i).equals("PRP$") || doc.tag(i).equals("POS")) {
        return true;
      }
    }
    return false;
  }

  private static final int PRONOUN_REACH_SENTENCES = 8;
  private static final int EXACT_GENDER_REACH = 3;

  /**
   * A personal pronoun's person: sentence by sentence backwards, a person of the pronoun's gender
   * (an unknown gender only when no known one fits), the subject of a sentence before its objects;
   * a sentence that itself opens with the same pronoun only passes the reference further back
   * ("Justice Dunphy said ... Still, he denied Mr. Hemming's request ... he wrote" is Dunphy).
   * "it" and "its" go to the organisation or state named last.
   */
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
    // a person known to be of the pronoun's gender close by, else anyone who may be, further back
    for (boolean exact : new boolean[] {true, false}) {
      String found = pronounReferent(token, gender, exact, exact ? EXACT_GENDER_REACH : PRONOUN_REACH_SENTENCES);
      if (found != null) {
        Builder b = actors.get(found);
        if (b.gender == '-') {
          b.gender = gender; // the pronoun tells us
        }
        return List.of(found);
      }
    }
    // no person in reach: the most recent speaker of that gender
    String best = null;
    int bestAt = -1;
    for (Map.Entry<String, Integer> e : lastSpoke.entrySet()) {
      Builder b = actors.get(e.getKey());
      if (b.type == Actor.Type.PERSON && (b.gender == gender || b.gender == '-') && e.getValue() < token && e.getValue() > bestAt) {
        best = b.id;
        bestAt = e.getValue();
      }
    }
    if (best != null) {
      return List.of(best);
    }
    return List.of(unresolved(doc.word(token), token).id);
  }

  private String pronounReferent(int token, char gender, boolean exactGender, int reach) {
    int sentence = doc.sentenceOf(token);
    for (int s = sentence; s >= Math.max(0, sentence - reach); s--) {
      int from = doc.sentenceStart(s);
      int to = s == sentence ? token : doc.sentenceEnd(s);
      boolean passesOn = s != sentence && opensWithPronoun(from, to, gender);
      String object = null;
      for (int[] m : personMentions) {
        if (m[0] < from || m[0] >= to) {
          continue;
        }
        Builder b = actors.get(personAt[m[0]]);
        boolean fits = exactGender ? b.gender == gender : b.gender == '-' || b.gender == gender;
        if (!fits) {
          continue;
        }
        if (isSubjectPosition(m)) {
          return b.id;
        }
        object = b.id; // the latest non-subject mention in the sentence
      }
      if (object != null && !passesOn) {
        return object;
      }
    }
    return null;
  }

  /** A mention followed by its verb, an appositive comma or a title: "Dunphy said", "Hemming, a consultant,". */
  private boolean isSubjectPosition(int[] mention) {
    int next = mention[1];
    if (next >= doc.size() || doc.sentenceOf(next) != doc.sentenceOf(mention[0])) {
      return false;
    }
    String tag = doc.tag(next);
    return tag.startsWith("VB") || tag.equals("MD") || tag.equals(",") || tag.startsWith("RB");
  }

  private boolean opensWithPronoun(int from, int to, char gender) {
    for (int i = from; i < to && i < from + 4; i++) {
      String w = doc.word(i).toLowerCase(Locale.ROOT);
      if (doc.tag(i).equals("PRP")) {
        return gender == 'm' ? w.equals("he") : w.equals("she");
      }
    }
    return false;
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

  /** The states named last before a token, most recent first, for "both nations" and "the two countries". */
  private List<String> recentStates(int before, int count) {
    List<String> found = new ArrayList<>();
    int floor = doc.sentenceStart(Math.max(0, doc.sentenceOf(before) - 3));
    for (int i = before - 1; i >= floor && found.size() < count; i--) {
      if (!doc.tag(i).startsWith("NNP")) {
        continue;
      }
      Optional<Gazetteer.Entity> e = gazetteer.entity(doc.word(i));
      if (e.isPresent() && e.get().type() == Actor.Type.STATE && !found.contains(e.get().id())) {
        Builder b = entity(e.get(), i);
        b.aliases.add(doc.word(i));
        found.add(0, b.id);
      }
    }
    return found.size() == count ? found : List.of();
  }

  private List<String> personsWithRole(String roleWord, String affiliation, int before, int count) {
    List<String> found = new ArrayList<>();
    for (Builder b : recentFirst(before)) {
      if (b.type != Actor.Type.PERSON) {
        continue;
      }
      boolean roleOk = roleWord.isEmpty() || b.role.toLowerCase(Locale.ROOT).contains(roleWord);
      boolean affOk = affiliation.isEmpty() || affiliation.equals(b.affiliation);
      if (roleOk && affOk) {
        found.add(b.id);
        if (count > 0 && found.size() == count) {
          break;
        }
      }
    }
    if (count > 1 && found.size() < 2) {
      return List.of();
    }
    return found;
  }

  /** Persons (and organisations) by their most recent mention before a token, latest first. */
  private List<Builder> recentFirst(int before) {
    Map<String, Integer> last = new LinkedHashMap<>();
    for (int[] m : personMentions) {
      if (m[0] < before) {
        last.put(personAt[m[0]], m[0]);
      }
    }
    for (Builder b : actors.values()) {
      if (b.type != Actor.Type.PERSON && b.firstToken < before) {
        last.merge(b.id, b.firstToken, Math::max);
      }
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(last.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<Builder> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : entries) {
      out.add(actors.get(e.getKey()));
    }
    return out;
  }

  private Optional<String> gazetteerMatch(int s, int e) {
    for (int from = s; from < e; from++) {
      if (!Character.isUpperCase(doc.word(from).charAt(0))) {
        continue;
      }
      for (int to = Math.min(e, from + Gazetteer.MAX_ALIAS_WORDS); to > from; to--) {
        if (to != e) {
          continue; // the head must be the name: "Tehran" yes, "Tehran Times" no
        }
        Optional<Gazetteer.Entity> entity = gazetteer.entity(words(from, to));
        if (entity.isPresent()) {
          Builder b = entity(entity.get(), from);
          b.aliases.add(words(from, to));
          return Optional.of(b.id);
        }
      }
    }
    return Optional.empty();
  }

  private String affiliationWithin(int s, int e) {
    for (int i = s; i < e; i++) {
      Optional<String> state = gazetteer.stateOfAdjective(doc.word(i));
      if (state.isPresent()) {
        return state.get();
      }
      if (doc.tag(i).startsWith("NNP")) {
        Optional<Gazetteer.Entity> entity = gazetteer.entity(doc.word(i));
        if (entity.isPresent()) {
          return entity.get().id();
        }
      }
    }
    return "";
  }

  private Builder entity(Gazetteer.Entity e, int token) {
    Builder b = actors.get(e.id());
    if (b == null) {
      b = new Builder(e.id(), e.name(), e.type(), token);
      b.affiliation = e.affiliation().orElse("");
      actors.put(e.id(), b);
    }
    return b;
  }

  private Builder state(String id, int token) {
    return gazetteer.byId(id).map(e -> entity(e, token)).orElseGet(() -> named(id, Actor.Type.STATE, token));
  }

  /** A placeholder for a mention that names no actor; its id is internal and never written. */
  private Builder unresolved(String mention, int token) {
    String id = "?" + token;
    Builder b = actors.get(id);
    if (b == null) {
      b = new Builder(id, mention, Actor.Type.UNNAMED, token);
      b.unresolved = true;
      actors.put(id, b);
    }
    return b;
  }

  private Builder named(String name, Actor.Type type, int token) {
    String id = slug(name);
    Builder b = actors.get(id);
    if (b == null) {
      b = new Builder(id, name, type, token);
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
    Builder b = actors.get(id);
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
    for (Builder b : List.copyOf(actors.values())) {
      if ((b.type == Actor.Type.PERSON || b.referenced) && !b.affiliation.isEmpty()) {
        gazetteer.byId(b.affiliation).ifPresent(e -> entity(e, b.firstToken).referenced = true);
      }
    }
    List<Actor> out = new ArrayList<>();
    for (Builder b : actors.values()) {
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
    return doc.text().substring(doc.begin(from), doc.end(to - 1));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private String uniqueId(String base) {
    String id = base;
    for (int n = 2; actors.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "actor" : slug;
  }
}
