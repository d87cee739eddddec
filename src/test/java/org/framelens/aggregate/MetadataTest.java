package org.framelens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.report.FramingReport;
import org.junit.jupiter.api.Test;

/** Dates and outlets where feeds put them: top level, one object down, or an object with a name. */
class MetadataTest {

  private static DocumentAnalysis doc(String id, Map<String, Object> metadata) {
    return new DocumentAnalysis(id, metadata, 10, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void readsADateAndPublisherNestedOneObjectDownBeforeATopLevelCollectionName() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("source", "Collected News v1");
    meta.put("meta", Map.of("publisher", "Daily Ledger", "date", "2025-05-02"));
    FramingReport.Overview o = CorpusAggregate.of(List.of(doc("a", meta)), ReportOptions.defaults()).report()
        .overview();
    assertEquals(Optional.of("2025-05-02"), o.from());
    assertEquals("Daily Ledger", o.outlets().get(0).id());
  }

  @Test
  void anOutletObjectStandsForItsNameAndAPublishedTimestampIsADay() {
    Map<String, Object> feed = Map.of("source", Map.of("id", "wire", "name", "Wire Service"),
        "published", "2025-06-01T08:00:00+02:00", "meta", Map.of("updated", "1999-01-01"));
    ReportOptions june = ReportOptions.defaults().withDates(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))
        .withSelection(List.of(), List.of(), List.of("wire service"));
    FramingReport.Overview o = CorpusAggregate.of(List.of(doc("b", feed)), june).report().overview();
    assertEquals(1, o.documents());
    assertEquals("Wire Service", o.outlets().get(0).id());
    assertEquals(Optional.of("2025-06-01"), o.from());
  }
}
