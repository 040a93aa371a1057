package org.raitoolkit.rules.invariants;

import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;

/**
 * The plain-Java reference scorer of the default rules ({@link ReferenceRiskScorer},
 * package-private in toolkit-rules' test jar), opened to the benchmarks as the baseline that the
 * Drools engine is compared with. Immutable and thread-safe.
 */
public final class ReferenceBaseline {

    /** What the reference scorer decides for one input: enough to check it against the engine. */
    public record Outcome(RiskLevel overallLevel, Decision decision) {
    }

    private final ReferenceRiskScorer scorer;

    private ReferenceBaseline(ContentPack pack) {
        this.scorer = new ReferenceRiskScorer(pack);
    }

    /** The reference scorer for {@code pack}. */
    public static ReferenceBaseline forPack(ContentPack pack) {
        return new ReferenceBaseline(pack);
    }

    /**
     * Scores {@code answers} in full (factors, principles, overall level, decision) and returns
     * the whole expected result, as an opaque object for a benchmark to consume.
     */
    public Object score(RiskAnswers answers) {
        return scorer.score(answers);
    }

    /** The overall level and decision that the reference scorer gives {@code answers}. */
    public Outcome outcome(RiskAnswers answers) {
        ReferenceRiskScorer.Expected e = scorer.score(answers);
        return new Outcome(e.overallLevel(), e.decision());
    }
}
