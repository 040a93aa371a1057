package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.Documents;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code toolkit demo}: assesses the bundled example agency and every example use case, writes
 * their reports, and prints a summary table. The main job of the command line, and a tour of
 * what the library does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Assess the bundled example agency and every example use case; write reports (HTML, Markdown, "
                + "JSON, and a public brief per system) and draft filed documents (DPIA, FRIA, EU database registration, "
                + "public transparency record) to OUT, and print a summary.")
public final class DemoCommand extends ToolkitCommand {

    @Option(names = "--out-dir", paramLabel = "OUT", defaultValue = "toolkit-reports",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Override
    protected int execute() {
        ToolkitEngine engine = root().engine();
        Reports reports = Reports.of(engine.content(), engine.provenance());
        AnswerFiles reader = root().answerFiles();
        OutputFolder out = new OutputFolder(outDir);
        List<String> written = new ArrayList<>();

        ReadinessReport readiness = null;
        for (BundledExamples.Example e : BundledExamples.list("readiness")) {
            ReadinessAnswers answers = reader.parseReadiness("examples/readiness/" + e.name(), e.bytes());
            readiness = reports.readiness(answers, engine.assessReadiness(answers));
            writeAll(reports, readiness, out, "readiness/" + OutputFolder.slug(e.base()), written);
        }

        Map<String, RiskAnswers> systems = new LinkedHashMap<>();
        Portfolio portfolio = new Portfolio(root().today());
        List<String[]> table = new ArrayList<>();
        for (BundledExamples.Example e : BundledExamples.list("risk")) {
            RiskAnswers answers = reader.parseRisk("examples/risk/" + e.name(), e.bytes());
            systems.put(e.base(), answers);
            RiskReport report = reports.risk(answers, engine.assessRisk(answers));
            String slug = OutputFolder.slug(e.base());
            writeAll(reports, report, out, "risk/" + slug, written);
            reports.write(report, ReportFormat.HTML, Audience.PUBLIC, out.resolve("risk/" + slug + ".public.html"));
            written.add("risk/" + slug + ".public.html");
            portfolio.add(Portfolio.fromReport(e.name(), Portfolio.Status.ASSESSED, report));
            long high = report.result().factors().stream().filter(f -> f.residualLevel().isAtLeast(RiskLevel.HIGH)).count();
            String eu = report.result().findings().stream()
                    .filter(f -> "EU-AI-ACT".equals(f.ruleSet()) && "CATEGORY".equals(f.kind()))
                    .map(f -> f.code()).findFirst().orElse("");
            table.add(new String[] {answers.system().name(), report.result().decision().name(),
                    report.result().overallLevel().name(), String.valueOf(high), eu});
        }

        for (BundledExamples.Example e : BundledExamples.list("workbook")) {
            WorkbookAnswers answers = reader.parseWorkbook("examples/workbook/" + e.name(), e.bytes());
            Match m = match(e.base(), systems);
            if (m == null) {
                err().println("demo: skipped examples/workbook/" + e.name() + ": its name does not start with the name of a "
                        + "risk example followed by a life-cycle stage");
                continue;
            }
            WorkbookResult result = engine.evaluateWorkbook(engine.assessRisk(m.system()), m.stage(), answers);
            writeAll(reports, reports.workbook(answers, result), out, "workbook/" + OutputFolder.slug(e.base()), written);
        }

        writeDocuments(reader, out, written);

        NewCommand.writeAtomically(out.resolve("summary.md"), portfolio.toMarkdown());
        NewCommand.writeAtomically(out.resolve("summary.json"), portfolio.toJson());
        written.add("summary.md");
        written.add("summary.json");

        print(table, readiness);
        out().println();
        out().println(written.size() + " files written to " + out.root());
        out().println("Open " + out.resolve("risk") + "/*.html in a browser, or read summary.md. Drafts of the DPIA, FRIA,"
                + " EU database registration and public transparency record of each system, assessed with the EU overlays,"
                + " are in " + out.resolve("documents") + " (PDF and Word for " + PRINTED_EXAMPLE + ").");
        out().flush();
        return ToolkitCli.OK;
    }

    /** The rule sets the filed documents are drafted with: the FRIA and the registration are EU AI Act documents. */
    static final List<String> DOCUMENT_RULE_SETS = List.of("eu-ai-act", "eu-led");

    /** The example whose documents are also written as PDF and Word, to show those formats. */
    static final String PRINTED_EXAMPLE = "emergency-call-triage";

    /**
     * Drafts the filed documents of every example with the EU overlays added: the DPIA and the public
     * transparency record of each, and the FRIA and registration data where the EU AI Act applies.
     */
    private void writeDocuments(AnswerFiles reader, OutputFolder out, List<String> written) {
        ToolkitEngine engine = root().engineWith(DOCUMENT_RULE_SETS);
        Reports reports = Reports.of(engine.content(), engine.provenance());
        Documents documents = Documents.of(engine.content());
        for (BundledExamples.Example e : BundledExamples.list("risk")) {
            RiskAnswers answers = reader.parseRisk("examples/risk/" + e.name(), e.bytes());
            RiskReport report = reports.risk(answers, engine.assessRisk(answers));
            for (DocumentKind kind : DocumentKind.values()) {
                if (!documents.supports(kind, report)) {
                    continue;
                }
                FiledDocument document = documents.draft(kind, report).withAnswersName("examples/risk/" + e.name());
                for (ReportFormat f : ReportFormat.values()) {
                    if (f.binary() && !e.base().equals(PRINTED_EXAMPLE)) {
                        continue;
                    }
                    String name = "documents/" + OutputFolder.slug(e.base()) + "/" + kind.fileName() + "." + f.extension();
                    documents.write(document, f, out.resolve(name));
                    written.add(name);
                }
            }
        }
    }

    /** A workbook example named {@code <risk example>-<stage>}, for example {@code live-frt-deployment}. */
    private record Match(RiskAnswers system, LifecycleStage stage) {
    }

    private static Match match(String workbookName, Map<String, RiskAnswers> systems) {
        for (LifecycleStage stage : LifecycleStage.values()) {
            String suffix = "-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (workbookName.endsWith(suffix)) {
                RiskAnswers system = systems.get(workbookName.substring(0, workbookName.length() - suffix.length()));
                if (system != null) {
                    return new Match(system, stage);
                }
            }
        }
        return null;
    }

    private static void writeAll(Reports reports, Report report, OutputFolder out, String base, List<String> written) {
        // The demo writes the text formats; PDF and DOCX are made on request with --format.
        for (ReportFormat f : ReportFormat.values()) {
            if (f.binary()) {
                continue;
            }
            String name = base + "." + f.extension();
            reports.write(report, f, null, out.resolve(name));
            written.add(name);
        }
    }

    private void print(List<String[]> table, ReadinessReport readiness) {
        if (readiness != null) {
            out().println("Example agency: readiness " + readiness.result().overallLevel() + " (mean "
                    + readiness.result().meanScore() + "%), roadmap phase " + readiness.result().roadmapPhase().number()
                    + ": " + readiness.result().roadmapPhase().name());
            out().println();
        }
        int w = Math.max(6, table.stream().mapToInt(r -> Text.printable(r[0], 60).length()).max().orElse(6));
        // The EU AI Act column only when that overlay ran (--jurisdiction EU).
        boolean eu = table.stream().anyMatch(r -> !r[4].isEmpty());
        String format = "%-" + w + "s  %-23s  %-9s  %-13s" + (eu ? "  %s" : "%s") + "%n";
        out().printf(format, "System", "Decision", "Overall", "HIGH+ factors", eu ? "EU AI Act" : "");
        out().printf(format, "-".repeat(w), "-".repeat(23), "-".repeat(9), "-".repeat(13), eu ? "-".repeat(12) : "");
        for (String[] r : table) {
            out().printf(format, Text.printable(r[0], 60), r[1], r[2], r[3], eu ? r[4] : "");
        }
    }
}
