package org.framelens.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.Mention;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 2 of the actor layer: person mentions into in-document chains. The names {@link
 * PersonSpans} finds merge so that "Rear Admiral Erik Dahl", "Erik Dahl", "Dahl" and "Mr. Dahl"
 * are one actor named by the fullest form; each mention's titles ({@link TitleReader}) fill in its
 * role, gender and affiliation, the first mention that gives one winning. Writes into the
 * document's actor map; not thread-safe, one per document.
 */
final class PersonChains {

  private final ParsedDocument doc;
  private final Gazetteer gazetteer;
  private final TitleReader titleReader;
  private final Map<String, ActorBuilder> actors;
  private final String[] personAt;
  private final List<PronounResolver.PersonMention> personMentions = new ArrayList<>(); // in text order

  PersonChains(ParsedDocument doc, Gazetteer gazetteer, Map<String, ActorBuilder> actors) {
    this.doc = doc;
    this.gazetteer = gazetteer;
    this.titleReader = new TitleReader(gazetteer);
    this.actors = actors;
    this.personAt = new String[doc.size()];
  }

  /** The person actor id at each token, null where none. */
  String[] personAt() {
    return personAt;
  }

  /** Every person mention, in text order. */
  List<PronounResolver.PersonMention> mentions() {
    return personMentions;
  }

  void find() {
    List<PersonSpans.Span> runs = new PersonSpans(gazetteer).find(doc);
    // full names first, so a surname alone can find its person
    Map<String, ActorBuilder> fullNames = new LinkedHashMap<>();
    for (PersonSpans.Span run : runs) {
      if (run.length() >= 2) {
        String name = phrase(run.start(), run.end());
        ActorBuilder existing = findFullName(fullNames, name);
        ActorBuilder b = existing != null ? existing : person(name, run.start());
        if (existing == null) {
          fullNames.put(name, b);
        } else if (name.length() > b.name.length() && lastWord(name).equals(lastWord(b.name))) {
          b.aliases.add(b.name);
          b.name = name;
        }
        assign(run.start(), run.end(), b);
      }
    }
    for (PersonSpans.Span run : runs) {
      if (run.length() == 1) {
        String word = doc.word(run.start());
        ActorBuilder b = mostRecentWithNamePart(word, run.start());
        if (b == null) {
          b = actors.get(slug(word));
          if (b == null || b.type != Actor.Type.PERSON) {
            b = person(word, run.start());
          }
        }
        assign(run.start(), run.end(), b);
      }
    }
    addMissedSurnames(fullNames);
    personMentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
  }

  /** A capitalised surname of one known person that CoreNLP tagged only in the full name. */
  private void addMissedSurnames(Map<String, ActorBuilder> fullNames) {
    Map<String, ActorBuilder> bySurname = new java.util.HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (ActorBuilder b : fullNames.values()) {
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
      ActorBuilder b = bySurname.get(doc.word(i));
      if (b != null && !ambiguous.contains(doc.word(i))) {
        personAt[i] = b.id;
        personMentions.add(new PronounResolver.PersonMention(i, i + 1, b.id));
      }
    }
  }

  private ActorBuilder findFullName(Map<String, ActorBuilder> fullNames, String name) {
    String[] parts = nameParts(name);
    for (ActorBuilder b : fullNames.values()) {
      String[] other = nameParts(b.name);
      if (other[other.length - 1].equals(parts[parts.length - 1]) && other[0].equals(parts[0])) {
        return b;
      }
    }
    return null;
  }

  ActorBuilder mostRecentWithNamePart(String word, int before) {
    ActorBuilder best = null;
    int bestAt = -1;
    for (PronounResolver.PersonMention m : personMentions) {
      ActorBuilder b = actors.get(m.actor());
      if (b == null || m.end() - m.start() < 2) {
        continue;
      }
      String[] parts = nameParts(b.name);
      boolean matches = parts[parts.length - 1].equals(word) || parts[0].equals(word);
      if (!matches) {
        continue;
      }
      int at = m.start() < before ? m.start() : -1 - m.start(); // prefer mentions before, then the first after
      if (best == null || at > bestAt && bestAt >= 0 == at >= 0 || at >= 0 && bestAt < 0) {
        best = b;
        bestAt = at;
      }
    }
    return best;
  }

  private void assign(int start, int end, ActorBuilder b) {
    for (int i = start; i < end; i++) {
      personAt[i] = b.id;
    }
    b.aliases.add(phrase(start, end));
    personMentions.add(new PronounResolver.PersonMention(start, end, b.id));
    TitleReader.Titles t = titleReader.read(doc, start, end);
    if (t.gender() != '-' && b.gender == '-') {
      b.gender = t.gender();
    }
    if (b.role.isEmpty() && !t.role().isEmpty()) {
      b.role = t.role();
    }
    if (b.affiliation.isEmpty() && t.hasAffiliation()) {
      b.affiliation = t.affiliation();
      b.evidence = Optional.of(Mention.of(doc.text(), doc.span(t.evidenceStart(), t.evidenceEnd())));
    }
  }

  private ActorBuilder person(String name, int token) {
    String id = uniqueId(slug(name));
    ActorBuilder b = new ActorBuilder(id, name, Actor.Type.PERSON, token);
    if (name.indexOf(' ') > 0) {
      b.gender = FirstNames.gender(name.substring(0, name.indexOf(' ')));
    }
    actors.put(id, b);
    return b;
  }

  private String phrase(int from, int to) {
    return DocumentActors.phrase(doc, from, to);
  }

  private String uniqueId(String base) {
    String id = base;
    for (int n = 2; actors.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String[] nameParts(String name) {
    return name.split("[\\s-]+");
  }

  static String lastWord(String name) {
    String[] parts = nameParts(name);
    return parts[parts.length - 1];
  }

  private static String slug(String name) {
    return DocumentActors.slug(name);
  }
}
