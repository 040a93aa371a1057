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
