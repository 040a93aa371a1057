package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.ScoringPolicy;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Property 4 of issue 3: mitigation only ever lowers a risk, and every value stays on its scale.
 * Java enums cannot hold an off-scale value, so "on its scale" means present (not null) and
 * consistent with the bands of the content pack.
 */
class ResidualBoundsPropertyTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());

    static LongStream seeds() {
        return Seeds.of(300, 0xD4L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_keep_residual_at_or_below_inherent_and_every_value_on_its_scale_when_any_answers_are_assessed(long seed) {
        // GIVEN generated answers
        RiskAnswers answers = GENERATE.riskAnswers(seed);

        // WHEN they are assessed
        RiskResult result = ENGINE.assessRisk(answers);

        // THEN every factor that applies has a result, on its scale, no worse after mitigation than before
        assertThat(result.factors()).as("seed %d: factors assessed", seed)
                .extracting(FactorResult::factorId)
                .containsExactlyElementsOf(ENGINE.content().riskFactors().stream()
                        .filter(f -> f.appliesTo(answers.system())).map(RiskFactor::id).toList());
        SoftAssertions softly = new SoftAssertions();
        for (FactorResult f : result.factors()) {
            String at = "seed " + seed + ": factor " + f.factorId() + " ";
            softly.assertThat(f.likelihood()).as(at + "likelihood").isNotNull();
            softly.assertThat(f.severity()).as(at + "severity").isNotNull();
            softly.assertThat(f.inherentLevel()).as(at + "inherent level").isNotNull();
            softly.assertThat(f.residualLikelihood()).as(at + "residual likelihood").isNotNull();
            softly.assertThat(f.residualSeverity()).as(at + "residual severity").isNotNull();
            softly.assertThat(f.residualLevel()).as(at + "residual level").isNotNull();
            if (f.residualLevel() == null || f.inherentLevel() == null || f.residualLikelihood() == null
                    || f.residualSeverity() == null || f.likelihood() == null || f.severity() == null) {
                continue;
            }
            softly.assertThat(f.residualLevel()).as(at + "residual level vs inherent").isLessThanOrEqualTo(f.inherentLevel());
            softly.assertThat(f.residualLikelihood()).as(at + "residual likelihood vs inherent").isLessThanOrEqualTo(f.likelihood());
            softly.assertThat(f.residualSeverity()).as(at + "residual severity vs inherent").isLessThanOrEqualTo(f.severity());
            ScoringPolicy policy = ENGINE.content().scoring();
            softly.assertThat(f.inherentLevel()).as(at + "inherent level in its band, or the critical floor")
                    .isEqualTo(floored(policy, f.likelihood().value() * f.severity().value(), f.severity()));
            // The irremediability floor may hold the residual level above its band, never below.
            softly.assertThat(f.residualLevel()).as(at + "residual level at least its band and the critical floor")
                    .isGreaterThanOrEqualTo(floored(policy, f.residualLikelihood().value() * f.residualSeverity().value(),
                            f.residualSeverity()));
            softly.assertThat(f.likelihood().value() - f.residualLikelihood().value()).as(at + "likelihood reduction within the cap")
                    .isLessThanOrEqualTo(policy.mitigationCap().likelihoodSteps());
        }
        // ... and every principle, the overall level and the decision are set
        softly.assertThat(result.principles()).as("seed %d: core principles", seed)
                .hasSameSizeAs(ENGINE.content().principles())
                .extracting(PrincipleResult::level).doesNotContainNull();
        softly.assertThat(result.instrumentalPrinciples()).as("seed %d: instrumental principles", seed)
                .hasSameSizeAs(ENGINE.content().instrumentalPrinciples())
                .extracting(PrincipleResult::level).doesNotContainNull();
        softly.assertThat(result.overallLevel()).as("seed %d: overall level", seed).isNotNull();
        softly.assertThat(result.decision()).as("seed %d: decision", seed).isNotNull();
        softly.assertAll();
    }

    /** The band of {@code score}, raised to the policy's floor when the severity is CRITICAL. */
    private static RiskLevel floored(ScoringPolicy policy, int score, Severity severity) {
        RiskLevel band = policy.riskLevel(score);
        return severity == Severity.CRITICAL ? RiskLevel.max(band, policy.severityFloors().criticalSeverityAtLeast()) : band;
    }
}
