package org.raitoolkit.model;

import java.util.List;

/**
 * The outcome of an organisational readiness assessment. Immutable.
 *
 * @param agency the agency assessed
 * @param dimensions one result per dimension, in content order
 * @param meanScore the mean of the dimension scores, 0–100
 * @param overallLevel the overall level, capped by the weakest dimension
 * @param overallReasons why the overall level is what it is
 * @param gaps answers below ESTABLISHED and unknown answers, lowest first
 * @param roadmapPhase the roadmap phase the agency is in
 * @param nextActions the roadmap actions to take next, most needed first
 * @param recommendations advice, most urgent first
 * @param firedRules the ids of every rule that fired, sorted, for audit and rule tests
 */
public record ReadinessResult(
        String agency,
        List<DimensionResult> dimensions,
        double meanScore,
        ReadinessLevel overallLevel,
        List<Reason> overallReasons,
        List<ReadinessGap> gaps,
        RoadmapPhase roadmapPhase,
        List<RoadmapAction> nextActions,
        List<Recommendation> recommendations,
        List<String> firedRules) {

    public ReadinessResult {
        firedRules = Lists.copy(firedRules);
        dimensions = Lists.copy(dimensions);
        overallReasons = Lists.copy(overallReasons);
        gaps = Lists.copy(gaps);
        nextActions = Lists.copy(nextActions);
        recommendations = Lists.copy(recommendations);
    }
}
