package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The three criteria for the severity of a human-rights impact in the UN Guiding Principles on
 * Business and Human Rights (principle 14), each rated 1–5.
 *
 * @param scale how grave the harm is for the person affected
 * @param scope how many people it reaches
 * @param irremediability how hard it is to put right
 */
public record SeverityCriteria(
        @Min(1) @Max(5) int scale,
        @Min(1) @Max(5) int scope,
        @Min(1) @Max(5) int irremediability) {
}
