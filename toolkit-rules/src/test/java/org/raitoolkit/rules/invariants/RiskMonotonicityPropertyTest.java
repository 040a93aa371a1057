package org.raitoolkit.rules.invariants;

import static org.raitoolkit.rules.invariants.RiskResultAssert.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Property 1 of issue 3: a worse rating, or one mitigation fewer, can never make any result
 * milder. For each seed, every factor of a generated assessment is changed in each way that
 * applies to it (likelihood one step up; severity, or one UNGP criterion, one step up; one
 * mitigation in place removed), one change at a time.
 */
class RiskMonotonicityPropertyTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());

    static LongStream seeds() {
        return Seeds.of(150, 0xA1L);
    }

    /** One change to one factor's rating, described for failure messages. */
    private record Change(String description, String factorId, FactorRating rating) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_never_lower_a_level_nor_soften_the_decision_when_a_rating_rises_or_a_mitigation_is_removed(long seed) {
        // GIVEN a generated assessment and every single-step worsening of each of its ratings
        SplittableRandom random = new SplittableRandom(seed);
        RiskAnswers answers = GENERATE.riskAnswers(random);
        List<Change> changes = new ArrayList<>();
        answers.ratings().forEach((id, rating) -> changes.addAll(worsenings(id, rating, random)));

        // WHEN each is assessed alongside the original
        RiskResult before = ENGINE.assessRisk(answers);
        for (Change change : changes) {
            Map<String, FactorRating> ratings = new LinkedHashMap<>(answers.ratings());
            ratings.put(change.factorId(), change.rating());
            RiskResult after = ENGINE.assessRisk(new RiskAnswers(answers.system(), ratings, answers.organisationalReadiness()));

            // THEN nothing is lower and the decision is no milder
            assertThat(after).as("seed %d: %s", seed, change.description()).isNowhereMilderThan(before);
        }
    }

    private static List<Change> worsenings(String id, FactorRating r, SplittableRandom random) {
        List<Change> changes = new ArrayList<>();
        if (r.likelihood().value() < 5) {
            Likelihood up = Likelihood.clamped(r.likelihood().value() + 1);
            changes.add(new Change(id + " likelihood " + r.likelihood() + " -> " + up, id,
                    new FactorRating(up, r.severity(), r.severityCriteria(), r.mitigations(), r.rationale())));
        }
        if (r.severity() != null && r.severity().value() < 5) {
            Severity up = Severity.clamped(r.severity().value() + 1);
            changes.add(new Change(id + " severity " + r.severity() + " -> " + up, id,
                    new FactorRating(r.likelihood(), up, null, r.mitigations(), r.rationale())));
        }
        if (r.severityCriteria() != null) {
            SeverityCriteria c = r.severityCriteria();
            int[] values = {c.scale(), c.scope(), c.irremediability()};
            List<Integer> raisable = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (values[i] < 5) {
                    raisable.add(i);
                }
            }
            if (!raisable.isEmpty()) {
                int which = raisable.get(random.nextInt(raisable.size()));
                values[which]++;
                SeverityCriteria up = new SeverityCriteria(values[0], values[1], values[2]);
                changes.add(new Change(id + " severity criteria " + c + " -> " + up, id,
                        new FactorRating(r.likelihood(), null, up, r.mitigations(), r.rationale())));
            }
        }
        if (!r.mitigations().isEmpty()) {
            List<MitigationClaim> fewer = new ArrayList<>(r.mitigations());
            String removed = fewer.remove(random.nextInt(fewer.size())).id();
            changes.add(new Change(id + " mitigation " + removed + " removed", id,
                    new FactorRating(r.likelihood(), r.severity(), r.severityCriteria(), fewer, r.rationale())));
        }
        return changes;
    }
}
