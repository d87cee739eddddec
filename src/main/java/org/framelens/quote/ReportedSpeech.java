package org.framelens.quote;

import java.util.ArrayList;
import java.util.List;
import org.framelens.actor.DocumentActors;
import org.framelens.nlp.ParsedDocument;
import org.framelens.nlp.Phrases;
import org.framelens.nlp.Phrases.Range;

/**
 * Finds the sentences that report speech outside quote marks ("Smith said the plan would fail"):
 * the first active speech verb in each whose subject is an agent. The stance reader reads these,
 * and a quote with no cue of its own may take its speaker from the last one before it.
 */
final class ReportedSpeech {

  private ReportedSpeech() {}

  static List<Attributor.Report> find(SpeechGrammar grammar, DocumentActors actors) {
    ParsedDocument doc = grammar.doc();
    List<Attributor.Report> reports = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      for (int i = start; i < doc.sentenceEnd(s); i++) {
        if (!grammar.outside(i) || !grammar.speechEvent(i) || grammar.isPassive(i)) {
          continue;
        }
        Range subject = grammar.subjectOf(i, start);
        if (subject == null) {
          continue;
        }
        Range target = subject;
        if (Phrases.isRelativePronoun(doc, subject)) {
          target = Phrases.antecedent(doc, subject.start(), start);
          if (target == null) {
            continue;
          }
        }
        if (!actors.isAgent(target)) {
          continue;
        }
        reports.add(new Attributor.Report(s, i, subject, actors.resolveActors(target)));
        break;
      }
    }
    return reports;
  }
}
