package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.BundledExamples;

/**
 * Messages for people: a small hostile corpus (bad dates, bytes that are not UTF-8, values of the
 * wrong type, output folders that cannot be written) run through the command line. No message may
 * speak Java (a class name, an exception, a stack frame), and each failure has its exit code.
 */
class PlainMessagesTest {

    @TempDir
    Path dir;

    private static String example() {
        return new String(BundledExamples.list("risk").stream().filter(e -> e.name().equals("hotspot-prediction.yaml"))
                .findFirst().orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    /** The example with its assessment date set to {@code date} (as written in YAML). */
    private static String withDate(String date) {
        String text = example();
        assertThat(text).contains("assessmentDate: 2026-11-27");
        return text.replace("assessmentDate: 2026-11-27", "assessmentDate: " + date);
    }

    private static void assertSpeaksNoJava(CliRun run) {
        assertThat(run.all()).doesNotContain("java.").doesNotContain("Exception").doesNotContain("at org.");
    }

    private Map<String, byte[]> corpus() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("month-13.yaml", withDate("2028-13-45").getBytes(StandardCharsets.UTF_8));
        corpus.put("date-in-words.yaml", withDate("tomorrow").getBytes(StandardCharsets.UTF_8));
        byte[] latin1 = example().replaceFirst("name: ", "name: caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        corpus.put("latin1.yaml", latin1);
        corpus.put("latin1.json", "{\"system\": {\"name\": \"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("wrong-types.yaml", example().replaceFirst("system:\n", "system:\n  publiclyAccessibleSpace: [1, 2]\n")
                .getBytes(StandardCharsets.UTF_8));
        corpus.put("wrong-types.json", "{\"system\": {\"name\": 12, \"purpose\": {\"a\": 1}}, \"ratings\": \"none\"}"
                .getBytes(StandardCharsets.UTF_8));
        corpus.put("empty.yaml", new byte[0]);
        corpus.put("binary.yaml", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x7f});
        return corpus;
    }

    @Test
    void should_say_what_was_expected_in_the_toolkits_words_when_an_answer_file_is_hostile() throws IOException {
        // GIVEN a hostile corpus
        for (Map.Entry<String, byte[]> e : corpus().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.write(file, e.getValue());
            // WHEN one file is assessed
            CliRun run = CliRun.of("risk", file.toString());
            // THEN it is invalid input, said without Java
            assertThat(run.exitCode()).as(e.getKey() + ": " + run.err()).isEqualTo(ToolkitCli.INVALID_INPUT);
            assertThat(run.err()).as(e.getKey()).contains(e.getKey());
            assertSpeaksNoJava(run);
        }
    }

    @Test
    void should_name_the_expected_form_when_a_date_or_encoding_is_wrong() throws IOException {
        // GIVEN
        Path month = dir.resolve("month.yaml");
        Files.writeString(month, withDate("2028-13-45"));
        Path words = dir.resolve("words.yaml");
        Files.writeString(words, withDate("tomorrow"));
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, example().replaceFirst("name: ", "name: caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1));
        // WHEN / THEN
        assertThat(CliRun.of("risk", month.toString()).err()).contains("YYYY-MM-DD").contains("2028-13-45");
        assertThat(CliRun.of("risk", words.toString()).err()).contains("expected a date as YYYY-MM-DD").contains("tomorrow");
        assertThat(CliRun.of("risk", latin1.toString()).err()).contains("not text encoded as UTF-8");
    }

    @Test
    void should_list_every_problem_in_the_toolkits_words_when_a_batch_holds_the_hostile_corpus() throws IOException {
        // GIVEN the corpus and one good file in a folder
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, byte[]> e : corpus().entrySet()) {
            Files.write(in.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(in.resolve("good.yaml"), example());
        // WHEN
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", dir.resolve("out").toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.out()).contains("1 assessed");
        assertSpeaksNoJava(run);
    }

    @Test
    void should_name_the_path_and_the_reason_with_its_own_exit_code_when_the_output_folder_cannot_be_made() throws IOException {
        // GIVEN an output folder whose parent is a file
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.yaml"), example());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // WHEN
        CliRun batch = CliRun.of("batch", in.toString(), "--out-dir", file.resolve("out").toString());
        CliRun risk = CliRun.of("risk", in.resolve("good.yaml").toString(), "--out", file.resolve("report.json").toString());
        // THEN
        for (CliRun run : new CliRun[] {batch, risk}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ToolkitCli.FILE_ERROR);
            assertThat(run.err()).contains(file.toString()).contains("not a directory").doesNotContain("internal error")
                    .doesNotContain("bug");
            assertSpeaksNoJava(run);
        }
    }

    @Test
    void should_say_permission_denied_when_the_output_folder_is_read_only() throws IOException {
        // GIVEN a read-only output folder (not when the tests run as root, who may write anywhere)
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.yaml"), example());
        Path out = Files.createDirectories(dir.resolve("read-only"));
        Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "the tests run as a user who may write to a read-only folder");
            // WHEN
            CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString());
            // THEN
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ToolkitCli.FILE_ERROR);
            assertThat(run.err()).contains(out.toString()).contains("permission denied");
            assertSpeaksNoJava(run);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void should_document_the_exit_codes_when_help_is_asked() {
        // WHEN
        CliRun run = CliRun.of("--help");
        // THEN
        assertThat(run.out()).contains("Exit codes:").contains("3").contains("could not be read or written")
                .contains("internal error");
    }
}
