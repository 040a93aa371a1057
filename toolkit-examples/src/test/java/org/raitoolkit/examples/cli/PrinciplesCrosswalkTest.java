package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;

/** The crosswalks of the pack in {@code toolkit principles} and {@code toolkit content validate}. */
class PrinciplesCrosswalkTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    @TempDir
    Path dir;

    @Test
    void should_give_each_principle_the_provisions_it_engages_when_asked_for_json() throws IOException {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principles", "--format", "json");
        // THEN
        assertThat(run.exitCode()).isZero();
        JsonNode principles = JsonMapper.builder().build().readTree(run.out());
        JsonNode law = principles.get(0);
        assertThat(law.path("id").asText()).isEqualTo("LAW");
        assertThat(law.path("engages").get(0).path("instrument").asText()).isEqualTo(PACK.engages("LAW").get(0).instrument());
        assertThat(law.path("engages").get(0).path("article").asText()).isEqualTo(PACK.engages("LAW").get(0).article());
        assertThat(law.path("engages").get(0).path("jurisdiction").asText()).isEqualTo(PACK.engages("LAW").get(0).jurisdiction());
        principles.forEach(p -> {
            assertThat(instruments(p)).as("instruments of %s", p.path("id")).hasSizeGreaterThanOrEqualTo(2);
            p.path("instrumentalPrinciples").forEach(i ->
                    assertThat(instruments(i)).as("instruments of %s", i.path("id")).hasSizeGreaterThanOrEqualTo(2));
        });
    }

    @Test
    void should_name_the_provisions_under_each_principle_when_printed_as_text() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("principles");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("not legal advice", "    Engages: EU AI Act Art. 5(1); LED Art. 8(1)");
        assertThat(run.out().lines().filter(l -> l.strip().startsWith("Engages: ")).count())
                .isEqualTo(PACK.principles().size() + PACK.instrumentalPrinciples().size());
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void should_count_the_crosswalk_entries_when_the_built_in_pack_is_validated() {
        // GIVEN / WHEN
        CliRun run = CliRun.of("content", "validate");
        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(", " + PACK.crosswalks().size() + " crosswalk entries");
    }

    @Test
    void should_print_empty_engages_and_no_engages_line_when_the_pack_has_no_crosswalks() throws IOException {
        // GIVEN a copy of the built-in pack without its crosswalks file
        for (String base : List.of("pack", "principles", "readiness", "risk-factors", "workbook", "roadmap",
                "recommendations", "glossary", "scoring")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentPacks.DEFAULT_PACK_RESOURCE + "/" + base + ".yaml")) {
                Files.write(dir.resolve(base + ".yaml"), in.readAllBytes());
            }
        }
        // WHEN
        CliRun json = CliRun.of("--content", dir.toString(), "principles", "--format", "json");
        CliRun text = CliRun.of("--content", dir.toString(), "principles");
        // THEN
        JsonNode principles = JsonMapper.builder().build().readTree(json.out());
        principles.forEach(p -> assertThat(p.path("engages").isArray() && p.path("engages").isEmpty()).isTrue());
        assertThat(text.out()).doesNotContain("Engages:");
    }

    private static Set<String> instruments(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.path("engages").forEach(e -> names.add(e.path("instrument").asText()));
        return names;
    }
}
