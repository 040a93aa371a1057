package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The most that all mitigations of one factor together may take off its rating, so that claimed
 * measures cannot add up to make a near-certain grave harm look minor.
 *
 * @param likelihoodSteps steps off the likelihood, in all, 0–4
 * @param severitySteps steps off the severity, in all, 0–4
 */
public record MitigationCap(
        @Min(0) @Max(4) int likelihoodSteps,
        @Min(0) @Max(4) int severitySteps) {

    /** The default method's cap: two steps of likelihood and one of severity. */
    public static final MitigationCap DEFAULT = new MitigationCap(2, 1);
}
