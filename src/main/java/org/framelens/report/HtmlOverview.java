package org.framelens.report;

import static org.framelens.report.Text.html;

import java.util.List;
import org.framelens.report.FramingReport.Overview;
import org.framelens.report.FramingReport.Ranked;

/** The top of the page: the corpus in numbers, then its top actors, themes, targets and outlets. */
final class HtmlOverview {

  private HtmlOverview() {}

  static void header(FramingReport r, StringBuilder o) {
    Overview v = r.overview();
    o.append("<header>\n<h1>Framing report</h1>\n<p>Who says what, in which words, and where they stand.</p>\n")
        .append("<div class=\"stats\">");
    stat(o, v.documents(), "documents");
    stat(o, v.quotes(), "quotes");
    stat(o, v.unresolvedQuotes(), "unresolved quotes");
    stat(o, v.actors(), "actors");
    stat(o, v.stances(), "stances");
    stat(o, r.themes().size(), "themes");
    o.append("</div>\n<nav><a href=\"#overview\">Overview</a><a href=\"#network\">Network</a>")
        .append("<a href=\"#stances\">Stances</a><a href=\"#time\">Over time</a><a href=\"#actors\">Top actors</a>")
        .append("<a href=\"#index\">All actors</a></nav>\n</header>\n");
  }

  static void section(FramingReport r, StringBuilder o) {
    Overview v = r.overview();
    o.append("<section id=\"overview\">\n<h2>Overview</h2>\n<p class=\"note\">").append(v.tokens()).append(" tokens");
    if (v.from().isPresent()) {
      o.append("; documents dated ").append(html(v.from().get())).append(" to ").append(html(v.to().orElse("")));
    }
    if (v.unresolvedQuotes() > 0) {
      o.append("; ").append(v.unresolvedQuotes()).append(" of ").append(v.quotes())
          .append(" quotes have no named speaker (a pronoun or a bare noun) and count for no actor");
    }
    o.append(". Stances shown have a confidence of at least ").append(Text.number(v.minStanceConfidence()));
    if (v.stancesBelowConfidence() > 0) {
      o.append(" (").append(v.stancesBelowConfidence()).append(" below it are left out)");
    }
    if (v.unresolvedStances() > 0) {
      o.append("; ").append(v.unresolvedStances()).append(" more have a holder or a target that names no one");
    }
    if (v.filteredOut() > 0) {
      o.append("; ").append(v.filteredOut()).append(" documents left out by the filters");
    }
    o.append(".</p>\n<div class=\"tops\">\n");
    list("Top actors by quotes", v.topActors(), true, o);
    list("Top themes by hits", v.topThemes(), false, o);
    list("Top stance targets", v.topTargets(), false, o);
    if (!v.outlets().isEmpty()) {
      list("Outlets by documents", v.outlets(), false, o);
    }
    o.append("</div>\n</section>\n");
  }

  private static void list(String title, List<Ranked> items, boolean actors, StringBuilder o) {
    o.append("<div class=\"card\"><h4>").append(html(title)).append("</h4>");
    if (items.isEmpty()) {
      o.append("<p class=\"empty\">None.</p></div>\n");
      return;
    }
    long max = Math.max(1, items.stream().mapToLong(Ranked::count).max().orElse(1));
    o.append("<ol>");
    for (Ranked item : items.subList(0, Math.min(10, items.size()))) {
      o.append("<li><span>");
      if (actors) {
        o.append("<a href=\"#").append(Svg.anchor(item.id())).append("\">").append(html(item.label())).append("</a>");
      } else {
        o.append(html(item.label()));
      }
      o.append("</span><b class=\"count\" style=\"text-align:right\">").append(item.count())
          .append("</b><span class=\"bar\" style=\"width:").append(Svg.f(100.0 * item.count() / max))
          .append("%\"></span></li>");
    }
    o.append("</ol></div>\n");
  }

  private static void stat(StringBuilder o, long n, String label) {
    o.append("<div class=\"stat\"><b>").append(n).append("</b><span>").append(label).append("</span></div>");
  }
}
