package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.BundledExamples;

/** {@code toolkit diff}: a warning when the two files are not one system, and every problem of both files. */
class DiffCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path example(String name) throws IOException {
        byte[] bytes = BundledExamples.list("risk").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes();
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void should_warn_on_the_first_line_when_the_files_describe_different_systems() throws IOException {
        // GIVEN two different systems
        Path a = example("hotspot-prediction.yaml");
        Path b = example("reoffending-risk-score.yaml");
        // WHEN
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        String first = run.out().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("warning: ").contains("describe different systems").contains("names").contains("purposes");
    }

    @Test
    void should_warn_in_the_json_when_the_files_describe_different_systems() throws IOException {
        // GIVEN two different systems
        Path a = example("hotspot-prediction.yaml");
        Path b = example("patrol-robot.yaml");
        // WHEN
        CliRun run = CliRun.of("diff", a.toString(), b.toString(), "--format", "json");
        // THEN
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("sameSystem").asBoolean(true)).isFalse();
        assertThat(json.path("warning").asText()).contains("describe different systems");
        assertThat(json.fieldNames().next()).isEqualTo("warning");
    }

    @Test
    void should_not_warn_when_both_files_describe_one_system() throws IOException {
        // GIVEN one system, reassessed with another rating
        Path a = example("hotspot-prediction.yaml");
        String text = Files.readString(a);
        Path b = Files.writeString(dir.resolve("later.yaml"), text.replaceFirst("likelihood: (\\w+)", "likelihood: ALMOST_CERTAIN"));
        // WHEN
        CliRun textRun = CliRun.of("diff", a.toString(), b.toString());
        CliRun jsonRun = CliRun.of("diff", a.toString(), b.toString(), "--format", "json");
        // THEN
        assertThat(textRun.exitCode()).as(textRun.err()).isZero();
        assertThat(textRun.out()).doesNotContain("warning").startsWith("Changes from ");
        JsonNode json = JSON.readTree(jsonRun.out());
        assertThat(json.path("sameSystem").asBoolean()).isTrue();
        assertThat(json.has("warning")).isFalse();
    }

    @Test
    void should_list_changes_to_the_record_and_to_mitigation_statuses_when_a_record_is_updated() throws IOException {
        // GIVEN the retrospective facial recognition record, a year later: a new approver and review date,
        // one condition met, and a verified mitigation now only implemented
        Path a = example("retrospective-facial-recognition.yaml");
        String text = Files.readString(a);
        String later = text.replace("    name: S. Brennan\n    role: deputy chief officer, senior owner for AI\n    approvedOn: 2026-12-02",
                        "    name: K. Adeyemi\n    role: chief officer\n    approvedOn: 2027-06-20")
                .replace("  nextReview: 2027-06-30", "  nextReview: 2028-06-30")
                .replace("    owner: Legal Services\n    dueDate: 2027-02-28\n", "    owner: Legal Services\n    dueDate: 2027-02-28\n    metOn: 2027-02-11\n")
                .replace("{ id: MIT-FP-CORROBORATION-RULE, status: VERIFIED,", "{ id: MIT-FP-CORROBORATION-RULE, status: IMPLEMENTED,");
        assertThat(later).isNotEqualTo(text);
        Path b = Files.writeString(dir.resolve("later.yaml"), later);
        // WHEN
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        // THEN each change of the record is named under its own heading, with the mitigation's new status
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Record")
                .contains("approval.name: S. Brennan -> K. Adeyemi")
                .contains("approval.approvedOn: 2026-12-02 -> 2027-06-20")
                .contains("nextReview: 2027-06-30 -> 2028-06-30")
                .contains("condition REC-COURT-DISCLOSURE-READINESS: owner Legal Services, due 2027-02-28, open -> owner Legal Services, due 2027-02-28, met 2027-02-11")
                .contains("ratings.RF-FALSE-POSITIVES.mitigations.MIT-FP-CORROBORATION-RULE: VERIFIED, evidence: internal audit IA-2026-07 of 40 identifications -> IMPLEMENTED");
    }

    @Test
    void should_list_the_problems_of_both_files_when_both_are_invalid() throws IOException {
        // GIVEN two invalid files, each with its own problem
        Path a = Files.writeString(dir.resolve("old.yaml"), "system: {name: x, publiclyAccessibleSpace: [1]}\n");
        Path b = Files.write(dir.resolve("new.yaml"), "system:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        // WHEN
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("old.yaml").contains("publiclyAccessibleSpace").contains("new.yaml").contains("UTF-8");
    }
}
