package org.raitoolkit.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * What the three tools share: the engine, its content pack, the answer reader with the CLI's
 * checks and messages, the report renderer and the bundled examples. Immutable and thread-safe,
 * like the engine; built once when the server starts.
 */
final class Assessments {

    private final ToolkitEngine engine;
    private final AnswerFiles files;
    private final Reports reports;
    private final Examples examples;
    private final String reportCss;

    Assessments(ToolkitEngine engine, long maxRequestBytes) {
        this.engine = engine;
        // The request limit bounds what can arrive; the reader's own limits bound what it builds.
        // With every section a provider here declares, so that answers made for other rule sets are read and kept.
        this.files = AnswerFiles.forPack(engine.content(), ReadLimits.DEFAULTS.withMaxFileBytes(maxRequestBytes))
                .withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(engine, Assessments.class.getClassLoader()));
        this.reports = Reports.of(engine.content(), engine.provenance());
        this.examples = new Examples();
        this.reportCss = reportCss(engine, reports);
    }

    ToolkitEngine engine() {
        return engine;
    }

    ContentPack pack() {
        return engine.content();
    }

    AnswerFiles files() {
        return files;
    }

    /**
     * Assesses {@code answers} and makes the report.
     *
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     */
    RiskReport risk(RiskAnswers answers) {
        return reports.risk(answers, engine.assessRisk(answers));
    }

    /**
     * Assesses {@code answers} and makes the report.
     *
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     */
    ReadinessReport readiness(ReadinessAnswers answers) {
        return reports.readiness(answers, engine.assessReadiness(answers));
    }

    /**
     * Reviews the workbook of {@code stage} for {@code system} and makes the report; the system's
     * assessed risks order the action plan.
     *
     * @throws org.raitoolkit.model.InvalidInputException listing every problem with the answers
     */
    WorkbookReport workbook(RiskAnswers system, LifecycleStage stage, WorkbookAnswers answers) {
        return reports.workbook(answers, engine.evaluateWorkbook(engine.assessRisk(system), stage, answers));
    }

    Examples examples() {
        return examples;
    }

    /** The style sheet of the HTML reports, so that the app and the reports it embeds look alike. */
    String reportCss() {
        return reportCss;
    }

    /** A report to show inside an app page: its header (title and contents) and the rest, as HTML. */
    record Embedded(String header, String body) {
    }

    /** {@code report} rendered as HTML, the part inside its {@code <main>}, split after its header. */
    Embedded embeddable(Report report) {
        String page = reports.render(report, ReportFormat.HTML, null);
        int start = page.indexOf("<main>");
        int end = page.lastIndexOf("</main>");
        if (start < 0 || end < start) {
            throw new IllegalStateException("the HTML report has no <main> element");
        }
        String inner = page.substring(start + "<main>".length(), end);
        int header = inner.indexOf("</header>");
        return header < 0 ? new Embedded("", inner)
                : new Embedded(inner.substring(0, header + "</header>".length()), inner.substring(header + "</header>".length()));
    }

    /** {@code report} in {@code format}, for a download: the full report, or the brief for {@code audience}. */
    String render(Report report, ReportFormat format, Audience audience) {
        return reports.render(report, format, audience);
    }

    /** {@code report} as the bytes of a download in {@code format}, text or binary (PDF, DOCX). */
    byte[] renderBytes(Report report, ReportFormat format, Audience audience) {
        return reports.renderBytes(report, format, audience);
    }

    /**
     * The HTML reports carry their style sheet inline; the app serves the same rules from its own
     * address, which lets its security policy forbid inline styles. Taken from a rendered report
     * so that the two never drift apart.
     */
    private static String reportCss(ToolkitEngine engine, Reports reports) {
        ReadinessAnswers none = new ReadinessAnswers("Style sheet", Map.of());
        String page = reports.render(reports.readiness(none, engine.assessReadiness(none)), ReportFormat.HTML, null);
        int start = page.indexOf("<style>");
        int end = page.indexOf("</style>");
        return start < 0 || end < start ? "" : page.substring(start + "<style>".length(), end).strip() + "\n";
    }

    /** UTF-8 bytes of {@code text}. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
