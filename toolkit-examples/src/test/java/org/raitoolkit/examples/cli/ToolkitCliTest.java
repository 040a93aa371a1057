package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.ContentPacks;
import picocli.CommandLine;

/** The command line as a user meets it: output, exit codes and error messages. */
class ToolkitCliTest {

    private static final List<String> PACK_FILES = List.of("pack", "principles", "readiness", "risk-factors", "workbook",
            "roadmap", "recommendations", "glossary", "scoring");

    @TempDir
    Path dir;

    /** A copy of the built-in pack in {@code dir}. */
    private Path copyOfDefaultPack() throws IOException {
        for (String base : PACK_FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentPacks.DEFAULT_PACK_RESOURCE + "/" + base + ".yaml")) {
                Files.write(dir.resolve(base + ".yaml"), in.readAllBytes());
            }
        }
        return dir;
    }

    @Test
    void should_print_five_principles_with_seventeen_instrumental_ones_when_asked_for_json() throws IOException {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principles", "--format", "json");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode principles = JsonMapper.builder().build().readTree(run.out());
        assertThat(principles.isArray()).isTrue();
        assertThat(principles).hasSize(5);
        List<JsonNode> instrumental = new ArrayList<>();
        principles.forEach(p -> {
            assertThat(p.path("id").asText()).isNotBlank();
            assertThat(p.path("name").asText()).isNotBlank();
            assertThat(p.path("meaning").asText()).isNotBlank();
            p.path("instrumentalPrinciples").forEach(instrumental::add);
        });
        assertThat(instrumental).hasSize(17).allSatisfy(i -> {
            assertThat(i.path("id").asText()).matches("[A-Z]+\\.[A-Z]+");
            assertThat(i.path("name").asText()).isNotBlank();
            assertThat(i.path("meaning").asText()).isNotBlank();
        });
        assertThat(principles.get(0).path("id").asText()).isEqualTo("LAW");
        assertThat(principles.get(0).path("instrumentalPrinciples").get(1).path("id").asText()).isEqualTo("LAW.NECESSITY");
    }

    @Test
    void should_print_the_catalogue_as_text_when_no_format_is_given() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principles");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("LAW  Lawfulness", "  LAW.NECESSITY  Necessity", "GOVERNANCE.TRACEABILITY",
                "5 principles, 17 instrumental principles");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void should_print_what_the_pack_holds_when_the_built_in_pack_is_validated() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("content", "validate");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("OK: RAI-TOOLKIT-DEFAULT ").contains(": 5 principles, 17 instrumental principles, ")
                .contains(", 55 recommendations, ").contains(" guide sections, 19 cited instruments");
    }

    @Test
    void should_validate_a_folder_when_one_is_given() throws IOException {
        // GIVEN
        Path pack = copyOfDefaultPack();
        // WHEN
        CliRun run = CliRun.of("content", "validate", pack.toString());
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("OK: RAI-TOOLKIT-DEFAULT ");
    }

    @Test
    void should_list_every_problem_and_exit_2_when_the_pack_is_broken() throws IOException {
        // GIVEN a pack with an unknown property in its manifest and no glossary
        Path pack = copyOfDefaultPack();
        String manifest = Files.readString(pack.resolve("pack.yaml"));
        long line = manifest.lines().count() + 1;
        Files.writeString(pack.resolve("pack.yaml"), manifest + "maintainer: Someone\n");
        Files.delete(pack.resolve("glossary.yaml"));
        // WHEN
        CliRun run = CliRun.of("content", "validate", pack.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("2 problems",
                pack.resolve("pack.yaml") + ":" + line + ":13: /maintainer: unknown property 'maintainer'; allowed: id, version,",
                pack.resolve("glossary.yaml") + ": missing file")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void should_use_the_custom_pack_when_content_is_given() throws IOException {
        // GIVEN a pack whose first principle has another name
        Path pack = copyOfDefaultPack();
        Files.writeString(pack.resolve("principles.yaml"),
                Files.readString(pack.resolve("principles.yaml")).replaceFirst("name: Lawfulness", "name: Legality"));
        // WHEN
        CliRun run = CliRun.of("--content", pack.toString(), "principles");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("LAW  Legality");
    }

    @Test
    void should_exit_2_with_the_problems_when_the_custom_pack_of_a_bare_command_line_is_broken() throws IOException {
        // GIVEN a command line built without the toolkit's handlers, and a pack with a malformed file
        Path pack = copyOfDefaultPack();
        Files.writeString(pack.resolve("scoring.yaml"), "criticalCap: [DEVELOPING\n");
        // WHEN
        CliRun run = CliRun.of(new CommandLine(new ToolkitCli()), "--content", pack.toString(), "principles", "--format", "json");
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(pack.resolve("scoring.yaml") + ":2:1: malformed YAML: ").doesNotContain("\tat ");
    }

    @Test
    void should_exit_2_and_say_so_when_the_folder_does_not_exist() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("--content", dir.resolve("nowhere").toString(), "principles");
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: not a folder");
    }

    @Test
    void should_exit_2_with_the_allowed_values_when_an_option_value_is_wrong() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principles", "--format", "xml");
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("xml", "text", "json").contains("See 'toolkit principles --help'.");
    }

    @Test
    void should_suggest_a_command_when_the_name_is_misspelt() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principle");
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument", "principles");
    }

    @Test
    void should_exit_2_and_list_the_commands_when_none_is_given() {
        // GIVEN / WHEN
        CliRun run = CliRun.of();
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing command", "principles", "content");
    }

    @Test
    void should_print_usage_and_exit_0_when_help_is_asked_for() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("--help");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: toolkit", "principles", "content", "--content=DIR", "not affiliated");
    }
}
