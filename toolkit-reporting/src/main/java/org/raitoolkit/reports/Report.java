package org.raitoolkit.reports;

/**
 * The result of one assessment together with its input and what produced it: everything a report
 * shows, in any format. Made by {@link Reports}; rendered by {@link Reports#render} and
 * {@link Reports#write}. Implementations are immutable records.
 */
public sealed interface Report permits RiskReport, ReadinessReport, WorkbookReport {

    /** {@code risk}, {@code readiness} or {@code workbook}: the JSON document's {@code kind}. */
    String kind();

    /** What produced the report and when. */
    ReportMetadata metadata();
}
