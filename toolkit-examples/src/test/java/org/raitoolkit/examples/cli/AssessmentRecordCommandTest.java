package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.examples.cli.ToolkitCli;

/**
 * The assessment record from the command line: {@code --final} refuses a record that lacks what a
 * filed record needs, naming every field; the bundled examples carry complete records; the batch
 * summary shows their review status on a fixed day.
 */
class AssessmentRecordCommandTest {

    private static final String EXAMPLES = "org/raitoolkit/content/examples/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private String previousToday;

    @BeforeEach
    void fixTheDay() {
        // The record's dates are fixed; so is the day they are judged on.
        previousToday = System.setProperty(ToolkitCli.TODAY_PROPERTY, "2026-12-07");
    }

    @AfterEach
    void restoreTheDay() {
        if (previousToday == null) {
            System.clearProperty(ToolkitCli.TODAY_PROPERTY);
        } else {
            System.setProperty(ToolkitCli.TODAY_PROPERTY, previousToday);
        }
    }

    private Path example(String resource) throws IOException {
        return CliRun.copy(EXAMPLES + resource, dir);
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void should_exit_2_naming_every_missing_field_when_a_final_record_has_no_approver() throws IOException {
        // GIVEN a complete final record, then the same without its approval and the officer's advice
        Path file = example("risk/hotspot-prediction.yaml");
        String yaml = text(file);
        int from = yaml.indexOf("  approval:\n");
        int to = yaml.indexOf("  conditions:", from);
        Path broken = Files.writeString(dir.resolve("no-approver.yaml"),
                (yaml.substring(0, from) + yaml.substring(to)).replaceFirst("    advice: >-\n.*\n", ""));

        // WHEN
        CliRun complete = CliRun.of("risk", "--final", file.toString());
        CliRun run = CliRun.of("risk", "--final", broken.toString());

        // THEN the complete record passes; the other is refused with each missing field named
        assertThat(complete.exitCode()).as(complete.err()).isZero();
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("no-approver.yaml is not valid: 2 problems")
                .contains("/assessment/approval: a final record needs who approved the decision: name, role and approvedOn")
                .contains("/assessment/dataProtectionOfficer/advice: a final record needs a summary of the officer's advice");
        assertThat(run.clean()).as(run.err()).isTrue();
    }

    @Test
    void should_name_each_field_when_an_empty_record_is_filed_with_the_final_option() throws IOException {
        // GIVEN the example without its record at all
        Path file = example("risk/patrol-route-optimisation.yaml");
        String yaml = text(file);
        Path bare = Files.writeString(dir.resolve("bare.yaml"), yaml.substring(0, yaml.indexOf("\n# The assessment record")) + "\n");

        // WHEN it is assessed as a draft, then as final
        CliRun draft = CliRun.of("risk", bare.toString());
        CliRun run = CliRun.of("risk", "--final", bare.toString());

        // THEN a draft without a record is fine; a final one lists every field it needs
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        for (String field : List.of("/assessment/assessors", "/assessment/assessedOn", "/assessment/dataProtectionOfficer",
                "/assessment/agencyDecision", "/assessment/approval", "/assessment/nextReview", "/assessment/reviewTriggers")) {
            assertThat(run.err()).contains(field + ": a final record needs");
        }
    }

    @Test
    void should_refuse_a_milder_decision_without_a_reason_and_show_the_reason_when_one_is_given() throws IOException {
        // GIVEN the agency records PROCEED where the toolkit says PROCEED_WITH_CONDITIONS
        String yaml = text(example("risk/hotspot-prediction.yaml"));
        Path milder = Files.writeString(dir.resolve("milder.yaml"),
                yaml.replace("agencyDecision: PROCEED_WITH_CONDITIONS", "agencyDecision: PROCEED"));
        Path reasoned = Files.writeString(dir.resolve("reasoned.yaml"), yaml.replace("agencyDecision: PROCEED_WITH_CONDITIONS",
                "agencyDecision: PROCEED\n  decisionReason: The panel found the feedback controls already sufficient."));

        // WHEN
        CliRun refused = CliRun.of("risk", milder.toString());
        CliRun shown = CliRun.of("risk", reasoned.toString());

        // THEN the first is refused at its line, the second reports the reason
        assertThat(refused.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(refused.err()).containsPattern("milder\\.yaml:\\d+:\\d+: /assessment/decisionReason: the agency's decision PROCEED "
                + "is milder than the toolkit's PROCEED_WITH_CONDITIONS");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("The panel found the feedback controls already sufficient.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"risk", "readiness"})
    void should_accept_every_bundled_example_as_a_final_record(String kind) throws IOException {
        for (BundledExamples.Example e : BundledExamples.list(kind)) {
            // WHEN
            CliRun run = CliRun.of(kind, "--final", example(kind + "/" + e.name()).toString());
            // THEN
            assertThat(run.exitCode()).as(e.name() + ": " + run.err()).isZero();
        }
    }

    @Test
    void should_accept_the_workbook_examples_as_final_records() throws IOException {
        Path risk = example("risk/live-facial-recognition-missing-persons.yaml");
        for (String stage : List.of("decision", "deployment")) {
            Path file = example("workbook/live-facial-recognition-missing-persons-" + stage + ".yaml");
            CliRun run = CliRun.of("workbook", "--final", "--risk", risk.toString(), "--stage", stage.toUpperCase(), file.toString());
            assertThat(run.exitCode()).as(stage + ": " + run.err()).isZero();
        }
    }

    @Test
    void should_show_review_status_with_one_overdue_when_the_examples_are_batched() throws IOException {
        // GIVEN every risk example
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<String> names = new ArrayList<>();
        for (BundledExamples.Example e : BundledExamples.list("risk")) {
            Files.write(in.resolve(e.name()), e.bytes());
            names.add(e.name());
        }

        // WHEN they are batched on 2026-12-07
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString());

        // THEN every row has its review status; the number-plate system's review is overdue, and one of its conditions
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("reviewDay").asText()).isEqualTo("2026-12-07");
        assertThat(summary.path("reviewsOverdue").asInt()).isEqualTo(1);
        List<String> overdue = new ArrayList<>();
        for (JsonNode row : summary.path("rows")) {
            JsonNode review = row.path("review");
            assertThat(review.path("record").asText()).as(row.path("file").asText()).isEqualTo("FINAL");
            assertThat(review.path("approvedBy").asText()).as(row.path("file").asText()).isNotBlank();
            assertThat(review.path("nextReview").asText()).as(row.path("file").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            if (review.path("overdue").asBoolean()) {
                overdue.add(row.path("file").asText());
                assertThat(review.path("conditionsOverdue").asInt()).isEqualTo(1);
            }
        }
        assertThat(overdue).containsExactly("number-plate-recognition.yaml");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("## Review status on 2026-12-07")
                .contains("Systems past their review date: 1.")
                .containsPattern("number\\\\-plate\\\\-recognition\\\\\\.yaml \\| final \\| S\\\\\\. Brennan \\| 2026-09-30 \\| \\*\\*overdue\\*\\* \\| 1 \\|");
    }
}
