package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.aggregate.CorpusAggregate;
import org.framelens.aggregate.GeneratedCorpus;
import org.framelens.aggregate.ReportOptions;
import org.framelens.report.FramingReport.ActorFrame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens HTML reports in headless Chromium and reads back the DOM it built ({@code --dump-dom},
 * after the page's script ran): the actor names and numbers the page shows, and SVG charts with
 * drawn shapes. Skipped on a workstation without /usr/bin/chromium; in CI (CI=true) a missing
 * Chromium fails, since .ci/run installs it.
 */
class HtmlReportRendersInChromiumTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path dir;

  @Test
  void seedReportShowsTheMinistersTheirQuotesAndTheirLinkInTheNetwork() throws Exception {
    String dom = dom(FramingReport.of(ReportFixtures.corpus()));
    assertTrue(dom.contains("<h3>Aziz Nasirzadeh</h3>"), dom);
    assertTrue(dom.contains("<h3>Viktor Khrenin</h3>"), dom);
    assertTrue(dom.contains("hegemonic powers"), dom);
    assertEquals("2", stat(dom, "documents"));
    assertEquals("6", stat(dom, "quotes"));
    // both ministers are against sanctions and NATO expansion: two nodes, one line
    String network = svg(dom, "congruence network of the top actors");
    assertEquals(2, count(between(network, "<g class=\"nodes\">", "</g>"), "<circle"));
    assertEquals(1, count(between(network, "<g class=\"edges\"", "</g>"), "<line"));
    assertTrue(network.contains("Aziz Nasirzadeh and Viktor Khrenin: 2 shared sides")
        || network.contains("Viktor Khrenin and Aziz Nasirzadeh: 2 shared sides"), network);
  }

  @Test
  void corpusReportShowsOverviewTopActorsIndexAndDrawnCharts() throws Exception {
    List<org.framelens.analysis.DocumentAnalysis> docs = GeneratedCorpus.documents(300, 7);
    FramingReport report = CorpusAggregate.of(docs, ReportOptions.defaults().withTop(5)).report();
    List<ActorFrame> top = report.actors().stream().filter(ActorFrame::detailed).toList();
    List<ActorFrame> rest = report.actors().stream().filter(a -> !a.detailed()).toList();
    assertEquals(5, top.size());
    assertFalse(rest.isEmpty());

    String dom = dom(report);
    assertEquals("300", stat(dom, "documents"));
    assertEquals(Long.toString(report.overview().quotes()), stat(dom, "quotes"));
    assertEquals(Long.toString(report.overview().unresolvedQuotes()), stat(dom, "unresolved quotes"));
    for (ActorFrame a : top) {
      assertTrue(dom.contains("<h3>" + Text.html(a.name()) + "</h3>"), a.name());
      assertTrue(dom.contains(a.quoteCount() + (a.quoteCount() == 1 ? " quote" : " quotes") + " · "), a.name());
    }
    FramingReport.Ranked first = report.overview().topActors().get(0);
    assertTrue(dom.contains(Text.html(first.label()) + "</a></span><b class=\"count\" style=\"text-align:right\">"
        + first.count() + "</b>"), dom);

    // the index: one row per other actor, with its quote count, and the script has run
    String index = between(dom, "<table id=\"actor-index\"", "</table>");
    assertTrue(index.contains("data-ready=\"filter sort\""), index);
    assertEquals(rest.size(), count(index, "<tr id="));
    ActorFrame last = rest.get(rest.size() - 1);
    assertTrue(index.contains("<td>" + Text.html(last.name()) + "</td>"), last.name());
    assertTrue(index.contains("data-n=\"" + last.quoteCount() + "\""), index);

    String network = svg(dom, "congruence network of the top actors");
    assertTrue(count(between(network, "<g class=\"nodes\">", "</g>"), "<circle") >= 2, network);
    assertTrue(count(between(network, "<g class=\"edges\"", "</g>"), "<line") >= 1, network);
    // small multiples: all voices and each top actor with dated tallies, bars drawn as paths
    String time = between(dom, "<section id=\"time\">", "</section>");
    assertTrue(count(time, "<figure class=\"multiple\">") >= 2, time);
    Matcher bars = Pattern.compile("<path d=\"M[0-9.]+ [0-9.]+h[0-9.]+v[0-9.]+").matcher(time);
    assertTrue(bars.find(), "theme and stance bars drawn");
    assertTrue(time.contains("<title>against</title>") || time.contains("<title>for</title>"), time);
  }

  @Test
  void topActorSectionsLoadClosedAndALinkToOneOpensIt() throws Exception {
    FramingReport report = CorpusAggregate.of(GeneratedCorpus.documents(120, 5), ReportOptions.defaults().withTop(4)).report();
    List<ActorFrame> top = report.actors().stream().filter(ActorFrame::detailed).toList();
    String closed = dom(report);
    for (ActorFrame a : top) {
      assertTrue(closed.contains("<details class=\"card actor\" id=\"" + Svg.anchor(a.id()) + "\">"), a.id());
    }
    // a link from elsewhere (here the address itself) opens the section it leads to, and only it
    ActorFrame linked = top.get(top.size() - 1);
    String opened = dom(report, "#" + Svg.anchor(linked.id()));
    assertTrue(opened.contains("<details class=\"card actor\" id=\"" + Svg.anchor(linked.id()) + "\" open=\"\">"), opened);
    Matcher open = Pattern.compile("<details class=\"card actor\" id=\"[^\"]+\" open=\"\"").matcher(opened);
    int opens = 0;
    while (open.find()) {
      opens++;
    }
    assertEquals(1, opens, opened);
  }

  private String dom(FramingReport report) throws Exception {
    return dom(report, "");
  }

  private String dom(FramingReport report, String fragment) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + CHROMIUM + " is missing; .ci/run installs it");
    }
    Assumptions.assumeTrue(installed, "chromium not installed");
    Path page = dir.resolve("report.html");
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      ReportFormat.HTML.renderer().render(report, w);
    }
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve("dom.html");
    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--dump-dom", page.toUri() + fragment))
        .redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
    boolean done = chromium.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      chromium.destroyForcibly();
    }
    assertTrue(done, "chromium finished");
    assertEquals(0, chromium.exitValue(), Files.readString(dir.resolve("chromium.log")));
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(dom.contains("<h1>Framing report</h1>"), "a DOM was dumped: " + dom);
    return dom;
  }

  private static String stat(String dom, String label) {
    Matcher m = Pattern.compile("<div class=\"stat\"><b>(\\d+)</b><span>" + Pattern.quote(label) + "</span>").matcher(dom);
    assertTrue(m.find(), "stat " + label);
    return m.group(1);
  }

  private static String svg(String dom, String label) {
    int at = dom.indexOf("aria-label=\"" + label + "\"");
    assertTrue(at > 0, "svg " + label);
    return dom.substring(at, dom.indexOf("</svg>", at));
  }

  private static String between(String dom, String start, String end) {
    int a = dom.indexOf(start);
    assertTrue(a >= 0, start);
    return dom.substring(a, dom.indexOf(end, a));
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
