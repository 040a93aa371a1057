/**
 * Reports on toolkit assessments: {@link org.raitoolkit.reports.Reports} makes a
 * {@link org.raitoolkit.reports.Report} of an assessment's answers and result and renders it as
 * JSON (with a JSON Schema per kind in this jar), Markdown or self-contained HTML, in full or as a
 * brief for one {@link org.raitoolkit.model.Audience}. Needs the model, and the content module only
 * for the canonical digest of the answers: a stored result can be rendered without the rules
 * engine.
 */
package org.raitoolkit.reports;
