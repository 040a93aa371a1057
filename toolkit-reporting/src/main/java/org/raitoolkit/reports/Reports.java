package org.raitoolkit.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.internal.AtomicFiles;
import org.raitoolkit.reports.internal.JsonReports;
import org.raitoolkit.reports.internal.Rendering;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Runs assessments and turns their results into reports: the JSON document, Markdown, or one
 * self-contained HTML page, in full or as a brief for one audience.
 *
 * <pre>{@code
 * Reports reports = Reports.of(ToolkitEngine.withDefaults());
 * RiskReport report = reports.risk(answers);
 * reports.write(report, ReportFormat.HTML, null, Path.of("risk.html"));             // full report
 * String brief = reports.render(report, ReportFormat.MARKDOWN, Audience.LEADERSHIP);  // a brief
 * }</pre>
 *
 * <p>Every report says that this is an independent tool, not affiliated with INTERPOL or UNICRI,
 * and that it supports decisions without being legal advice. All text that came from the user
 * or from content (names, purposes, rationales, attribute values, agency names) is escaped for
 * the format. For the same report, format and audience the output is the same, byte for byte:
 * the only moving part, the time stamp, comes from the clock given here.
 *
 * <p>Instances are immutable and thread-safe; share one per engine.
 */
public final class Reports {

    private final ToolkitEngine engine;
    private final Clock clock;
    private final Rendering rendering;
    private final JsonLayout jsonLayout;

    private Reports(ToolkitEngine engine, Clock clock, Rendering rendering, JsonLayout jsonLayout) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rendering = rendering != null ? rendering : new Rendering(engine.content());
        this.jsonLayout = Objects.requireNonNull(jsonLayout, "jsonLayout");
    }

    /**
     * Reports made with {@code engine}, stamped with the system clock in UTC.
     *
     * @throws NullPointerException if {@code engine} is null
     */
    public static Reports of(ToolkitEngine engine) {
        return new Reports(engine, Clock.systemUTC(), null, JsonLayout.INDENTED);
    }

    /**
     * Reports made with {@code engine}, stamped with {@code clock}; give a fixed clock for
     * reproducible output.
     *
     * @throws NullPointerException if either argument is null
     */
    public static Reports of(ToolkitEngine engine, Clock clock) {
        return new Reports(engine, clock, null, JsonLayout.INDENTED);
    }

    /**
     * These reports with JSON text in {@code layout}; {@link JsonLayout#INDENTED} unless set.
     * Applies to {@link #render} and {@link #write} in {@link ReportFormat#JSON}; the document
     * is the same in either layout.
     *
     * @return a new instance; this one is unchanged
     * @throws NullPointerException if {@code layout} is null
     */
    public Reports withJsonLayout(JsonLayout layout) {
        return new Reports(engine, clock, rendering, layout);
    }

    /** The layout of the JSON text these reports render and write. */
    public JsonLayout jsonLayout() {
        return jsonLayout;
    }

    /**
     * Assesses the risk of one system and returns the report.
     *
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     * @throws NullPointerException if {@code answers} is null
     */
    public RiskReport risk(RiskAnswers answers) {
        Objects.requireNonNull(answers, "answers");
        return new RiskReport(metadata(), answers, engine.assessRisk(answers));
    }

    /**
     * Assesses an agency's organisational readiness and returns the report.
     *
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     * @throws NullPointerException if {@code answers} is null
     */
    public ReadinessReport readiness(ReadinessAnswers answers) {
        Objects.requireNonNull(answers, "answers");
        return new ReadinessReport(metadata(), answers, engine.assessReadiness(answers));
    }

    /**
     * Reviews the workbook of one stage for a system and returns the report. The system's risk is
     * assessed first, so that open items tied to its highest risks come first in the plan.
     *
     * @param system the system's profile and factor ratings
     * @param stage the life-cycle stage reviewed
     * @param answers the status of that stage's workbook items
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     * @throws NullPointerException if an argument is null
     */
    public WorkbookReport workbook(RiskAnswers system, LifecycleStage stage, WorkbookAnswers answers) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(answers, "answers");
        RiskResult risk = engine.assessRisk(system);
        return new WorkbookReport(metadata(), answers, engine.evaluateWorkbook(risk, stage, answers));
    }

    /**
     * Renders a report as text.
     *
     * <p>JSON is the same document for every audience (use {@link #toJson}), in the layout set
     * with {@link #withJsonLayout}; Markdown and HTML give the full report when {@code audience}
     * is null, or the brief written for that audience. The {@link Audience#PUBLIC} brief leaves out sensitive operational detail and
     * says so in a visible notice.
     *
     * @param report the report
     * @param format the format
     * @param audience who the brief is for, or {@code null} for the full report
     * @return the rendered text, ending in a newline
     * @throws NullPointerException if {@code report} or {@code format} is null
     */
    public String render(Report report, ReportFormat format, Audience audience) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case JSON -> JsonReports.text(report, jsonLayout);
            case MARKDOWN -> rendering.markdown(report, audience);
            case HTML -> rendering.html(report, audience);
        };
    }

    /**
     * Renders a report and writes it to {@code file} atomically: the text goes to a temporary file
     * in the same folder, which then replaces {@code file} in one rename. A reader never sees a
     * half-written file, and if rendering or writing fails, {@code file} is left as it was and no
     * temporary file remains. Missing parent folders are created.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written, with the path in the message
     * @throws NullPointerException if {@code report}, {@code format} or {@code file} is null
     */
    public void write(Report report, ReportFormat format, Audience audience, Path file) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        AtomicFiles.writeBytes(file, () -> format == ReportFormat.JSON
                ? JsonReports.utf8(report, jsonLayout)
                : render(report, format, audience).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The report as the documented JSON document (see {@code docs/report-format.md}), valid
     * against {@code org/raitoolkit/reports/schema/<kind>-report.schema.json} in this jar.
     * Returns a new tree on every call; the caller may change it.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public static JsonNode toJson(Report report) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(JsonReports.utf8(Objects.requireNonNull(report, "report"), JsonLayout.COMPACT));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ReportMetadata metadata() {
        return new ReportMetadata(
                ReportMetadata.CURRENT_SCHEMA_VERSION,
                clock.instant(),
                engine.version(),
                engine.ruleSets(),
                engine.ruleSetHash(),
                engine.content().manifest().id(),
                engine.content().manifest().version());
    }
}
