package org.example.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * This module is the README's consumer: its pom and its Java program hold the README's snippets
 * between markers, so building it compiles them as given. These tests keep the README and the
 * module the same, run the program against the output the README shows, and check that such a
 * consumer, without Apache POI, still assesses with a DRL and a CSV decision-table rule set.
 */
class ReadmeConsumerTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void should_hold_the_readme_pom_snippet_when_the_pom_is_read() throws IOException {
        // GIVEN the README's consumer snippet and this module's pom
        String snippet = fenced(Files.readString(README), "xml", "<artifactId>toolkit-rules</artifactId>");
        String pom = Files.readString(Path.of("pom.xml"));
        // WHEN the pom's lines between the markers are taken
        String between = between(pom, "<!-- README consumer snippet: begin -->", "<!-- README consumer snippet: end -->");
        // THEN they are the README's, line for line
        assertThat(dedent(between)).isEqualTo(dedent(snippet));
    }

    @Test
    void should_hold_the_readme_java_snippet_when_the_program_is_read() throws IOException {
        // GIVEN the README's Java snippet and this module's program
        String snippet = fenced(Files.readString(README), "java", "ToolkitEngine engine = ToolkitEngine.withDefaults();");
        String program = Files.readString(Path.of("src/main/java/org/example/agency/PatrolPlannerCheck.java"));
        // WHEN the program's lines between the markers are taken
        String between = between(program, "// README java snippet: begin", "// README java snippet: end");
        // THEN they are the README's, line for line
        assertThat(dedent(between)).isEqualTo(dedent(snippet));
    }

    @Test
    void should_print_what_the_readme_shows_when_the_program_runs() throws IOException {
        // GIVEN the output the README shows after "It prints:"
        String readme = Files.readString(README);
        String shown = readme.substring(readme.indexOf("It prints:"));
        shown = fenced(shown, "text", "Shift patrol-route planner");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        // WHEN the program runs
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            PatrolPlannerCheck.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        // THEN it prints exactly that
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(shown.strip());
    }

    @Test
    void should_assess_with_drl_and_csv_rule_sets_when_apache_poi_is_not_on_the_class_path() throws IOException {
        // GIVEN a consumer without Apache POI, and a rule set of a DRL file and a CSV decision table
        assertThatThrownBy(() -> Class.forName("org.apache.poi.ss.usermodel.Workbook"))
                .isInstanceOf(ClassNotFoundException.class);
        Path dir = Files.createTempDirectory("consumer-rules");
        Files.copy(Path.of("src/test/resources/retention/retention.drl.csv"), dir.resolve("retention.drl.csv"));
        Files.writeString(dir.resolve("notice.drl"), """
                package org.example.national.notice;
                import java.util.List;
                import org.raitoolkit.model.Finding;
                import org.raitoolkit.model.SystemProfile;
                global org.raitoolkit.rules.spi.Explanations why;
                rule "Biometric systems need a national notice"
                    @id("NL-NOTICE-BIOMETRIC")
                    @description("A system that processes biometric data needs a notice under the example act.")
                    ruleflow-group "risk-recommend"
                when
                    SystemProfile( processesBiometricData == true )
                then
                    insert(new Finding("NATIONAL-LAW", "NOTICE", "BIOMETRIC-NOTICE", "publish a notice of the biometric use",
                            "Example Notice Act s.2", List.of(why.because("the system processes biometric data"))));
                end
                """);
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("NATIONAL-LAW", dir)).build();
        BundledExamples.Example example = BundledExamples.list("risk").stream()
                .filter(e -> e.name().equals("retrospective-facial-recognition.yaml")).findFirst().orElseThrow();
        // The example also carries the typed facts of the EU rule set, whose jar this consumer does
        // not use: a reader refuses a section no rule set declares, so the test leaves it out.
        RiskAnswers answers = AnswerFiles.forPack(engine.content()).parseRisk(example.name(), withoutSection(example.bytes(), "euAiAct"));
        // WHEN a custody-image system that processes biometric data is assessed
        RiskResult result = engine.assessRisk(answers);
        // THEN both files' rules fired
        Map<String, List<String>> codes = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::kind, Collectors.mapping(Finding::code, Collectors.toList())));
        assertThat(codes).containsEntry("NOTICE", List.of("BIOMETRIC-NOTICE"));
        assertThat(codes.get("RETENTION")).contains("CUSTODY-IMAGES-6-MONTHS");
        assertThat(result.firedRules()).contains("NL-NOTICE-BIOMETRIC", "NL-RETENTION-CUSTODY");
    }

    /** {@code yaml} without the block under {@code system.<key>}. */
    private static byte[] withoutSection(byte[] yaml, String key) {
        List<String> kept = new java.util.ArrayList<>();
        boolean inSection = false;
        for (String line : new String(yaml, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.equals("  " + key + ":")) {
                inSection = true;
            } else if (inSection && !line.startsWith("    ")) {
                inSection = false;
            }
            if (!inSection) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first fenced block of {@code language} that contains {@code marker}. */
    private static String fenced(String text, String language, String marker) {
        Matcher m = Pattern.compile("(?s)```" + language + "\\n(.*?)```").matcher(text);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no ```" + language + " block containing '" + marker + "'");
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as(begin).isNotNegative();
        assertThat(to).as(end).isGreaterThan(from);
        return text.substring(text.indexOf('\n', from) + 1, text.lastIndexOf('\n', to));
    }

    /** The lines with their common indentation removed, blank lines at either end dropped. */
    private static String dedent(String block) {
        return block.stripIndent().strip();
    }
}
