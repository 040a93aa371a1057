package org.raitoolkit.model;

import java.util.List;

/**
 * The risk level of one principle: the highest residual level among the factors that threaten it.
 *
 * @param principleId a core or instrumental principle
 * @param name its name
 * @param level its level, or {@link RiskLevel#LOW} when no applicable factor threatens it
 * @param factors the ids of the factors at that level
 * @param reasons the rules that set the level
 */
public record PrincipleResult(
        String principleId,
        String name,
        RiskLevel level,
        List<String> factors,
        List<Reason> reasons) {

    public PrincipleResult {
        factors = Lists.copy(factors);
        reasons = Lists.copy(reasons);
    }
}
