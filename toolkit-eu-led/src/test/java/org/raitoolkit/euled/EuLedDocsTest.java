package org.raitoolkit.euled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.FactField;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.ToolkitEngine;

/** docs/eu-led.md lists every rule of the set and every fact of the euLed section. */
class EuLedDocsTest {

    private static final Path DOC = Path.of("..", "docs", "eu-led.md");

    @Test
    void should_list_every_rule_and_every_fact_on_the_page() throws IOException {
        // GIVEN the page and the rule set
        String doc = Files.readString(DOC);
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuLed.ruleSet()).build();
        // THEN each rule id and each fact is in a table row
        assertThat(engine.rules()).filteredOn(r -> r.ruleSet().equals(EuLed.RULE_SET_ID)).extracting(RuleInfo::id)
                .allSatisfy(id -> assertThat(doc).as("docs/eu-led.md lists rule " + id).contains("| `" + id + "` |"));
        assertThat(EuLed.FACTS.fields()).extracting(FactField::name)
                .allSatisfy(name -> assertThat(doc).as("docs/eu-led.md lists fact " + name).contains("| `" + name + "` |"));
        // AND the count of rules it gives is right
        long rules = engine.rules().stream().filter(r -> r.ruleSet().equals(EuLed.RULE_SET_ID)).count();
        assertThat(doc).contains(rules + " rules in ten files");
    }

    @Test
    void should_show_the_euled_section_of_the_live_facial_recognition_example_as_it_is_in_the_example() throws IOException {
        // GIVEN the bundled example and the page
        String example;
        try (var in = EuLedDocsTest.class.getClassLoader()
                .getResourceAsStream("org/raitoolkit/content/examples/risk/live-facial-recognition-missing-persons.yaml")) {
            example = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String section = example.substring(example.indexOf("  # Facts for the Law Enforcement Directive"), example.indexOf("ratings:")).strip();
        // THEN the worked example on the page shows the section verbatim
        assertThat(Files.readString(DOC)).contains(section);
    }
}
