package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.content.BundledExamples.Example;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Results stay byte for byte what they were when this test was written: every bundled example
 * (JSON and Markdown, with and without the EU rule sets: the AI Act and the Law Enforcement
 * Directive) and 1,000 generated inputs of each assessment (a SHA-256 of each JSON report), apart from the rule-set hash, which changes with
 * any edit of a rule file. A refactoring must pass it unchanged; a deliberate change of method
 * rewrites the expected files with {@code -Draitoolkit.golden.update=true} and shows in the diff.
 *
 * <p>In this package to reach the rules' input generator in their test jar.
 */
class ResultsUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("raitoolkit.golden.update");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    /** The EU AI Act set reads today's date when a profile gives none. */
    private static final String TODAY = "2026-12-01";
    private static final int GENERATED = 1_000;
    private static final long SEED_BASE = 0x60_1D_E2_2026L;

    private static ToolkitEngine engine;
    private static ToolkitEngine euEngine;
    private static Reports reports;
    private static Reports euReports;
    private static AnswerFiles files;
    private static String previousToday;

    @BeforeAll
    static void engines() {
        previousToday = System.setProperty("org.raitoolkit.euaiact.today", TODAY);
        engine = ToolkitEngine.withDefaults();
        // The EU runs use both overlays that --jurisdiction EU adds.
        euEngine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).ruleSet(EuLed.ruleSet()).build();
        reports = Reports.of(engine.content(), engine.provenance(), CLOCK);
        euReports = Reports.of(euEngine.content(), euEngine.provenance(), CLOCK);
        files = AnswerFiles.forPack(engine.content()).withFactSections(euEngine.factSections());
    }

    @AfterAll
    static void restoreToday() {
        if (previousToday == null) {
            System.clearProperty("org.raitoolkit.euaiact.today");
        } else {
            System.setProperty("org.raitoolkit.euaiact.today", previousToday);
        }
    }

    static Stream<String> riskExamples() {
        return BundledExamples.list("risk").stream().map(Example::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskExamples")
    void should_give_the_same_reports_when_a_risk_example_is_assessed(String name) {
        // GIVEN
        RiskAnswers answers = risk(name);

        // WHEN
        Report report = reports.risk(answers, engine.assessRisk(answers));
        Report eu = euReports.risk(answers, euEngine.assessRisk(answers));

        // THEN
        String base = "examples/risk/" + base(name);
        expectSame(base + ".json", text(reports, report, ReportFormat.JSON));
        expectSame(base + ".md", text(reports, report, ReportFormat.MARKDOWN));
        expectSame(base + ".eu.json", text(euReports, eu, ReportFormat.JSON));
    }

    @Test
    void should_give_the_same_reports_when_the_readiness_example_is_assessed() {
        // GIVEN
        Example example = BundledExamples.list("readiness").get(0);
        ReadinessAnswers answers = files.parseReadiness(example.name(), example.bytes());

        // WHEN
        Report report = reports.readiness(answers, engine.assessReadiness(answers));

        // THEN
        expectSame("examples/readiness/" + example.base() + ".json", text(reports, report, ReportFormat.JSON));
        expectSame("examples/readiness/" + example.base() + ".md", text(reports, report, ReportFormat.MARKDOWN));
    }

    static Stream<String> workbookExamples() {
        return BundledExamples.list("workbook").stream().map(Example::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbookExamples")
    void should_give_the_same_reports_when_a_workbook_example_is_reviewed(String name) {
        // GIVEN: <system>-<stage>.yaml reviews examples/risk/<system>.yaml
        String base = base(name);
        String stageWord = base.substring(base.lastIndexOf('-') + 1);
        LifecycleStage stage = LifecycleStage.valueOf(stageWord.toUpperCase(Locale.ROOT));
        RiskAnswers system = risk(base.substring(0, base.lastIndexOf('-')) + ".yaml");
        Example example = BundledExamples.list("workbook").stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        WorkbookAnswers answers = files.parseWorkbook(example.name(), example.bytes());

        // WHEN
        Report report = reports.workbook(answers, engine.evaluateWorkbook(engine.assessRisk(system), stage, answers));

        // THEN
        expectSame("examples/workbook/" + base + ".json", text(reports, report, ReportFormat.JSON));
        expectSame("examples/workbook/" + base + ".md", text(reports, report, ReportFormat.MARKDOWN));
    }

    @Test
    void should_give_the_same_json_reports_when_1000_generated_inputs_are_assessed() {
        // GIVEN
        RiskInputGenerator generator = new RiskInputGenerator(engine.content());
        List<String> lines = new ArrayList<>();

        // WHEN
        for (int i = 0; i < GENERATED; i++) {
            long seed = SEED_BASE + i;
            SplittableRandom random = new SplittableRandom(seed);
            RiskAnswers risk = generator.riskAnswers(random);
            ReadinessAnswers readiness = generator.readinessAnswers(random);
            LifecycleStage stage = RiskInputGenerator.pick(random, LifecycleStage.values());
            WorkbookAnswers workbook = generator.workbookAnswers(risk.system().name(), stage, random);
            RiskResult riskResult = engine.assessRisk(risk);
            ReadinessResult readinessResult = engine.assessReadiness(readiness);
            WorkbookResult workbookResult = engine.evaluateWorkbook(riskResult, stage, workbook);
            lines.add(seed + " risk " + sha256(text(reports, reports.risk(risk, riskResult), ReportFormat.JSON)));
            lines.add(seed + " readiness " + sha256(text(reports, reports.readiness(readiness, readinessResult), ReportFormat.JSON)));
            lines.add(seed + " workbook " + sha256(text(reports, reports.workbook(workbook, workbookResult), ReportFormat.JSON)));
        }

        // THEN
        expectSame("generated.sha256", String.join("\n", lines) + "\n");
    }

    private static RiskAnswers risk(String name) {
        Example example = BundledExamples.list("risk").stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        return files.parseRisk(example.name(), example.bytes());
    }

    private static String base(String name) {
        return name.replaceFirst("\\.ya?ml$", "");
    }

    /** The rendered report with every SHA-256 (the rule-set hash) blanked. */
    private static String text(Reports with, Report report, ReportFormat format) {
        return with.render(report, format, null).replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>");
    }

    private static void expectSame(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("expected output %s (write it with -Draitoolkit.golden.update=true)", file).exists();
            assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
