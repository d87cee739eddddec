package org.framelens.actor;

import java.util.Optional;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 2 of the actor layer: what the words around one mention of a name say about the person.
 * The title before it ("Norwegian Finance Minister | Erik Dahl"), a role before a comma ("the
 * government spokeswoman, Maria Holm,") or an appositive after it ("Erik Dahl, a Bergen harbour
 * pilot,") give a role, a gender and an affiliation. An affiliation is taken only from a title or
 * role phrase that names a state or organisation (a nationality adjective, "Norway's", "of the X
 * ministry"), never from a state merely near the name, and it carries the tokens it was read
 * from. Relations ("rival", "wife", "fellow candidate") are not roles. Stateless and thread-safe.
 */
final class TitleReader {

  /** What one mention's context says; empty strings where it says nothing. */
  record Titles(String role, String affiliation, int evidenceStart, int evidenceEnd, char gender) {
    static final Titles NONE = new Titles("", "", -1, -1, '-');

    boolean hasAffiliation() {
      return !affiliation.isEmpty();
    }
  }

  /** Words that say how a person relates to another, not what office they hold. */
  static final Set<String> RELATIONS = Set.of("rival", "rivals", "wife", "husband", "son", "daughter", "father",
      "mother", "brother", "sister", "friend", "ally", "opponent", "challenger", "widow", "widower", "nephew", "niece",
      "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "partner", "boyfriend",
      "girlfriend", "fiancee", "fiance", "stepfather", "stepmother", "child", "parent", "colleague", "counterpart",
      "successor", "predecessor", "foe", "critic", "supporter", "fan");

  private final Gazetteer gazetteer;

  TitleReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The titles around the name at tokens {@code [start, end)}. */
  Titles read(ParsedDocument doc, int start, int end) {
    Titles before = before(doc, start);
    Titles around = before.role().isEmpty() ? commaBefore(doc, start, before) : before;
    Titles after = appositive(doc, start, end);
    String role = !around.role().isEmpty() ? around.role() : after.role();
    Titles withAffiliation = around.hasAffiliation() ? around : after;
    char gender = around.gender() != '-' ? around.gender() : after.gender();
    String lower = role.toLowerCase(java.util.Locale.ROOT);
    boolean formerRole = lower.startsWith("former ") || lower.startsWith("ex-") || lower.contains(" former ");
    if (withAffiliation.hasAffiliation() && (past(doc, withAffiliation) || formerRole)) {
      return new Titles(role, "", -1, -1, gender);
    }
    return new Titles(role, withAffiliation.affiliation(), withAffiliation.evidenceStart(),
        withAffiliation.evidenceEnd(), gender);
  }

  private static final Set<String> PAST = Set.of("former", "ex", "onetime", "one-time", "then", "erstwhile");

  /** "former U.N. Ambassador", "the ex-minister of Norway": a side the person no longer holds. */
  private static boolean past(ParsedDocument doc, Titles t) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(t.evidenceStart()));
    for (int i = Math.max(sentenceStart, t.evidenceStart() - 2); i < t.evidenceEnd(); i++) {
      String w = doc.word(i).toLowerCase(java.util.Locale.ROOT);
      if (PAST.contains(w) || w.startsWith("ex-")) {
        return true;
      }
    }
    return false;
  }

  /** "Norwegian | Finance Minister Rear Admiral | Erik Dahl": the title phrase before a name. */
  private Titles before(ParsedDocument doc, int nameStart) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(nameStart));
    int from = nameStart;
    boolean hasRoleWord = false;
    boolean titled = false;
    char gender = '-';
    String affiliation = "";
    int evidence = -1;
    int titleReach = titleReach(doc, nameStart, sentenceStart);
    for (int i = nameStart - 1; i >= sentenceStart && nameStart - i <= 7; i--) {
      String w = doc.word(i);
      String tag = doc.tag(i);
      if (i >= titleReach && gazetteer.title(w).isEmpty() && stateAdjective(doc, i).isEmpty()
          && (w.equals("of") || Character.isUpperCase(w.charAt(0)) && gazetteer.entity(w).isEmpty())) {
        from = i; // "Secretary of State | Lena Marsh": the words inside a title phrase
        continue;
      }
      Optional<Gazetteer.Title> title = gazetteer.title(w);
      if (title.isPresent()) {
        if (title.get().gender() != '-' && gender == '-') {
          gender = title.get().gender();
        }
        hasRoleWord |= title.get().kind() == Gazetteer.TitleKind.ROLE;
        titled |= title.get().kind() != Gazetteer.TitleKind.HONORIFIC;
        from = i;
        continue;
      }
      Optional<String> state = partOfLongerName(doc, i) ? Optional.empty() : stateAdjective(doc, i);
      if (state.isPresent()) {
        affiliation = state.get();
        evidence = i;
        break;
      }
      if (tag.equals("POS") && i - 1 >= sentenceStart) {
        affiliation = partOfLongerName(doc, i - 1) ? ""
            : gazetteer.entity(doc.word(i - 1)).map(Gazetteer.Entity::id).orElse("");
        evidence = i - 1;
        break;
      }
      boolean capitalised = Character.isUpperCase(w.charAt(0));
      if ((tag.startsWith("NN") || tag.startsWith("JJ")) && !doc.ner(i).equals("PERSON")
          && (capitalised || hasRoleWord) && from < nameStart) {
        Optional<Gazetteer.Entity> e = partOfLongerName(doc, i) ? Optional.empty() : gazetteer.entity(w);
        if (e.isPresent()) {
          affiliation = e.get().id();
          evidence = i;
          break;
        }
        from = i;
        continue;
      }
      break;
    }
    if (!titled) {
      affiliation = ""; // "Swedish Anna Berg" is rare; "the Irish-born" or a place before a name is not a side
    }
    // ranks and honorifics next to the name are not the role; a rank after a modifier is ("Air Force Commander")
    int roleEnd = nameStart;
    while (roleEnd > from && gazetteer.title(doc.word(roleEnd - 1))
        .filter(t -> t.kind() != Gazetteer.TitleKind.ROLE).isPresent()) {
      roleEnd--;
    }
    if (roleEnd > from && roleEnd < nameStart && gazetteer.title(doc.word(roleEnd - 1)).isEmpty()
        && gazetteer.title(doc.word(roleEnd)).filter(t -> t.kind() == Gazetteer.TitleKind.RANK).isPresent()) {
      roleEnd++;
    }
    int rankStart = roleEnd;
    while (rankStart < nameStart && gazetteer.title(doc.word(rankStart))
        .filter(t -> t.kind() == Gazetteer.TitleKind.HONORIFIC).isPresent()) {
      rankStart++;
    }
    String role = roleEnd > from ? phrase(doc, from, roleEnd) : rankStart < nameStart ? rankPhrase(doc, rankStart, nameStart) : "";
    return titles(role, affiliation, evidence, nameStart, gender);
  }

  /**
   * How far back a title phrase of capitalised words and "of" runs before a name, when a title
   * word opens it ("Secretary of State", "Chief of Staff"); {@code nameStart} when none does.
   */
  private int titleReach(ParsedDocument doc, int nameStart, int sentenceStart) {
    int reach = nameStart;
    for (int i = nameStart - 1; i >= sentenceStart && nameStart - i <= 6; i--) {
      String w = doc.word(i);
      if (gazetteer.title(w).filter(t -> t.kind() != Gazetteer.TitleKind.HONORIFIC).isPresent()) {
        reach = i;
        continue;
      }
      if (!(w.equals("of") || Character.isUpperCase(w.charAt(0))) || doc.ner(i).equals("PERSON")) {
        break;
      }
    }
    return reach;
  }

  /** "the government spokeswoman, Maria Holm," / "Norway's finance minister, Erik Dahl,". */
  private Titles commaBefore(ParsedDocument doc, int nameStart, Titles before) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(nameStart));
    if (nameStart - 1 <= sentenceStart || !doc.word(nameStart - 1).equals(",")) {
      return before;
    }
    int end = nameStart - 1;
    int start = end;
    while (start - 1 >= sentenceStart && (doc.tag(start - 1).startsWith("NN") || doc.tag(start - 1).startsWith("JJ")
        || doc.tag(start - 1).equals("POS") || doc.tag(start - 1).equals("DT") || doc.tag(start - 1).equals("PRP$"))
        && !doc.ner(start - 1).equals("PERSON")) {
      start--;
    }
    Optional<Gazetteer.Title> head = start < end ? gazetteer.title(doc.word(end - 1)) : Optional.empty();
    if (head.filter(t -> t.kind() == Gazetteer.TitleKind.ROLE).isEmpty() || doc.word(end - 1).length() <= 3) {
      return before; // "rep" in "the FBI's bad rep, Clinton" is no title
    }
    int roleStart = start;
    while (roleStart < end && (doc.tag(roleStart).equals("DT") || doc.tag(roleStart).equals("PRP$"))) {
      roleStart++;
    }
    String affiliation = before.affiliation();
    int evidence = before.evidenceStart();
    for (int i = start; i < end && affiliation.isEmpty(); i++) {
      String word = doc.word(i);
      Optional<String> found = partOfLongerName(doc, i) ? Optional.empty()
          : stateAdjective(doc, i).or(() -> gazetteer.entity(word).map(Gazetteer.Entity::id));
      if (found.isPresent()) {
        affiliation = found.get();
        evidence = i;
      }
    }
    int possessive = -1;
    for (int i = roleStart; i < end; i++) {
      if (doc.tag(i).equals("POS")) {
        possessive = i;
      }
    }
    String role = phrase(doc, possessive >= 0 ? possessive + 1 : roleStart, end);
    char gender = head.get().gender() != '-' ? head.get().gender() : before.gender();
    return titles(role, affiliation, evidence, end, gender);
  }

  /** "Lena Marsh, a Leeds housing lawyer and founder of Tenants First," */
  private Titles appositive(ParsedDocument doc, int nameStart, int nameEnd) {
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(nameStart));
    int i = nameEnd;
    if (i >= sentenceEnd || !doc.word(i).equals(",")) {
      return Titles.NONE;
    }
    int j = i + 1;
    if (j >= sentenceEnd || !(doc.tag(j).equals("DT") || doc.tag(j).equals("PRP$") || doc.tag(j).startsWith("JJ")
        || doc.tag(j).startsWith("NN") && !doc.ner(j).equals("PERSON"))) {
      return Titles.NONE;
    }
    int end = j;
    int lastTitle = -1;
    char gender = '-';
    while (end < sentenceEnd && end - j < 14 && !doc.tag(end).equals(",") && !doc.tag(end).equals(".")
        && !doc.tag(end).startsWith("VB") && !doc.tag(end).equals("``") && !doc.tag(end).equals("''")
        && !doc.tag(end).equals("WDT") && !doc.tag(end).equals("WP")) {
      Optional<Gazetteer.Title> t = gazetteer.title(doc.word(end));
      if (t.isPresent() && t.get().kind() != Gazetteer.TitleKind.HONORIFIC) {
        lastTitle = end;
        if (t.get().gender() != '-' && gender == '-') {
          gender = t.get().gender();
        }
      }
      end++;
    }
    if (lastTitle < 0) {
      return Titles.NONE;
    }
    // the side is named by the title's own modifiers or its "of" phrase: "a Norwegian finance
    // minister", "the spokesman of the Swedish foreign ministry"; not by any state further on
    String affiliation = "";
    int evidence = -1;
    int reach = lastTitle + 1;
    if (reach < end && Set.of("of", "for", "at", "with").contains(doc.word(reach))) {
      reach = Math.min(end, reach + 5);
    }
    for (int k = j; k < reach && affiliation.isEmpty(); k++) {
      String word = doc.word(k);
      boolean proper = doc.tag(k).startsWith("NNP");
      Optional<String> found = partOfLongerName(doc, k) ? Optional.empty() : stateAdjective(doc, k)
          .or(() -> proper ? gazetteer.entity(word).map(Gazetteer.Entity::id) : Optional.empty());
      if (found.isPresent()) {
        affiliation = found.get();
        evidence = k;
      }
    }
    int from = doc.tag(j).equals("DT") ? j + 1 : j;
    String role = from < end ? phrase(doc, from, end) : "";
    return titles(role, affiliation, evidence, reach, gender);
  }

  /**
   * A state's name inside a longer proper name is no side: "New Mexico", "Georgia Institute of
   * Technology", "American University". A capitalised run that leads to a title is a title phrase
   * ("Iranian Defense Minister") and does not count.
   */
  private boolean partOfLongerName(ParsedDocument doc, int i) {
    int sentence = doc.sentenceOf(i);
    if (i > doc.sentenceStart(sentence) && isNamePart(doc, i - 1)) {
      return true;
    }
    if (i - 1 > doc.sentenceStart(sentence) && doc.word(i - 1).equals("of") && isNamePart(doc, i - 2)) {
      return true; // "University of Washington", "Bank of England"
    }
    for (int k = i + 1; k < doc.sentenceEnd(sentence) && Character.isUpperCase(doc.word(k).charAt(0)); k++) {
      if (gazetteer.title(doc.word(k)).isPresent()) {
        return false;
      }
      if (!isNamePart(doc, k) || doc.ner(k).equals("PERSON")) {
        return false;
      }
      if (k + 1 >= doc.sentenceEnd(sentence) || !Character.isUpperCase(doc.word(k + 1).charAt(0))) {
        return true; // the run ends on a name word that is not a title: "American University"
      }
    }
    return false;
  }

  /** A capitalised proper noun that is neither a title nor a state or demonym of its own. */
  private boolean isNamePart(ParsedDocument doc, int k) {
    String w = doc.word(k);
    return doc.tag(k).startsWith("NNP") && Character.isUpperCase(w.charAt(0)) && gazetteer.title(w).isEmpty()
        && gazetteer.stateOfAdjective(w).isEmpty() && !w.equalsIgnoreCase("former") && !doc.ner(k).equals("PERSON");
  }

  /** A state adjective that describes a side, not a heritage: "Swedish" yes, "Swedish-American" no. */
  private Optional<String> stateAdjective(ParsedDocument doc, int i) {
    boolean hyphenated = i + 1 < doc.size() && doc.word(i + 1).equals("-") && doc.begin(i + 1) == doc.end(i)
        || i > 0 && doc.word(i - 1).equals("-") && doc.end(i - 1) == doc.begin(i) || doc.word(i).indexOf('-') > 0;
    boolean noun = i + 1 < doc.size() && doc.tag(i + 1).equals("POS"); // "German's brother": a name
    return hyphenated || noun ? Optional.empty() : gazetteer.stateOfAdjective(doc.word(i));
  }

  private Titles titles(String role, String affiliation, int evidenceStart, int evidenceEnd, char gender) {
    // the head noun comes before an "of" phrase: "son of the candidate" is a son
    String core = role.split(" of ")[0];
    String head = core.isEmpty() ? "" : core.substring(core.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    boolean relation = RELATIONS.contains(head) || role.toLowerCase(java.util.Locale.ROOT).startsWith("fellow ");
    String kept = relation ? "" : role;
    return affiliation.isEmpty()
        ? new Titles(kept, "", -1, -1, gender)
        : new Titles(kept, affiliation, Math.min(evidenceStart, evidenceEnd), Math.max(evidenceStart + 1, evidenceEnd), gender);
  }

  private String rankPhrase(ParsedDocument doc, int from, int to) {
    while (to > from && gazetteer.title(doc.word(to - 1)).filter(t -> t.kind() == Gazetteer.TitleKind.HONORIFIC).isPresent()) {
      to--;
    }
    return to > from ? phrase(doc, from, to) : "";
  }

  private static String phrase(ParsedDocument doc, int from, int to) {
    while (from >= 2 && doc.word(from - 1).equals("-") && doc.begin(from) == doc.end(from - 1)
        && doc.begin(from - 1) == doc.end(from - 2)) {
      from -= 2; // "Hewlett-Packard CEO", not "Packard CEO"
    }
    return doc.text().substring(doc.begin(from), doc.end(to - 1)).replaceAll("\\s+", " ");
  }
}
