package org.raitoolkit.model;

import java.util.List;

/**
 * The assessment of one risk factor for one system.
 *
 * @param factorId the risk factor
 * @param title its title
 * @param principles the instrumental principles it threatens
 * @param likelihood the likelihood used, after aggravations
 * @param severity the severity used, after aggravations
 * @param inherentLevel the level before mitigations
 * @param mitigationsApplied the mitigations in place that lowered it
 * @param residualLikelihood the likelihood after mitigations
 * @param residualSeverity the severity after mitigations
 * @param residualLevel the level after mitigations
 * @param reasons every rule that shaped this result, in the order they fired
 * @param mitigations every mitigation the assessor reported for it, with its status and evidence,
 *     whether or not it lowered the rating
 * @param reductionCapped whether the policy's cap on mitigation held the reduction below what the
 *     mitigations in place add up to
 */
public record FactorResult(
        String factorId,
        String title,
        List<String> principles,
        Likelihood likelihood,
        Severity severity,
        RiskLevel inherentLevel,
        List<String> mitigationsApplied,
        Likelihood residualLikelihood,
        Severity residualSeverity,
        RiskLevel residualLevel,
        List<Reason> reasons,
        List<MitigationClaim> mitigations,
        boolean reductionCapped) {

    public FactorResult {
        principles = Lists.copy(principles);
        mitigationsApplied = Lists.copy(mitigationsApplied);
        reasons = Lists.copy(reasons);
        mitigations = Lists.copy(mitigations == null ? List.of() : mitigations);
    }

    /** A result whose mitigations are those applied, each IMPLEMENTED, and whose reduction was not capped. */
    public FactorResult(String factorId, String title, List<String> principles, Likelihood likelihood, Severity severity,
                        RiskLevel inherentLevel, List<String> mitigationsApplied, Likelihood residualLikelihood,
                        Severity residualSeverity, RiskLevel residualLevel, List<Reason> reasons) {
        this(factorId, title, principles, likelihood, severity, inherentLevel, mitigationsApplied, residualLikelihood,
                residualSeverity, residualLevel, reasons,
                mitigationsApplied.stream().map(id -> MitigationClaim.of(id, MitigationStatus.IMPLEMENTED)).toList(), false);
    }
}
