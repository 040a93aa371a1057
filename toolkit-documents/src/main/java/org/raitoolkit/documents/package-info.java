/**
 * Drafts of the documents an agency files, made from one risk report:
 * {@link org.raitoolkit.documents.Documents} turns a {@link org.raitoolkit.reports.RiskReport} into a
 * {@link org.raitoolkit.documents.FiledDocument} (a data protection impact assessment, a fundamental
 * rights impact assessment, the EU database registration data or a public transparency record) and
 * renders it as JSON, Markdown, HTML, PDF or Word. Every document names its sources and marks what the
 * answers do not establish as "to be completed", naming what is needed; nothing is invented.
 */
package org.raitoolkit.documents;
