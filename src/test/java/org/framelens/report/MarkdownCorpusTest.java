package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.GeneratedCorpus;
import org.framelens.aggregate.ReportOptions;
import org.framelens.report.FramingReport.ActorFrame;
import org.junit.jupiter.api.Test;

/** The Markdown of a corpus stays readable: top sections only, capped lists, one index row for the rest. */
class MarkdownCorpusTest {

  private static final FramingReport REPORT = CorpusAggregate.of(GeneratedCorpus.documents(300, 5),
      ReportOptions.defaults().withTop(3)).report();

  private static String markdown() throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.MD.renderer().render(REPORT, out);
    return out.toString();
  }

  @Test
  void onlyTheTopActorsGetASectionAndEveryOtherOneIndexRow() throws IOException {
    String md = markdown();
    List<ActorFrame> detailed = REPORT.actors().stream().filter(ActorFrame::detailed).toList();
    assertEquals(3, detailed.size());
    assertEquals(REPORT.actors().subList(0, 3), detailed);
    for (ActorFrame a : REPORT.actors()) {
      assertEquals(a.detailed(), md.contains("\n### " + a.name() + "\n"), a.name());
      assertEquals(!a.detailed(), md.contains("| " + a.name() + " | `" + a.id() + "` |"), a.name());
    }
  }

  @Test
  void aLongListOfCoQuotedActorsShowsTheFirstTenAndHowManyMore() throws IOException {
    ActorFrame top = REPORT.actors().get(0);
    assertTrue(top.coQuoted().size() > 10, top.coQuoted().toString());
    String line = markdown().lines().filter(l -> l.startsWith("**Quoted alongside:** ")).findFirst().orElseThrow();
    assertTrue(line.endsWith(" and " + (top.coQuoted().size() - 10) + " others"), line);
    assertEquals(10, line.split("documents?\\)", -1).length - 1, line);
  }
}
