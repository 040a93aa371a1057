package org.raitoolkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/** The embedding example does what its Javadoc and docs/examples.md say it does. */
class EmbeddingExampleTest {

    /** Shared with ExampleUseCasesTest, so the rules are compiled once per test JVM. */
    private static final ToolkitEngine ENGINE = ExampleUseCasesTest.ENGINE;

    @Test
    void should_proceed_with_conditions_when_the_example_planner_is_assessed() {
        // GIVEN the example's profile and ratings

        // WHEN
        RiskResult result = EmbeddingExample.assess(ENGINE);

        // THEN model drift is rated POSSIBLE x MODERATE with no mitigation in place: MEDIUM
        assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CONDITIONS);
        assertThat(result.overallLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.decisionReasons()).extracting(Reason::ruleId).contains("DECISION-MEDIUM");
        assertThat(result.factors()).hasSize(5);
        assertThat(result.recommendations()).isNotEmpty();
    }

    @Test
    void should_print_the_decision_and_its_reasons_when_the_input_is_valid() {
        // GIVEN
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // WHEN
        boolean printed = EmbeddingExample.print(ENGINE, EmbeddingExample.planner(), EmbeddingExample.plannerRatings(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // THEN
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).isTrue();
        assertThat(out).startsWith("Shift patrol-route planner: PROCEED_WITH_CONDITIONS (overall risk MEDIUM)")
                .contains("because [DECISION-MEDIUM]");
    }

    @Test
    void should_print_every_problem_when_a_rating_is_missing_and_one_is_off_the_list() {
        // GIVEN the example's ratings without model drift, plus a factor that does not apply
        Map<String, FactorRating> ratings = new HashMap<>(EmbeddingExample.plannerRatings());
        ratings.remove("RF-MODEL-DRIFT");
        ratings.put("RF-GENAI-FABRICATION", ratings.get("RF-ACCOUNTABILITY-GAP"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // WHEN
        boolean printed = EmbeddingExample.print(ENGINE, EmbeddingExample.planner(), ratings,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // THEN both problems are reported, not only the first
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).isFalse();
        assertThat(out).startsWith("The assessment input is not valid:")
                .contains("missing rating for risk factor 'RF-MODEL-DRIFT'")
                .contains("'RF-GENAI-FABRICATION' does not apply");
    }
}
