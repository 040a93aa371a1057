package org.raitoolkit.model;

import java.util.List;

/**
 * The outcome of a risk assessment of one system. Immutable.
 *
 * @param system the profile assessed
 * @param factors one result per applicable factor, in content order
 * @param principles the level of each core principle
 * @param instrumentalPrinciples the level of each instrumental principle
 * @param overallLevel the highest principle level
 * @param decision what to do with the system
 * @param decisionReasons why
 * @param recommendations advice, most urgent first
 * @param findings conclusions added by extra rule sets
 * @param firedRules the ids of every rule that fired, sorted, for audit and rule tests
 */
public record RiskResult(
        SystemProfile system,
        List<FactorResult> factors,
        List<PrincipleResult> principles,
        List<PrincipleResult> instrumentalPrinciples,
        RiskLevel overallLevel,
        Decision decision,
        List<Reason> decisionReasons,
        List<Recommendation> recommendations,
        List<Finding> findings,
        List<String> firedRules) {

    public RiskResult {
        firedRules = Lists.copy(firedRules);
        factors = Lists.copy(factors);
        principles = Lists.copy(principles);
        instrumentalPrinciples = Lists.copy(instrumentalPrinciples);
        decisionReasons = Lists.copy(decisionReasons);
        recommendations = Lists.copy(recommendations);
        findings = Lists.copy(findings);
    }
}
