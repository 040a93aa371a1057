package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.testkit.SampleInputs;

/**
 * The command line against input made to hurt: markup, script, Markdown and terminal control
 * characters, very long lines, file names that climb out of folders, and a broken rule set.
 * Report formats themselves are covered by toolkit-reporting's EscapingTest; these are the
 * outputs the command line writes on its own.
 */
class HostileInputCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Text that would be markup, a link, a table row, a heading, or a terminal command if printed raw. */
    private static final String HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) | cell | *bold* `code`\n"
            + "# heading\n- item & \"quoted\" 'single' \u001b[2J\u001b]0;title\u0007 \r\u202Eevil";

    /** A purpose may hold 4,000 characters; this is one line of nearly that many. */
    private static final String LONG_LINE = "L".repeat(3_990);

    @TempDir
    Path dir;

    private static RiskAnswers sample(long seed) {
        return SampleInputs.risk(ContentPacks.defaults(), seed, 1).get(0);
    }

    private static RiskAnswers named(RiskAnswers answers, String name, String purpose) {
        return new RiskAnswers(answers.system().toBuilder().name(name).purpose(purpose).build(), answers.ratings(),
                answers.organisationalReadiness());
    }

    /** Control characters that could move a terminal's cursor, clear it, or retitle it. */
    private static void assertNoTerminalControls(String text) {
        assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)))
                .as("control characters in %s", text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text)
                .isEmpty();
    }

    @Test
    void should_exit_2_with_file_and_line_and_no_stack_trace_when_an_extension_rule_file_is_broken() throws IOException {
        // GIVEN a rule folder with a DRL syntax error on line 8
        Path rules = Files.createDirectories(dir.resolve("national-rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package org.example.broken;

                global org.raitoolkit.rules.spi.Explanations why;

                rule "A rule with a syntax error"
                    @id("BROKEN-1")
                when
                    $p : org.raitoolkit.model.SystemProfile( realTime == )
                then
                end
                """);
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, AnswerFiles.toYaml(sample(1L)));
        // WHEN
        CliRun run = CliRun.of("--rules", rules.toString(), "risk", answers.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).containsPattern("broken\\.drl:8\\b");
        assertThat(run.out()).isEmpty();
        assertThat(run.clean()).as(run.err()).isTrue();
    }

    @Test
    @Timeout(120)
    void should_exit_2_and_write_no_report_when_a_batch_runs_with_a_broken_extension_rule_file() throws IOException {
        // GIVEN a rule folder with a DRL syntax error on line 5, and 40 systems to assess: the
        // batch starts reading them while the engine is built
        Path rules = Files.createDirectories(dir.resolve("national-rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package org.example.broken;

                rule "A rule with a syntax error"
                when
                    $p : org.raitoolkit.model.SystemProfile( realTime == )
                then
                end
                """);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 21L, 40);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve("s" + i + ".yaml"), AnswerFiles.toYaml(systems.get(i)));
        }
        Path out = dir.resolve("out");
        // WHEN
        CliRun run = CliRun.of("--rules", rules.toString(), "batch", in.toString(), "--out-dir", out.toString());
        // THEN the rule file's error ends the batch, and nothing was written
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).containsPattern("broken\\.drl:5\\b");
        assertThat(run.clean()).as(run.err()).isTrue();
        assertThat(out.resolve("systems")).doesNotExist();
        assertThat(out.resolve("summary.json")).doesNotExist();
    }

    @Test
    void should_write_only_inside_the_output_folder_when_input_file_names_climb_out() throws IOException {
        // GIVEN answer files whose names would climb out of a folder if used as paths
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> names = List.of("...yaml", "..yaml", "..%2f..%2fescape.yaml", "..\\..\\escape.yaml", "-rf.yaml",
                ".hidden.yaml", "a\nb.yaml", "\u202Egnp.yaml", "x".repeat(200) + ".yaml");
        for (int i = 0; i < names.size(); i++) {
            Files.writeString(in.resolve(names.get(i)), AnswerFiles.toYaml(sample(i)));
        }
        Path out = dir.resolve("out");
        Set<Path> before = files(dir);
        // WHEN
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString(), "--format", "json,markdown,html");
        // THEN every system is reported, and every new file is in the output folder
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(names.size() + " systems: " + names.size() + " assessed");
        Set<Path> written = files(dir);
        written.removeAll(before);
        assertThat(written).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(out));
        try (Stream<Path> s = Files.list(out.resolve("systems"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(names.size());
        }
    }

    @Test
    void should_escape_every_system_name_in_the_portfolio_table_when_names_carry_markup() throws IOException {
        // GIVEN systems named with markup, table cells, control characters and a very long line
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("hostile.yaml"), AnswerFiles.toYaml(named(sample(1L), "Camera " + HOSTILE, "Purpose")));
        Files.writeString(in.resolve("long.yaml"), AnswerFiles.toYaml(named(sample(2L), "N" + "x".repeat(199), LONG_LINE)));
        Files.writeString(in.resolve("<img src=x onerror=alert(1)>.yaml"), AnswerFiles.toYaml(sample(3L)));
        Path out = dir.resolve("out");
        // WHEN
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString());
        // THEN the Markdown summary shows the names as text: no markup, link, row or heading of theirs
        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(out.resolve("summary.md"));
        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").doesNotContainPattern("(?<!\\\\)<img")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript").contains("\\<script\\>");
        assertThat(md.lines()).noneMatch(l -> l.startsWith("# heading")).noneMatch(l -> l.startsWith("- item"));
        assertNoTerminalControls(md);
        // AND every row of the systems table has its five cells
        List<String> rows = md.lines().dropWhile(l -> !l.startsWith("| File |")).skip(2).takeWhile(l -> l.startsWith("|")).toList();
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(7));
        // AND the JSON summary keeps the names as data
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("rows").findValuesAsText("system")).contains("Camera " + HOSTILE);
    }

    @Test
    void should_print_no_terminal_control_and_no_endless_line_when_a_diff_shows_hostile_text() throws IOException {
        // GIVEN two assessments of a system, the later one renamed with control characters and a very long purpose
        RiskAnswers a = sample(5L);
        RiskAnswers b = named(a, "Renamed " + HOSTILE, LONG_LINE);
        Path old = dir.resolve("old.yaml");
        Path neu = dir.resolve("new.yaml");
        Files.writeString(old, AnswerFiles.toYaml(a));
        Files.writeString(neu, AnswerFiles.toYaml(b));
        // WHEN
        CliRun text = CliRun.of("diff", old.toString(), neu.toString());
        CliRun json = CliRun.of("diff", old.toString(), neu.toString(), "--format", "json");
        // THEN the text names the changes, with control characters shown as escapes and long values cut
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("system.name: ").contains("\\u001b[2J").contains("system.purpose: ");
        assertNoTerminalControls(text.out());
        assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(1_000));
        // AND the JSON keeps the text exactly
        assertThat(json.exitCode()).as(json.err()).isZero();
        Map<String, String> after = new LinkedHashMap<>();
        JSON.readTree(json.out()).path("changes").forEach(c -> after.put(c.path("path").asText(), c.path("after").asText()));
        assertThat(after).containsEntry("system.name", "Renamed " + HOSTILE).containsEntry("system.purpose", LONG_LINE);
    }

    @Test
    void should_print_no_terminal_control_when_an_answer_file_names_an_unknown_id_made_of_controls() throws IOException {
        // GIVEN a risk answer file (JSON allows any character through escapes) rating a factor whose id clears the screen
        RiskAnswers answers = sample(7L);
        Map<String, Object> ratings = new LinkedHashMap<>(answers.ratings());
        ratings.put("RF-\u001b[2J\u001b]0;pwned\u0007", answers.ratings().values().iterator().next());
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("system", answers.system());
        file.put("ratings", ratings);
        Path json = dir.resolve("controls.json");
        Files.writeString(json, JSON.writeValueAsString(file), StandardCharsets.UTF_8);
        // WHEN
        CliRun risk = CliRun.of("risk", json.toString());
        CliRun batch = CliRun.of("batch", dir.toString(), "--out-dir", dir.resolve("out").toString());
        // THEN the problem is reported with the id shown as escapes
        assertThat(risk.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(risk.err()).contains("unknown risk factor 'RF-\\u001b[2J");
        assertNoTerminalControls(risk.err());
        assertThat(batch.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(batch.err()).contains("unknown risk factor 'RF-\\u001b[2J");
        assertNoTerminalControls(batch.err() + batch.out());
    }

    @Test
    void should_write_valid_yaml_that_reads_back_the_same_text_when_a_template_is_made_from_a_hostile_profile() throws IOException {
        // GIVEN profiles whose texts are YAML syntax, markup, control characters and a long line
        List<String> texts = List.of(HOSTILE, "key: value # not a comment", "- item", "--- \n...", "&anchor *alias !tag %YAML @x `y`",
                "{flow: [map]}", "'single' \"double\" \\back\\slash", "true", "no", "null", "~", "1e3", "0x1F", "0123", "1_000", "0o17", "0b101", "12:30", "+12", "-.5", ".NaN",
                ".inf", "2026-11-27", "  leading and trailing  ", "tab\there", "line\nbreak\r\nand crlf", "\u00e9\u4e2d\ud83d\ude00",
                LONG_LINE);
        SoftAssertions softly = new SoftAssertions();
        for (String text : texts) {
            SystemProfile profile = sample(11L).system().toBuilder()
                    .name(text.length() > 200 ? text.substring(0, 200) : text).purpose(text)
                    .attribute("note", text.length() > 1_000 ? text.substring(0, 1_000) : text)
                    .attribute(text.length() > 100 ? text.substring(0, 100) : text, "as a key").build();
            Path profileFile = dir.resolve("profile.json");
            Files.writeString(profileFile, JSON.writeValueAsString(Map.of("system", profile)), StandardCharsets.UTF_8);
            Path template = dir.resolve("template.yaml");
            // WHEN
            CliRun made = CliRun.of("new", "risk", "--profile", profileFile.toString(), "--out", template.toString());
            // THEN the template's system section reads back as the same profile
            assertThat(made.exitCode()).as(made.err()).isZero();
            SystemProfile back = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(HostileInputCommandsTest.class.getClassLoader())).readSystem(template);
            softly.assertThat(back).as("profile read back from a template made for %s", printable(text)).isEqualTo(profile);
        }
        softly.assertAll();
    }

    private static String printable(String text) {
        return text.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** Every regular file under {@code root}. */
    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }
}
