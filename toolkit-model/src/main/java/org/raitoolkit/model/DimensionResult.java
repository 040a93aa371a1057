package org.raitoolkit.model;

import java.util.List;

/**
 * The readiness of an agency in one dimension.
 *
 * @param dimensionId the dimension
 * @param name its name
 * @param score the weighted mean of its answers, as a percentage 0–100
 * @param level the level of that score, after any cap
 * @param unknownAnswers how many of its questions were answered UNKNOWN or left out
 * @param reasons the rules that set the score and level
 */
public record DimensionResult(
        String dimensionId,
        String name,
        double score,
        ReadinessLevel level,
        int unknownAnswers,
        List<Reason> reasons) {

    public DimensionResult {
        reasons = Lists.copy(reasons);
    }
}
