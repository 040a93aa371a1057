/**
 * Reports on toolkit assessments: {@link org.raitoolkit.reports.Reports} runs an assessment and
 * renders its {@link org.raitoolkit.reports.Report} as JSON (with a JSON Schema per kind in this
 * jar), Markdown or self-contained HTML, in full or as a brief for one
 * {@link org.raitoolkit.model.Audience}.
 */
package org.raitoolkit.reports;
