package org.raitoolkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookResult;
import org.raitoolkit.model.WorkbookStatus;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The bundled examples (src/main/resources/examples) against what examples/expected-decisions.yaml
 * says about them. Each file is read as a user's file would be, so every example must validate.
 */
class ExampleUseCasesTest {

    /** One engine for the whole test JVM: building it compiles the rules and takes seconds. */
    static final ToolkitEngine ENGINE = ToolkitEngine.withDefaults();

    private static final AnswerFiles FILES = AnswerFiles.forPack(ENGINE.content()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(ExampleUseCasesTest.class.getClassLoader()));
    private static final Expectations EXPECTED = Expectations.load();

    // ------------------------------------------------------------------------------------- risk

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskExamples")
    void should_reach_the_expected_decision_and_level_when_a_risk_example_is_assessed(RiskExpectation expected) {
        // GIVEN
        RiskAnswers answers = readRisk(expected.file());

        // WHEN
        RiskResult result = ENGINE.assessRisk(answers);

        // THEN
        assertThat(result.decision())
                .as("decision for %s; reasons: %s", expected.file(), result.decisionReasons())
                .isEqualTo(expected.decision());
        assertThat(result.overallLevel())
                .as("overall level for %s", expected.file())
                .isEqualTo(expected.overallLevel());
    }

    @Test
    void should_list_every_risk_example_when_expected_decisions_are_read() {
        // GIVEN
        Set<String> bundled = exampleFiles("risk");

        // WHEN
        Set<String> listed = EXPECTED.risk().stream().map(RiskExpectation::file).collect(Collectors.toSet());

        // THEN
        assertThat(listed).as("files listed in examples/expected-decisions.yaml").isEqualTo(bundled);
        assertThat(EXPECTED.risk()).as("no file listed twice").hasSameSizeAs(listed);
    }

    @Test
    void should_cover_every_decision_when_the_risk_examples_are_taken_together() {
        // GIVEN
        List<RiskExpectation> examples = EXPECTED.risk();

        // WHEN
        Set<Decision> decisions = examples.stream().map(RiskExpectation::decision)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Decision.class)));

        // THEN
        assertThat(decisions).containsExactlyInAnyOrder(Decision.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskExamples")
    void should_give_a_rationale_and_an_explanation_when_a_risk_example_is_documented(RiskExpectation expected) {
        // GIVEN
        RiskAnswers answers = readRisk(expected.file());

        // WHEN
        List<String> withoutRationale = answers.ratings().entrySet().stream()
                .filter(e -> isBlank(e.getValue().rationale()))
                .map(Map.Entry::getKey)
                .toList();

        // THEN
        assertThat(withoutRationale).as("ratings without a rationale in %s", expected.file()).isEmpty();
        assertThat(expected.useCase()).isNotBlank();
        assertThat(expected.explanation()).isNotBlank();
    }

    // -------------------------------------------------------------------------------- readiness

    @ParameterizedTest(name = "{0}")
    @MethodSource("readinessExamples")
    void should_reach_the_expected_level_when_a_readiness_example_is_assessed(ReadinessExpectation expected) {
        // GIVEN
        ReadinessAnswers answers = FILES.parseReadiness("examples/readiness/" + expected.file(),
                resource("org/raitoolkit/content/examples/readiness/" + expected.file()));

        // WHEN
        ReadinessResult result = ENGINE.assessReadiness(answers);

        // THEN
        assertThat(answers.answers().keySet())
                .as("every readiness question answered in %s", expected.file())
                .containsExactlyInAnyOrderElementsOf(
                        ENGINE.content().readinessQuestions().stream().map(ReadinessQuestion::id).toList());
        assertThat(result.overallLevel()).isEqualTo(expected.overallLevel());
    }

    @Test
    void should_list_every_readiness_example_when_expected_decisions_are_read() {
        // GIVEN
        Set<String> bundled = exampleFiles("readiness");

        // WHEN
        Set<String> listed = EXPECTED.readiness().stream().map(ReadinessExpectation::file).collect(Collectors.toSet());

        // THEN
        assertThat(listed).isEqualTo(bundled);
    }

    // --------------------------------------------------------------------------------- workbook

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbookExamples")
    void should_evaluate_a_workbook_example_when_it_is_paired_with_its_risk_example(WorkbookExpectation expected) {
        // GIVEN a workbook file named after its risk example and stage
        String base = expected.file().replaceFirst("\\.ya?ml$", "");
        String suffix = "-" + expected.stage().name().toLowerCase(Locale.ROOT).replace('_', '-');
        assertThat(base).as("workbook file name ends with its stage").endsWith(suffix);
        RiskAnswers system = readRisk(base.substring(0, base.length() - suffix.length()) + ".yaml");
        WorkbookAnswers answers = FILES.parseWorkbook("examples/workbook/" + expected.file(),
                resource("org/raitoolkit/content/examples/workbook/" + expected.file()));
        RiskResult risk = ENGINE.assessRisk(system);

        // WHEN
        WorkbookResult result = ENGINE.evaluateWorkbook(risk, expected.stage(), answers);

        // THEN every item of the stage is answered, and only those
        assertThat(answers.answers().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ENGINE.content().workbookItems(expected.stage()).stream().map(WorkbookItem::id).toList());
        assertThat(answers.system()).isEqualTo(system.system().name());
        assertThat(result.stage()).isEqualTo(expected.stage());
        // THEN every open item is in the action plan, the ones tied to the highest risk first
        long open = answers.answers().values().stream()
                .filter(s -> s == WorkbookStatus.NOT_DONE || s == WorkbookStatus.PARTIAL).count();
        assertThat(result.actionPlan()).hasSize((int) open);
        assertThat(result.actionPlan().get(0).relatedRisk()).isEqualTo(risk.overallLevel());
    }

    @Test
    void should_list_every_workbook_example_when_expected_decisions_are_read() {
        // GIVEN
        Set<String> bundled = exampleFiles("workbook");

        // WHEN
        Set<String> listed = EXPECTED.workbook().stream().map(WorkbookExpectation::file).collect(Collectors.toSet());

        // THEN
        assertThat(listed).isEqualTo(bundled);
    }

    // ---------------------------------------------------------------------------------- support

    static Stream<RiskExpectation> riskExamples() {
        return EXPECTED.risk().stream();
    }

    static Stream<ReadinessExpectation> readinessExamples() {
        return EXPECTED.readiness().stream();
    }

    static Stream<WorkbookExpectation> workbookExamples() {
        return EXPECTED.workbook().stream();
    }

    private static RiskAnswers readRisk(String file) {
        return FILES.parseRisk("examples/risk/" + file, resource("org/raitoolkit/content/examples/risk/" + file));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ExampleUseCasesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("class-path resource %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML file names in the class-path folder examples/{@code folder}. */
    private static Set<String> exampleFiles(String folder) {
        URL url = ExampleUseCasesTest.class.getClassLoader().getResource("org/raitoolkit/content/examples/" + folder);
        assertThat(url).as("class-path folder examples/%s", folder).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches(".*\\.ya?ml"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of examples/expected-decisions.yaml. */
    record Expectations(List<RiskExpectation> risk, List<ReadinessExpectation> readiness,
                        List<WorkbookExpectation> workbook) {

        static Expectations load() {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                return yaml.readValue(resource("expected-decisions.yaml"), Expectations.class);
            } catch (IOException e) {
                throw new UncheckedIOException("expected-decisions.yaml could not be read", e);
            }
        }
    }

    record RiskExpectation(String file, String useCase, Decision decision, RiskLevel overallLevel, String explanation) {
        @Override
        public String toString() {
            return file + " -> " + decision + " / " + overallLevel;
        }
    }

    record ReadinessExpectation(String file, ReadinessLevel overallLevel, String explanation) {
        @Override
        public String toString() {
            return file + " -> " + overallLevel;
        }
    }

    record WorkbookExpectation(String file, LifecycleStage stage, String explanation) {
        @Override
        public String toString() {
            return file + " at " + stage;
        }
    }
}
