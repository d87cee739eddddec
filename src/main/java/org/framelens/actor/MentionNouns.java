package org.framelens.actor;

import java.util.Locale;
import java.util.Set;
import org.framelens.nlp.ParsedDocument;

/**
 * Step 5 of the actor layer: what kind of common-noun phrase a mention is. The word lists that
 * say a head noun stands for a state body ("the government"), an organisation ("the ministry"),
 * people ("critics", "officials"), and the tests that tell a generic source worth keeping
 * ("senior officials", "a Western diplomat", "the Pentagon spokesman") from a bare noun that
 * names no one ("aides", "the campaign"). Stateless and thread-safe.
 */
final class MentionNouns {

  static final Set<String> GROUP_DETERMINERS = Set.of("both", "two", "three", "four", "all");
  static final Set<String> STATE_BODIES = Set.of("government", "administration", "regime",
      "authorities", "leadership", "state", "country", "nation", "side", "capital");
  static final Set<String> ORGANISATION_NOUNS = Set.of("ministry", "department", "agency", "office",
      "company", "firm", "group", "organization", "organisation", "committee", "council", "commission", "court",
      "police", "army", "military", "embassy", "party", "campaign", "union", "board", "team", "club", "league",
      "university", "hospital", "bank", "corporation", "association", "institute", "foundation", "network",
      "station", "service", "authority", "bureau", "parliament", "senate", "congress", "cabinet", "alliance",
      "coalition", "movement", "federation", "spokesman's office", "newspaper", "agency's", "force", "forces",
      "guard", "administration", "school", "college", "city", "province", "county", "district", "industry",
      "center", "centre", "unit", "channel", "outlet", "publisher", "studio", "brand", "chain", "store", "airline",
      "manufacturer", "maker", "producer", "operator", "provider", "regulator", "watchdog", "charity");
  static final Set<String> AGENT_NOUNS = Set.of("critic", "supporter", "opponent", "ally", "rival",
      "source", "insider", "voter", "citizen", "worker", "employee", "member", "participant", "attendee",
      "demonstrator", "student", "parent", "fan", "user", "customer", "investor", "donor", "group", "nation",
      "country", "organizer", "republican", "democrat", "conservative", "liberal", "progressive", "expert",
      "analyst", "observer", "official", "spokesperson", "representative", "campaign", "administration");
  static final Set<String> GENERIC_PEOPLE = Set.of("leader", "man", "woman", "men", "women", "side",
      "official", "people", "person", "figure", "politician", "candidate");

  private final Gazetteer gazetteer;

  MentionNouns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** "Hillary Clinton", "Le Pen": every word a proper noun, so the phrase is a name, not "some Republicans". */
  static boolean allProperNouns(ParsedDocument doc, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!doc.tag(i).startsWith("NNP") || !Character.isUpperCase(doc.word(i).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> QUANTIFIERS = Set.of("many", "some", "several", "other", "few", "more", "most",
      "all", "both", "another", "such", "any", "each", "one");

  /**
   * A generic source worth keeping: a person or body noun with a modifier of its own, "senior
   * officials", "a Western diplomat", "black voters"; not a bare "aides", "the campaign" or "the
   * statement" once determiners and quantifiers are set aside.
   */
  boolean describesSomeone(ParsedDocument doc, int s, int e) {
    int last = e - 1;
    String head = doc.lemma(last).toLowerCase(Locale.ROOT);
    boolean personLike = gazetteer.title(head).isPresent() || AGENT_NOUNS.contains(head)
        || GENERIC_PEOPLE.contains(head) || ORGANISATION_NOUNS.contains(head);
    if (!personLike) {
      return false;
    }
    if (isDefinite(doc, s, last) && !doc.tag(last).endsWith("S")) {
      return false; // "the former president" is one person the text did not name here: unresolved
    }
    String before = last > s ? doc.tag(last - 1) : "";
    if (!(before.startsWith("JJ") || before.equals("NN") || before.equals("VBN") || before.equals("VBG")
        || before.equals("NNP"))) {
      return false; // the modifier stands next to its head: "sound reasons people" is a mis-read phrase
    }
    for (int i = s; i < last; i++) {
      String tag = doc.tag(i);
      // "party leaders", "senior officials"; a plural before the head is a mis-read phrase ("times people")
      boolean modifier = tag.startsWith("JJ") || tag.equals("NN") || tag.equals("VBN") || tag.equals("VBG");
      if (modifier && !QUANTIFIERS.contains(doc.lemma(i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a common-noun phrase names whom it stands for: "the Pentagon spokesman" yes, "aides" no. */
  static boolean namesSomeone(ParsedDocument doc, int s, int e) {
    for (int i = s; i < e; i++) {
      if (doc.tag(i).startsWith("NNP") && Character.isUpperCase(doc.word(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDefinite(ParsedDocument doc, int s, int last) {
    for (int i = s; i < last; i++) {
      String l = doc.lemma(i);
      if (l.equals("the") || l.equals("this") || l.equals("that") || doc.tag(i).equals("PRP$") || doc.tag(i).equals("POS")) {
        return true;
      }
    }
    return false;
  }
}
