/**
 * The per-actor framing report: who said what, in which rhetoric, and where they stand toward whom.
 *
 * <pre>{@code
 * FramingReport report = FramingReport.of(analyses);          // List<DocumentAnalysis>
 * ReportFormat.HTML.renderer().render(report, writer);        // md, html, json, csv (long table)
 * CsvTable.STANCES.renderer().render(report, writer);         // any other CSV table
 * }</pre>
 *
 * <h2>How figures are counted</h2>
 * An actor's theme hits are the {@code CreditedHit}s whose {@code actors} hold its id, plus its
 * quotes' {@code themes} where no credited hit of that theme lies inside the quote (so nothing is
 * counted twice); a quote theme weighs 1. Negated hits are counted apart and are not in
 * {@code hits}, {@code share} or {@code weight}. {@code share} is hits over the actor's (or side's)
 * non-negated hits, rounded to 4 decimals. Actors merge across documents by id; where documents
 * disagree, the first document in id order wins and later ones fill what it left empty. An actor
 * named only as a speaker, credited actor or stance holder gets type {@code unnamed}. A side is
 * the top of an affiliation chain with every actor whose chain leads there (Iran with
 * Nasirzadeh). A stance target's key is its actor id, else its theme, else its lower-cased words.
 * The timeline counts non-negated hits of every voice, the article's own included, in documents
 * whose metadata {@code date} starts {@code yyyy-mm}.
 *
 * <h2>CSV (RFC 4180, UTF-8, CRLF, header row; lists joined with {@code ;})</h2>
 * <pre>
 * long (default)  document,date,actor,actor_name,actor_type,affiliation,side,kind,theme_or_target,polarity,count,weight
 *                 kind: quote | theme | theme_negated | stance; polarity for|against on stance rows;
 *                 weight: summed lexicon weight on theme rows, 0 otherwise. One row per tally:
 *                 sum count grouped by (actor|side, kind, theme_or_target, polarity) to get any figure.
 * themes          actor,actor_name,actor_type,side,theme,hits,share,weight,negated,documents
 * stances         document,actor,actor_name,side,target,target_label,target_actor,target_theme,polarity,source,cue,evidence,evidence_start,evidence_end
 * quotes          document,actor,actor_name,side,start,end,speakers,themes,confidence,text
 * actors          actor,actor_name,actor_type,role,affiliation,side,documents,quotes,theme_hits,stances
 * timeline        month,theme,hits,documents
 * </pre>
 *
 * <h2>JSON ({@code schemaVersion} 1; absent optionals left out; every list sorted)</h2>
 * <pre>
 * { schemaVersion,
 *   documents:    [{id, date?, month?, tokens, quotes, actors}],
 *   themes:       [theme id],
 *   actors:       [{id, name, type, role?, affiliation?, side?, documents,
 *                   quotes: [{document, start, end, text, themes, speakers, confidence}],
 *                   themes: [{theme, hits, share, weight, negated, documents}],
 *                   stances: [{document, target, targetLabel, targetActor?, targetTheme?, polarity,
 *                              cue, evidence, evidenceStart, evidenceEnd, source}],
 *                   stanceSummary: [{target, label, for, against, documents}],
 *                   coQuoted: [{actor, name, documents}]}],
 *   affiliations: [{id, name, members, documents, quotes, themes, stanceSummary}],
 *   stances:      [{actor, actorName, stance}],
 *   stanceTable:  [{actor, actorName, target, targetLabel, for, against, documents}],
 *   timeline:     [{month, theme, hits, documents}],
 *   tallies:      [{document, actor, kind, key, polarity, count, weight}] }
 * </pre>
 */
package org.framelens.report;
