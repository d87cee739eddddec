package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every CSV table: its exact header, and one whole row of content checked against the fixtures,
 * so two columns swapped in the writer fail here.
 */
class CsvTablesTest {

  private static final FramingReport REPORT = FramingReport.of(ReportFixtures.corpus());
  private static final String PACT = ReportFixtures.PACT_ID;
  private static final String FOLLOW_UP = ReportFixtures.FOLLOW_UP_ID;

  private static List<List<String>> table(CsvTable table) throws IOException {
    StringWriter out = new StringWriter();
    table.renderer().render(REPORT, out);
    List<List<String>> rows = RenderersTest.parseCsv(out.toString());
    rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), r.toString()));
    return rows;
  }

  private static void assertTable(CsvTable table, List<String> header, List<String> row) throws IOException {
    List<List<String>> rows = table(table);
    assertEquals(header, rows.get(0), table.toString());
    assertTrue(rows.contains(row), table + " has no row " + row + " in " + rows);
  }

  @Test
  void longTableCountsPerPeriodAndActor() throws IOException {
    assertTable(CsvTable.LONG, List.of("period", "actor", "actor_name", "actor_type", "affiliation", "side", "kind",
        "theme_or_target", "polarity", "count", "weight", "documents"),
        List.of("2025-03", "viktor-khrenin", "Viktor Khrenin", "person", "belarus", "belarus", "quote", "", "", "2", "0", "1"));
  }

  @Test
  void themesTableGivesHitsShareWeightNegatedAndDocuments() throws IOException {
    assertTable(CsvTable.THEMES, List.of("actor", "actor_name", "actor_type", "side", "theme", "hits", "share",
        "weight", "negated", "documents", "document_sample"),
        List.of("aziz-nasirzadeh", "Aziz Nasirzadeh", "person", "iran", "sanctions", "2", "0.4", "2", "0", "2",
            PACT + ";" + FOLLOW_UP));
  }

  @Test
  void stancesTableGivesEachStanceWithItsEvidence() throws IOException {
    assertTable(CsvTable.STANCES, List.of("document", "actor", "actor_name", "side", "target", "target_kind",
        "target_label", "target_actor", "target_theme", "target_concept", "polarity", "confidence", "source", "cue",
        "evidence", "evidence_start", "evidence_end"),
        List.of(FOLLOW_UP, "aziz-nasirzadeh", "Aziz Nasirzadeh", "iran", "sanctions", "theme", "Western sanctions", "",
            "sanctions", "", "against", "0.8", "reported", "criticized", "Nasirzadeh again criticized Western sanctions",
            "0", "45"));
  }

  @Test
  void quotesTableGivesEachQuoteOncePerSpeaker() throws IOException {
    assertTable(CsvTable.QUOTES, List.of("document", "actor", "actor_name", "side", "start", "end", "speakers",
        "themes", "confidence", "text"),
        List.of(FOLLOW_UP, "aziz-nasirzadeh", "Aziz Nasirzadeh", "iran", "48", "79", "aziz-nasirzadeh", "sanctions", "0.9",
            "sanctions are economic warfare."));
  }

  @Test
  void actorsTableGivesCountsNotSamples() throws IOException {
    assertTable(CsvTable.ACTORS, List.of("actor", "actor_name", "actor_type", "role", "affiliation", "side",
        "documents", "quotes", "theme_hits", "stances", "detailed"),
        List.of("aziz-nasirzadeh", "Aziz Nasirzadeh", "person", "Defense Minister", "iran", "iran", "2", "3", "5", "3",
            "true"));
  }

  @Test
  void timelineTableGivesHitsPerPeriodAndTheme() throws IOException {
    assertTable(CsvTable.TIMELINE, List.of("period", "theme", "hits", "documents", "document_sample"),
        List.of("2025-03", "multipolarity", "2", "1", PACT));
  }

  @Test
  void targetsTableGivesForAndAgainstPerNormalisedTarget() throws IOException {
    assertTable(CsvTable.TARGETS, List.of("actor", "actor_name", "target", "target_kind", "target_label", "for",
        "against", "documents", "document_sample"),
        List.of("aziz-nasirzadeh", "Aziz Nasirzadeh", "sanctions", "theme", "sanctions", "0", "2", "2",
            PACT + ";" + FOLLOW_UP));
  }
}
