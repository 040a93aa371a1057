package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Property 2 of issue 3: a profile fact that makes a system worse never lowers a level. The
 * system is assessed without the fact, then with it; factors that only apply with the fact get
 * generated ratings, and the ratings of the others stay as they were.
 */
class AggravatingFactPropertyTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());

    /** A fact that makes a system worse: the profile without it, and the same profile with it. */
    enum AggravatingFact {
        VULNERABLE_GROUPS_AFFECTED(
                p -> p.toBuilder().affectsVulnerableGroups(false).build(),
                p -> p.toBuilder().affectsVulnerableGroups(true).build()),
        // Human review stays off on both sides: switching it changes which factors apply
        // (automation bias against no review), which is another question.
        AUTOMATED_LEGAL_DECISION_WITHOUT_REVIEW(
                p -> p.toBuilder().automatedDecisionWithLegalEffect(false).humanReviewOfOutputs(false).build(),
                p -> p.toBuilder().automatedDecisionWithLegalEffect(true).build()),
        LEGAL_BASIS_BECOMES_UNCLEAR(
                p -> p.toBuilder().legalBasis(LegalBasis.YES).build(),
                p -> p.toBuilder().legalBasis(LegalBasis.UNCLEAR).build()),
        LEGAL_BASIS_LOST(
                p -> p.toBuilder().legalBasis(p.legalBasis() == LegalBasis.NO ? LegalBasis.UNCLEAR : p.legalBasis()).build(),
                p -> p.toBuilder().legalBasis(LegalBasis.NO).build());

        final UnaryOperator<SystemProfile> without;
        final UnaryOperator<SystemProfile> with;

        AggravatingFact(UnaryOperator<SystemProfile> without, UnaryOperator<SystemProfile> with) {
            this.without = without;
            this.with = with;
        }
    }

    static Stream<Arguments> seedsAndFacts() {
        return Seeds.of(120, 0xB2L).boxed()
                .flatMap(seed -> Stream.of(AggravatingFact.values()).map(fact -> Arguments.of(seed, fact)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seedsAndFacts")
    void should_never_lower_a_level_nor_soften_the_decision_when_an_aggravating_profile_fact_is_added(
            long seed, AggravatingFact fact) {
        // GIVEN a generated system without the fact, and the same system with it
        SplittableRandom random = new SplittableRandom(seed);
        SystemProfile plain = fact.without.apply(GENERATE.profile(random));
        RiskInputGenerator.RatingStyle style = RiskInputGenerator.RatingStyle.draw(random);
        Map<String, FactorRating> plainRatings = GENERATE.ratingsFor(plain, style, random);
        ReadinessLevel readiness = GENERATE.organisationalReadiness(random);
        SystemProfile aggravated = fact.with.apply(plain);
        Map<String, FactorRating> aggravatedRatings = GENERATE.completeRatings(aggravated, plainRatings, style, random);

        // WHEN both are assessed
        RiskResult before = ENGINE.assessRisk(new RiskAnswers(plain, plainRatings, readiness));
        RiskResult after = ENGINE.assessRisk(new RiskAnswers(aggravated, aggravatedRatings, readiness));

        // THEN no factor drops out, and nothing is lower
        assertThat(after.factors()).as("seed %d, %s: factors assessed", seed, fact)
                .extracting(FactorResult::factorId)
                .containsAll(before.factors().stream().map(FactorResult::factorId).toList());
        RiskResultAssert.assertThat(after).as("seed %d, %s", seed, fact).isNowhereMilderThan(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("readinessSeeds")
    void should_never_soften_the_decision_when_organisational_readiness_falls_to_beginning(long seed) {
        // GIVEN a generated system assessed by an agency of known readiness, and by a beginning one
        SplittableRandom random = new SplittableRandom(seed);
        RiskAnswers generated = GENERATE.riskAnswers(random);
        ReadinessLevel known = ReadinessLevel.values()[1 + random.nextInt(3)];
        RiskAnswers ready = new RiskAnswers(generated.system(), generated.ratings(), known);
        RiskAnswers beginning = new RiskAnswers(generated.system(), generated.ratings(), ReadinessLevel.BEGINNING);

        // WHEN both are assessed
        RiskResult before = ENGINE.assessRisk(ready);
        RiskResult after = ENGINE.assessRisk(beginning);

        // THEN nothing is lower
        RiskResultAssert.assertThat(after).as("seed %d, readiness %s -> BEGINNING", seed, known).isNowhereMilderThan(before);
    }

    static LongStream readinessSeeds() {
        return Seeds.of(60, 0xB3L);
    }
}
