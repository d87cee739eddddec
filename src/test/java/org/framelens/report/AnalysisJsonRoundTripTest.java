package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framelens.analysis.DocumentAnalysis;
import org.framelens.corpus.Json;
import org.junit.jupiter.api.Test;

/** The report reads saved analyze output, so a line must read back to the analysis it was written from. */
class AnalysisJsonRoundTripTest {

  @Test
  void documentAnalysisWrittenAsOneLineReadsBackEqual() throws Exception {
    for (DocumentAnalysis original : ReportFixtures.corpus()) {
      String line = Json.mapper().writeValueAsString(original);
      assertFalse(line.contains("\n"), "one JSONL line");
      DocumentAnalysis back = Json.mapper().readValue(line, DocumentAnalysis.class);
      assertEquals(original, back);
      assertEquals(line, Json.mapper().writeValueAsString(back));
    }
  }

  @Test
  void enumsAreWrittenInLowerCaseAndAbsentOptionalsLeftOut() throws Exception {
    String line = Json.mapper().writeValueAsString(ReportFixtures.pact());
    assertTrue(line.contains("\"type\":\"person\""), line);
    assertTrue(line.contains("\"polarity\":\"against\""));
    assertTrue(line.contains("\"voice\":\"reported\""));
    assertFalse(line.contains("\"role\":null"));
    assertFalse(line.contains("\"actor\":null"));
  }
}
