/**
 * The per-actor framing report and its renderers: who said what, in which rhetoric, and where
 * they stand toward whom. The model is built from a {@code CorpusAggregate} only (see
 * {@code org.framelens.aggregate}); renderers never see documents.
 *
 * <pre>{@code
 * CorpusAggregate agg = CorpusAggregate.empty(ReportOptions.defaults());
 * analyses.forEach(agg::add);                                 // streaming; or merge partial aggregates
 * ReportFormat.HTML.renderer().render(agg.report(), writer);  // md, html, json, csv (long table)
 * CsvTable.STANCES.renderer().render(agg.report(), writer);   // any other CSV table
 * ReportFormat.GEXF.renderer(NetworkView.CONGRUENCE).render(agg.report(), writer); // or GRAPHML, TWO_MODE, CONFLICT
 * }</pre>
 *
 * <p>The discourse network ({@code org.framelens.network}) is built from the report's stance
 * cells by {@code ReportNetwork}; that package knows nothing of the report, so its graphs,
 * projections, layout and exports are tested on small hand-made networks.
 *
 * <p>Counts are exact; evidence lists (quotes, stances, document ids) are bounded samples chosen
 * by a hash of document id and offset, so any order of input gives the same report. The README's
 * "report" section lists the CSV tables and the JSON tree (schema 2).
 */
package org.framelens.report;
