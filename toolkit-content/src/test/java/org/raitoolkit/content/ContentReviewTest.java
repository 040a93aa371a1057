package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Faults a legal review found in the pack's and the examples' wording, each checked so that it
 * cannot come back: vocabulary tied to one country, the old "ensure" reading of the AI-literacy
 * duty, and two example texts that must state a legal point a reader would otherwise miss.
 */
class ContentReviewTest {

    private static final Path CONTENT = Path.of("src", "main", "resources", "org", "raitoolkit", "content");

    /** Terms of one country's policing (a case name such as "R (Bridges) v Chief Constable" is a citation, not vocabulary). */
    private static final Pattern COUNTRY_BOUND = Pattern.compile(
            "(?i)\\bpolice forces?\\b|\\bthe force'?s?\\b|\\bforce-wide\\b|\\bacross the force\\b|\\bcrime commissioners?\\b"
                    + "|\\bcommon[- ]law powers?\\b|(?<!v )\\bchief constables?\\b|\\bhome office\\b");

    @Test
    void should_use_no_vocabulary_tied_to_one_country_when_any_pack_or_example_file_is_read() throws IOException {
        // GIVEN every file of the default pack and of the bundled examples
        List<String> hits = new ArrayList<>();
        // WHEN we look for terms of one country's policing
        List<Path> files = new ArrayList<>(yamlFiles());
        // and the pages that repeat their texts: the README, the docs and the examples' explanations
        files.add(Path.of("..", "README.md"));
        files.add(Path.of("..", "toolkit-examples", "src", "test", "resources", "expected-decisions.yaml"));
        try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = COUNTRY_BOUND.matcher(lines[i]);
                if (m.find()) {
                    hits.add(file + ":" + (i + 1) + " '" + m.group() + "'");
                }
            }
        }
        // THEN there are none
        assertThat(hits).isEmpty();
    }

    @Test
    void should_describe_the_ai_literacy_duty_as_one_of_effort_when_a_text_mentions_it() throws IOException {
        // GIVEN every sentence of the pack that mentions AI literacy
        List<String> wrong = new ArrayList<>();
        for (Path file : yamlFiles()) {
            String text = read(file).replaceAll("\\s+", " ");
            for (String sentence : text.split("(?<=[.;])\\s")) {
                // WHEN it says deployers "ensure" a level of literacy, the wording before Regulation (EU) 2026/1744
                if (sentence.contains("AI literacy") && sentence.matches("(?i).*\\bensure.*")) {
                    wrong.add(CONTENT.relativize(file) + ": " + sentence);
                }
            }
        }
        // THEN no text does
        assertThat(wrong).isEmpty();
    }

    @Test
    void should_state_the_national_law_point_in_the_number_plate_example_when_its_report_is_read() throws IOException {
        // GIVEN the number-plate example, whose rationale is printed in every report
        String example = read(CONTENT.resolve("examples/risk/number-plate-recognition.yaml"));
        // WHEN / THEN it names the constitutional case law that bars suspicionless reading
        assertThat(example.replaceAll("\\s+", " "))
                .contains("National-law point")
                .contains("1 BvR 2074/05")
                .contains("1 BvR 142/15")
                .contains("DO_NOT_PROCEED");
    }

    @Test
    void should_say_that_authorisation_is_likely_refused_in_the_live_facial_recognition_example() throws IOException {
        // GIVEN the live facial recognition example, whose rationale is printed in every report
        String example = read(CONTENT.resolve("examples/risk/live-facial-recognition-missing-persons.yaml"));
        // WHEN / THEN it says why a standing watchlist at a large event is unlikely to be authorised
        assertThat(example.replaceAll("\\s+", " "))
                .contains("authorisation is likely to be refused")
                .contains("Art. 5(3) EU AI Act");
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
