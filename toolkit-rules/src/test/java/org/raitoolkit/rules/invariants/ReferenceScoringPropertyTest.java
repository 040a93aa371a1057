package org.raitoolkit.rules.invariants;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.PrincipleResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.ReferenceRiskScorer.Expected;
import org.raitoolkit.rules.invariants.ReferenceRiskScorer.ExpectedFactor;

/**
 * Property 5 of issue 3: on generated answers, the Drools rules compute exactly what the plain
 * Java {@link ReferenceRiskScorer} computes from the default risk method: every factor's ratings
 * and levels, every principle's level and the factors or principles at it, the overall level and
 * the decision.
 */
class ReferenceScoringPropertyTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());
    private static final ReferenceRiskScorer REFERENCE = new ReferenceRiskScorer(ENGINE.content());

    static LongStream seeds() {
        return Seeds.of(400, 0xE5L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_equal_the_reference_scoring_when_generated_answers_are_assessed(long seed) {
        // GIVEN generated answers and what the reference scoring makes of them
        RiskAnswers answers = GENERATE.riskAnswers(seed);
        Expected expected = REFERENCE.score(answers);

        // WHEN the rules assess them
        RiskResult actual = ENGINE.assessRisk(answers);

        // THEN every factor, principle, the overall level and the decision agree
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.factors()).as("seed %d: factors assessed", seed)
                .extracting(FactorResult::factorId).containsExactlyElementsOf(expected.factors().keySet());
        for (FactorResult f : actual.factors()) {
            ExpectedFactor e = expected.factors().get(f.factorId());
            if (e == null) {
                continue;
            }
            String at = "seed " + seed + ": factor " + f.factorId() + " rated " + answers.ratings().get(f.factorId()) + " ";
            softly.assertThat(f.likelihood()).as(at + "likelihood").isEqualTo(e.likelihood());
            softly.assertThat(f.severity()).as(at + "severity").isEqualTo(e.severity());
            softly.assertThat(f.inherentLevel()).as(at + "inherent level").isEqualTo(e.inherentLevel());
            softly.assertThat(f.mitigationsApplied()).as(at + "mitigations applied").isEqualTo(e.mitigationsApplied());
            softly.assertThat(f.residualLikelihood()).as(at + "residual likelihood").isEqualTo(e.residualLikelihood());
            softly.assertThat(f.residualSeverity()).as(at + "residual severity").isEqualTo(e.residualSeverity());
            softly.assertThat(f.residualLevel()).as(at + "residual level").isEqualTo(e.residualLevel());
        }
        softly.assertThat(levels(actual.instrumentalPrinciples())).as("seed %d: instrumental principle levels", seed)
                .containsExactlyEntriesOf(expected.instrumentalLevels());
        softly.assertThat(levels(actual.principles())).as("seed %d: core principle levels", seed)
                .containsExactlyEntriesOf(expected.coreLevels());
        for (PrincipleResult p : actual.instrumentalPrinciples()) {
            softly.assertThat(new HashSet<>(p.factors())).as("seed %d: factors at the level of %s", seed, p.principleId())
                    .isEqualTo(expected.instrumentalSources().get(p.principleId()));
        }
        for (PrincipleResult p : actual.principles()) {
            softly.assertThat(new HashSet<>(p.factors())).as("seed %d: instrumental principles at the level of %s", seed, p.principleId())
                    .isEqualTo(expected.coreSources().get(p.principleId()));
        }
        softly.assertThat(actual.overallLevel()).as("seed %d: overall level", seed).isEqualTo(expected.overallLevel());
        softly.assertThat(actual.decision()).as("seed %d: decision (legal basis %s, readiness %s)", seed,
                answers.system().legalBasis(), answers.organisationalReadiness()).isEqualTo(expected.decision());
        softly.assertAll();
    }

    private static Map<String, RiskLevel> levels(List<PrincipleResult> principles) {
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        principles.forEach(p -> levels.put(p.principleId(), p.level()));
        return levels;
    }
}
