package org.raitoolkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The examples that carry EU AI Act facts, classified by the bundled overlay (found through
 * ServiceLoader, as the command line's --jurisdiction EU finds it).
 */
class ExampleEuAiActTest {

    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.builder().discoverRuleSets(ExampleEuAiActTest.class.getClassLoader()).build();
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
            "live-facial-recognition-missing-persons, HIGH_RISK, ESCALATE",
            "retrospective-facial-recognition, HIGH_RISK, ESCALATE",
            "reoffending-risk-score, PROHIBITED, DO_NOT_PROCEED",
            "emergency-call-triage, HIGH_RISK, ESCALATE",
            "hotspot-prediction, MINIMAL, PROCEED_WITH_CONDITIONS"})
    void should_reach_the_expected_eu_category_and_decision_when_an_example_is_read_against_the_act(
            String example, String category, Decision decision) throws IOException {
        // GIVEN the example, with its euAiAct facts
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/raitoolkit/content/examples/risk/" + example + ".yaml")) {
            bytes = in.readAllBytes();
        }
        // WHEN it is assessed with the overlay
        RiskResult result = Holder.ENGINE.assessRisk(AnswerFiles.forPack(Holder.ENGINE.content()).withFactSections(Holder.ENGINE.factSections()).parseRisk(example + ".yaml", bytes));
        // THEN
        assertThat(Holder.ENGINE.ruleSets()).contains("EU-AI-ACT");
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("CATEGORY")).extracting(Finding::code)
                .containsExactly(category);
        assertThat(result.decision()).isEqualTo(decision);
    }
}
