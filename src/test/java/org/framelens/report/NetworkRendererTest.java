package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.GeneratedCorpus;
import org.framelens.aggregate.ReportOptions;
import org.framelens.analysis.DocumentAnalysis;
import org.framelens.network.DiscourseNetwork;
import org.framelens.network.NetworkView;
import org.framelens.report.FramingReport.StanceCell;
import org.junit.jupiter.api.Test;

/** The report's network: every stance cell becomes a tie, and the bytes do not depend on input order. */
class NetworkRendererTest {

  private static final List<DocumentAnalysis> DOCS = GeneratedCorpus.documents(250, 5);

  private static FramingReport report(List<DocumentAnalysis> docs) {
    return CorpusAggregate.of(docs, ReportOptions.defaults()).report();
  }

  private static String render(ReportFormat format, NetworkView view, List<DocumentAnalysis> docs) throws IOException {
    StringWriter w = new StringWriter();
    format.renderer(view).render(report(docs), w);
    return w.toString();
  }

  @Test
  void everyStanceCellOfTheReportIsATieWithItsCounts() {
    FramingReport r = report(DOCS);
    DiscourseNetwork n = ReportNetwork.of(r);
    List<StanceCell> cells = new ArrayList<>(r.stanceTable());
    cells.addAll(r.stanceTail());
    assertEquals(cells.stream().filter(c -> c.forCount() + c.against() > 0).count(), n.ties().size());
    int forAll = cells.stream().mapToInt(StanceCell::forCount).sum();
    int againstAll = cells.stream().mapToInt(StanceCell::against).sum();
    assertEquals(forAll, n.ties().stream().mapToInt(DiscourseNetwork.Tie::forCount).sum());
    assertEquals(againstAll, n.ties().stream().mapToInt(DiscourseNetwork.Tie::against).sum());
    assertTrue(n.targets().stream().anyMatch(DiscourseNetwork.TargetNode::freeText));
    assertTrue(n.targets().stream().anyMatch(t -> !t.freeText()));
  }

  @Test
  void graphmlAndGexfAreTheSameBytesWhateverTheOrderOfTheDocuments() throws IOException {
    List<DocumentAnalysis> shuffled = new ArrayList<>(DOCS);
    Collections.shuffle(shuffled, new Random(9));
    for (NetworkView view : NetworkView.values()) {
      assertEquals(render(ReportFormat.GRAPHML, view, DOCS), render(ReportFormat.GRAPHML, view, shuffled), view.label());
      assertEquals(render(ReportFormat.GEXF, view, DOCS), render(ReportFormat.GEXF, view, shuffled), view.label());
    }
  }
}
