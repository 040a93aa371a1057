package org.raitoolkit.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.raitoolkit.content.Digests;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Provenance;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.internal.AtomicFiles;
import org.raitoolkit.reports.internal.JsonReports;
import org.raitoolkit.reports.internal.Rendering;

/**
 * Turns assessment results into reports: the JSON document, Markdown, one self-contained HTML
 * page, a tagged PDF or an editable Word document, in full or as a brief for one audience. It runs no assessment itself: give it the answers
 * and the result the engine returned for them, now or from storage.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.withDefaults();
 * Reports reports = Reports.of(engine.content(), engine.provenance());
 * RiskReport report = reports.risk(answers, engine.assessRisk(answers));
 * reports.write(report, ReportFormat.HTML, null, Path.of("risk.html"));             // full report
 * String brief = reports.render(report, ReportFormat.MARKDOWN, Audience.LEADERSHIP);  // a brief
 *
 * // A workbook review: the system's assessed risks order the action plan.
 * RiskResult risk = engine.assessRisk(system);
 * WorkbookReport review = reports.workbook(workbookAnswers,
 *         engine.evaluateWorkbook(risk, LifecycleStage.DEPLOYMENT, workbookAnswers));
 * }</pre>
 *
 * <p>Every report says that this is an independent tool, not affiliated with INTERPOL or UNICRI,
 * and that it supports decisions without being legal advice. All text that came from the user
 * or from content (names, purposes, rationales, attribute values, agency names) is escaped for
 * the format. For the same report, format and audience the output is the same, byte for byte:
 * the only moving part, the time stamp, comes from the clock given here.
 *
 * <p>Instances are immutable and thread-safe; share one per content pack and provenance.
 */
public final class Reports {

    private final ContentPack pack;
    private final Provenance provenance;
    private final Clock clock;
    private final Rendering rendering;
    private final JsonLayout jsonLayout;
    private final boolean fsync;

    private Reports(ContentPack pack, Provenance provenance, Clock clock, JsonLayout jsonLayout, boolean fsync) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jsonLayout = Objects.requireNonNull(jsonLayout, "jsonLayout");
        this.fsync = fsync;
        this.rendering = new Rendering(pack);
    }

    /**
     * Reports on results assessed against {@code pack}, stamped with the system clock in UTC.
     *
     * @param pack the content pack the results were assessed against: reports take names,
     *     meanings and scales from it
     * @param provenance what produced the results, printed in every report; for results of an
     *     engine, {@code engine.provenance()}
     * @throws NullPointerException if an argument is null
     */
    public static Reports of(ContentPack pack, Provenance provenance) {
        return new Reports(pack, provenance, Clock.systemUTC(), JsonLayout.INDENTED, true);
    }

    /**
     * Reports on results assessed against {@code pack}, stamped with {@code clock}; give a fixed
     * clock for reproducible output.
     *
     * @param pack the content pack the results were assessed against
     * @param provenance what produced the results, printed in every report
     * @param clock gives the time stamp of each report made
     * @throws NullPointerException if an argument is null
     */
    public static Reports of(ContentPack pack, Provenance provenance, Clock clock) {
        return new Reports(pack, provenance, clock, JsonLayout.INDENTED, true);
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
        return new Reports(pack, provenance, clock, layout, fsync);
    }

    /**
     * These reports with {@link #write} forcing each file and its folder to the disk
     * ({@code fsync}, the default) or not. Without it a write is still atomic for readers while
     * the machine runs, but a power cut can leave a report empty or missing; a program writing
     * thousands of reports can turn it off when it can tell such a report from a whole one (the
     * command line's batch records a hash of each report) and write again.
     *
     * @return a new instance; this one is unchanged
     */
    public Reports withFsync(boolean fsync) {
        return new Reports(pack, provenance, clock, jsonLayout, fsync);
    }

    /** The layout of the JSON text these reports render and write; never null. */
    public JsonLayout jsonLayout() {
        return jsonLayout;
    }

    /**
     * The report on the risk assessment of one system, stamped with this instance's clock.
     *
     * @param answers the answers assessed
     * @param result what the engine concluded from them, such as {@code engine.assessRisk(answers)}
     * @throws NullPointerException if an argument is null
     */
    public RiskReport risk(RiskAnswers answers, RiskResult result) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(result, "result");
        return new RiskReport(metadata(answers), answers, result);
    }

    /**
     * The report on an agency's organisational readiness, stamped with this instance's clock.
     *
     * @param answers the answers assessed
     * @param result what the engine concluded from them, such as {@code engine.assessReadiness(answers)}
     * @throws NullPointerException if an argument is null
     */
    public ReadinessReport readiness(ReadinessAnswers answers, ReadinessResult result) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(result, "result");
        return new ReadinessReport(metadata(answers), answers, result);
    }

    /**
     * The report on the workbook review of one system at one life-cycle stage, stamped with this
     * instance's clock.
     *
     * @param answers the status of that stage's workbook items
     * @param result what the engine concluded from them, such as
     *     {@code engine.evaluateWorkbook(engine.assessRisk(system), stage, answers)}, which puts
     *     the open items tied to the system's highest risks first in the plan
     * @throws NullPointerException if an argument is null
     */
    public WorkbookReport workbook(WorkbookAnswers answers, WorkbookResult result) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(result, "result");
        return new WorkbookReport(metadata(answers), answers, result);
    }

    /**
     * Renders a report as text.
     *
     * <p>JSON is the same document for every audience, in the layout set with
     * {@link #withJsonLayout}; Markdown and HTML give the full report when {@code audience} is
     * null, or the brief written for that audience. The {@link Audience#PUBLIC} brief leaves out
     * sensitive operational detail and says so in a visible notice.
     *
     * @param report the report
     * @param format the format
     * @param audience who the brief is for, or {@code null} for the full report
     * @return the rendered text, ending in a newline
     * @throws IllegalArgumentException for PDF and DOCX, which are bytes: use {@link #renderBytes}
     *     or {@link #write}
     * @throws NullPointerException if {@code report} or {@code format} is null
     */
    public String render(Report report, ReportFormat format, Audience audience) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case JSON -> JsonReports.text(report, jsonLayout, pack);
            case MARKDOWN -> rendering.markdown(report, audience);
            case HTML -> rendering.html(report, audience);
            case PDF, DOCX -> throw new IllegalArgumentException("a " + format.extension()
                    + " report is binary, not text: render it as bytes or write it to a file");
        };
    }

    /**
     * Renders a report as the bytes of a file in {@code format}: the UTF-8 text of
     * {@link #render} for JSON, Markdown and HTML; for PDF, a tagged PDF (PDF/UA) on A4 pages
     * with its font embedded, charts as vector graphics, and the page number and the start of the
     * answers' digest at the foot of each page; for DOCX, a Word document with Word's heading
     * styles, lists and tables (charts as their tables), to edit. The audience works as in
     * {@link #render}. PDF and DOCX carry the report's time stamp as their creation date.
     *
     * @param audience who the brief is for, or {@code null} for the full report
     * @throws NullPointerException if {@code report} or {@code format} is null
     */
    public byte[] renderBytes(Report report, ReportFormat format, Audience audience) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case JSON -> JsonReports.utf8(report, jsonLayout, pack);
            case MARKDOWN, HTML -> render(report, format, audience).getBytes(StandardCharsets.UTF_8);
            case PDF -> rendering.pdf(report, audience);
            case DOCX -> rendering.docx(report, audience);
        };
    }

    /**
     * Renders a report and writes it to {@code file} atomically: the text goes to a temporary file
     * in the same folder, which then replaces {@code file} in one rename, and the file and its
     * folder are forced to the disk (unless {@link #withFsync} turned that off). A reader never sees a
     * half-written file, and if rendering or writing fails, {@code file} is left as it was and no
     * temporary file remains. Missing parent folders are created. The file holds the bytes
     * {@link #renderBytes} returns: for text formats, the text {@link #render} returns, in UTF-8.
     *
     * @param audience who the brief is for, or {@code null} for the full report
     * @throws java.io.UncheckedIOException if the file cannot be written, with the path in the message
     * @throws NullPointerException if {@code report}, {@code format} or {@code file} is null
     */
    public void write(Report report, ReportFormat format, Audience audience, Path file) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        AtomicFiles.writeBytes(file, fsync, () -> renderBytes(report, format, audience));
    }

    /** What produced a report on {@code answers}: the provenance, this instance's clock and the answers' digest. */
    private ReportMetadata metadata(Object answers) {
        return new ReportMetadata(
                ReportMetadata.CURRENT_SCHEMA_VERSION,
                clock.instant(),
                provenance.engineVersion(),
                provenance.ruleSets(),
                provenance.ruleSetHash(),
                provenance.contentPackId(),
                provenance.contentPackVersion(),
                provenance.reportSections(),
                provenance.ruleSetDigests(),
                provenance.contentPackDigest(),
                Digests.sha256(answers));
    }
}
