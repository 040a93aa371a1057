package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How much a mitigation lowers a risk when it is in place, in steps on each scale.
 *
 * @param likelihoodReduction steps off the likelihood, 0–4
 * @param severityReduction steps off the severity, 0–4
 */
public record MitigationEffect(
        @Min(0) @Max(4) int likelihoodReduction,
        @Min(0) @Max(4) int severityReduction) {

    /** A mitigation that changes nothing is not a mitigation. */
    @AssertTrue(message = "must reduce likelihood or severity by at least 1")
    @JsonIgnore
    public boolean isEffective() {
        return likelihoodReduction > 0 || severityReduction > 0;
    }
}
