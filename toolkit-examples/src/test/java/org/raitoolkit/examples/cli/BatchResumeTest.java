package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.BundledExamples;

/**
 * {@code batch --resume} trusts an earlier report only when it was made from the very input it
 * stands for: same path, same bytes, report intact. Everything else is assessed again.
 */
class BatchResumeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path in;
    private Path out;

    private static byte[] example(String name) {
        return BundledExamples.list("risk").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes();
    }

    private void input(String file, String example) throws IOException {
        Files.createDirectories(in);
        Files.write(in.resolve(file), example(example));
    }

    private CliRun batch(String... more) {
        String[] args = Stream.concat(Stream.of("batch", in.toString(), "--out-dir", out.toString(), "--threads", "2"),
                Stream.of(more)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return run;
    }

    /** Decision per input file, from the summary. */
    private Map<String, String> decisions() throws IOException {
        Map<String, String> decisions = new HashMap<>();
        JSON.readTree(out.resolve("summary.json").toFile()).path("rows")
                .forEach(r -> decisions.put(r.path("file").asText(), r.path("decision").asText()));
        return decisions;
    }

    private Path systems() {
        return out.resolve("systems");
    }

    private void setUp() {
        in = dir.resolve("in");
        out = dir.resolve("out");
    }

    @Test
    void should_list_each_system_with_its_own_decision_when_a_file_is_added_between_runs() throws IOException {
        // GIVEN a batch of the hotspot prediction (PROCEED_WITH_CONDITIONS) in x.yaml
        setUp();
        input("x.yaml", "hotspot-prediction.yaml");
        batch();
        // WHEN the re-offending score (DO_NOT_PROCEED) is added as X.yaml, whose name sorts first
        // and slugs alike (it took the name x, and x.yaml's report, before), and the batch resumes
        input("X.yaml", "reoffending-risk-score.yaml");
        CliRun resumed = batch("--resume");
        // THEN each system keeps its own decision: the new one is assessed, not read from x.yaml's report
        assertThat(resumed.out()).contains("2 systems: 1 assessed, 1 already done, 0 invalid");
        assertThat(decisions()).containsEntry("x.yaml", "PROCEED_WITH_CONDITIONS").containsEntry("X.yaml", "DO_NOT_PROCEED");
        assertThat(JSON.readTree(systems().resolve("x.json").toFile()).path("decision").asText())
                .as("x.yaml's report keeps its name").isEqualTo("PROCEED_WITH_CONDITIONS");
    }

    @Test
    void should_assess_again_when_the_input_changed_since_its_report() throws IOException {
        // GIVEN a finished batch of two systems
        setUp();
        input("a.yaml", "hotspot-prediction.yaml");
        input("b.yaml", "patrol-route-optimisation.yaml");
        batch();
        // WHEN b.yaml is replaced by the re-offending score and the batch resumes
        input("b.yaml", "reoffending-risk-score.yaml");
        CliRun resumed = batch("--resume");
        // THEN b is assessed again and has the new decision
        assertThat(resumed.out()).contains("2 systems: 1 assessed, 1 already done, 0 invalid");
        assertThat(decisions()).containsEntry("a.yaml", "PROCEED_WITH_CONDITIONS").containsEntry("b.yaml", "DO_NOT_PROCEED");
    }

    @Test
    void should_assess_again_when_a_report_is_empty_or_not_json() throws IOException {
        // GIVEN a finished batch whose reports a crash left empty and torn
        setUp();
        input("a.yaml", "hotspot-prediction.yaml");
        input("b.yaml", "patrol-route-optimisation.yaml");
        input("c.yaml", "patrol-robot.yaml");
        batch();
        Files.write(systems().resolve("a.json"), new byte[0]);
        byte[] b = Files.readAllBytes(systems().resolve("b.json"));
        Files.write(systems().resolve("b.json"), java.util.Arrays.copyOf(b, b.length / 2));
        // WHEN it resumes
        CliRun resumed = batch("--resume");
        // THEN both are assessed again, without an error, and their reports are whole
        assertThat(resumed.out()).contains("3 systems: 2 assessed, 1 already done, 0 invalid");
        assertThat(resumed.err()).doesNotContain("error");
        assertThat(JSON.readTree(systems().resolve("a.json").toFile()).path("decision").asText()).isEqualTo("PROCEED_WITH_CONDITIONS");
        assertThat(JSON.readTree(systems().resolve("b.json").toFile()).path("decision").asText()).isEqualTo("PROCEED");
    }

    @Test
    void should_not_trust_a_report_and_record_made_for_another_input() throws IOException {
        // GIVEN a finished batch, after which b's report and its record are replaced by a's
        setUp();
        input("a.yaml", "reoffending-risk-score.yaml");
        input("b.yaml", "patrol-route-optimisation.yaml");
        batch();
        Files.copy(systems().resolve("a.json"), systems().resolve("b.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(out.resolve("sources/a.json"), out.resolve("sources/b.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // WHEN it resumes
        CliRun resumed = batch("--resume");
        // THEN b is assessed again: the record names a.yaml
        assertThat(resumed.out()).contains("2 systems: 1 assessed, 1 already done, 0 invalid");
        assertThat(decisions()).containsEntry("a.yaml", "DO_NOT_PROCEED").containsEntry("b.yaml", "PROCEED");
    }

    @Test
    void should_record_the_input_path_and_its_sha256_when_a_report_is_written() throws Exception {
        // GIVEN
        setUp();
        input("a.yaml", "hotspot-prediction.yaml");
        // WHEN
        batch();
        // THEN
        JsonNode source = JSON.readTree(out.resolve("sources/a.json").toFile());
        assertThat(source.path("input").asText()).isEqualTo("a.yaml");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in.resolve("a.yaml")));
        assertThat(source.path("inputSha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(digest));
        assertThat(source.path("reports").path("json").asText()).isNotEmpty();
    }

    @Test
    void should_remove_temporary_files_of_a_killed_run_when_a_batch_resumes() throws IOException {
        // GIVEN a batch, and the empty temporary files a killed run leaves
        setUp();
        input("a.yaml", "hotspot-prediction.yaml");
        batch();
        Path stale = Files.createFile(systems().resolve(".a.json.1x2y3z.tmp"));
        Path staleSummary = Files.createFile(out.resolve(".summary.json12345.tmp"));
        Path staleSource = Files.createFile(out.resolve("sources/.a.json.abc.tmp"));
        // WHEN it resumes
        batch("--resume");
        // THEN they are gone, and the reports stay
        assertThat(stale).doesNotExist();
        assertThat(staleSummary).doesNotExist();
        assertThat(staleSource).doesNotExist();
        assertThat(systems().resolve("a.json")).isNotEmptyFile();
    }

    @Test
    void should_assess_again_when_an_extra_format_report_is_missing() throws IOException {
        // GIVEN a batch with HTML reports, one of which is deleted
        setUp();
        input("a.yaml", "hotspot-prediction.yaml");
        input("b.yaml", "patrol-robot.yaml");
        batch("--format", "json,html");
        Files.delete(systems().resolve("b.html"));
        // WHEN it resumes
        CliRun resumed = batch("--format", "json,html", "--resume");
        // THEN b is assessed again and has its HTML report
        assertThat(resumed.out()).contains("2 systems: 1 assessed, 1 already done, 0 invalid");
        assertThat(systems().resolve("b.html")).isNotEmptyFile();
    }
}
