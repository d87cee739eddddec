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
 * }</pre>
 *
 * <p>Counts are exact; evidence lists (quotes, stances, document ids) are bounded samples chosen
 * by a hash of document id and offset, so any order of input gives the same report. The README's
 * "report" section lists the CSV tables and the JSON tree (schema 2).
 */
package org.framelens.report;
