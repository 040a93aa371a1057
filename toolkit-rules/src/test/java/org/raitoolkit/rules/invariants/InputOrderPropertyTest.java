package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Property 3 of issue 3: the order in which a caller lists its answers never changes a result,
 * down to the reasons and their order. The same answers are given in their generated order and
 * in a shuffled one, and the two results must be equal.
 */
class InputOrderPropertyTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());

    static LongStream seeds() {
        return Seeds.of(120, 0xC3L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_give_an_identical_risk_result_when_ratings_and_mitigations_come_in_any_order(long seed) {
        // GIVEN generated risk answers, and the same answers with ratings, mitigations and data sources reordered
        SplittableRandom random = new SplittableRandom(seed);
        RiskAnswers answers = GENERATE.riskAnswers(random);
        Map<String, FactorRating> reordered = new LinkedHashMap<>();
        RiskInputGenerator.shuffled(answers.ratings(), random).forEach((id, r) -> reordered.put(id,
                new FactorRating(r.likelihood(), r.severity(), r.severityCriteria(),
                        RiskInputGenerator.shuffled(r.mitigations(), random), r.rationale())));
        SystemProfile profile = answers.system().toBuilder()
                .dataSources(new HashSet<>(RiskInputGenerator.shuffled(new ArrayList<>(answers.system().dataSources()), random)))
                .build();
        RiskAnswers shuffled = new RiskAnswers(profile, reordered, answers.organisationalReadiness());

        // WHEN both are assessed
        RiskResult inOrder = ENGINE.assessRisk(answers);
        RiskResult outOfOrder = ENGINE.assessRisk(shuffled);

        // THEN the results are equal, reasons and all
        assertThat(outOfOrder).as("seed %d: risk result of shuffled answers", seed).isEqualTo(inOrder);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_give_an_identical_readiness_result_when_answers_come_in_any_order(long seed) {
        // GIVEN generated readiness answers, and the same answers reordered
        SplittableRandom random = new SplittableRandom(seed);
        ReadinessAnswers answers = GENERATE.readinessAnswers(random);
        ReadinessAnswers shuffled = new ReadinessAnswers(answers.agency(), RiskInputGenerator.shuffled(answers.answers(), random));

        // WHEN / THEN
        assertThat(ENGINE.assessReadiness(shuffled)).as("seed %d: readiness result of shuffled answers", seed)
                .isEqualTo(ENGINE.assessReadiness(answers));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_give_an_identical_workbook_result_when_answers_come_in_any_order(long seed) {
        // GIVEN an assessed system and generated workbook answers, and the same answers reordered
        SplittableRandom random = new SplittableRandom(seed);
        RiskResult risk = ENGINE.assessRisk(GENERATE.riskAnswers(random));
        LifecycleStage stage = RiskInputGenerator.pick(random, LifecycleStage.values());
        WorkbookAnswers answers = GENERATE.workbookAnswers(risk.system().name(), stage, random);
        WorkbookAnswers shuffled = new WorkbookAnswers(answers.system(), RiskInputGenerator.shuffled(answers.answers(), random));

        // WHEN / THEN
        assertThat(ENGINE.evaluateWorkbook(risk, stage, shuffled)).as("seed %d: workbook result of shuffled answers", seed)
                .isEqualTo(ENGINE.evaluateWorkbook(risk, stage, answers));
    }
}
