package org.raitoolkit.examples.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Reports on real results: one engine per test JVM (building it compiles the rules, which takes
 * seconds), a fixed clock, and the example inputs of the test kit.
 */
final class Fixtures {

    static final Instant FIXED_TIME = Instant.parse("2026-01-15T09:30:00Z");
    static final Clock FIXED_CLOCK = Clock.fixed(FIXED_TIME, ZoneOffset.UTC);

    /** The test kit's example inputs, shared with the rule scenarios. */
    static final Path INPUTS = Path.of("..", "toolkit-testkit", "src", "test", "resources", "scenarios", "default", "inputs");

    /** The risk input whose system the example workbook answers describe. */
    static final String WORKBOOK_SYSTEM = "lfr-escalate.yaml";

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LINK = "](javascript:x)";
    static final String LONG_LINE = "A".repeat(2500) + "B".repeat(2500);

    private Fixtures() {
    }

    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.withDefaults();
        static final AnswerFiles FILES = AnswerFiles.forPack(ENGINE.content()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(Fixtures.class.getClassLoader()));
        static final Reports REPORTS = Reports.of(ENGINE.content(), ENGINE.provenance(), FIXED_CLOCK);
    }

    static ToolkitEngine engine() {
        return Holder.ENGINE;
    }

    static AnswerFiles files() {
        return Holder.FILES;
    }

    /** Reports stamped with {@link #FIXED_TIME}. */
    static Reports reports() {
        return Holder.REPORTS;
    }

    /** The engine's assessment of {@code answers}, as a report stamped with {@link #FIXED_TIME}. */
    static RiskReport riskReport(RiskAnswers answers) {
        return reports().risk(answers, engine().assessRisk(answers));
    }

    /** The engine's assessment of {@code answers}, as a report stamped with {@link #FIXED_TIME}. */
    static ReadinessReport readinessReport(ReadinessAnswers answers) {
        return reports().readiness(answers, engine().assessReadiness(answers));
    }

    /** The engine's review of {@code answers} for {@code system} at the deployment stage, as a report. */
    static WorkbookReport workbookReport(RiskAnswers system, WorkbookAnswers answers) {
        RiskResult risk = engine().assessRisk(system);
        return reports().workbook(answers, engine().evaluateWorkbook(risk, LifecycleStage.DEPLOYMENT, answers));
    }

    static RiskAnswers risk(String file) {
        return files().readRisk(INPUTS.resolve(file));
    }

    static ReadinessAnswers readiness(String file) {
        return files().readReadiness(INPUTS.resolve(file));
    }

    /** A made-up agency with mixed readiness, from this package's test resources. */
    static ReadinessAnswers mixedReadiness() {
        try (var in = Fixtures.class.getResourceAsStream("mixed-agency-readiness.yaml")) {
            return files().parseReadiness("mixed-agency-readiness.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkbookAnswers workbook(String file) {
        return files().readWorkbook(INPUTS.resolve(file));
    }

    /** Every example input, each made into its report. */
    static List<Report> exampleReports() {
        try (Stream<Path> files = Files.list(INPUTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .map(Fixtures::exampleReport)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report exampleReport(String file) {
        if (file.startsWith("readiness-")) {
            return readinessReport(readiness(file));
        }
        if (file.startsWith("workbook-")) {
            return workbookReport(risk(WORKBOOK_SYSTEM), workbook(file));
        }
        return riskReport(risk(file));
    }

    /**
     * The live facial recognition example, with hostile text in every free-text field: a script,
     * a Markdown link break-out, a 5,000-character line, a table-row break-out and control
     * characters. The engine caps names at 200 and purposes at 4,000 characters, so the report
     * is assembled from the assessment of the plain answers and the hostile answers, as a caller
     * with stored results could do.
     */
    static RiskReport hostileRiskReport() {
        RiskAnswers base = risk("lfr-escalate.yaml");
        String hostile = SCRIPT + " " + LINK + " " + LONG_LINE;
        SystemProfile system = base.system().toBuilder()
                .name("Camera " + hostile)
                .purpose("Find people " + hostile + "\n| injected | row |\n# heading\n- item & more \"quoted\" 'single'")
                .attribute("watchListSource", "Secret list " + SCRIPT)
                .attribute("deploymentSite", "Central station, platform 4 " + LINK)
                .build();
        Map<String, FactorRating> ratings = new LinkedHashMap<>();
        base.ratings().forEach((id, r) -> ratings.put(id, new FactorRating(r.likelihood(), r.severity(), r.severityCriteria(),
                r.mitigations(), "Rationale " + hostile + "\n| injected | row |\u0007")));
        RiskResult r = engine().assessRisk(base);
        RiskResult result = new RiskResult(system, r.factors(), r.principles(), r.instrumentalPrinciples(), r.overallLevel(),
                r.decision(), r.decisionReasons(), r.recommendations(), r.findings(), r.firedRules());
        return reports().risk(new RiskAnswers(system, ratings, base.organisationalReadiness()), result);
    }

    /** A risk report run through the engine with a script and a link break-out in the name. */
    static RiskReport hostileRiskThroughEngine() {
        RiskAnswers base = risk("lfr-escalate.yaml");
        SystemProfile system = base.system().toBuilder().name("Camera " + SCRIPT + " " + LINK).build();
        return riskReport(new RiskAnswers(system, base.ratings(), base.organisationalReadiness()));
    }

    static ReadinessReport hostileReadinessReport() {
        ReadinessAnswers base = readiness("readiness-capped.yaml");
        return readinessReport(new ReadinessAnswers("Agency " + SCRIPT + " " + LINK, base.answers()));
    }

    static WorkbookReport hostileWorkbookReport() {
        WorkbookAnswers base = workbook("workbook-deployment-open.yaml");
        return workbookReport(risk(WORKBOOK_SYSTEM), new WorkbookAnswers("System " + SCRIPT + " " + LINK, base.answers()));
    }
}
