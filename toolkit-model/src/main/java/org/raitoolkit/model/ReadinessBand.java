package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The lowest score, in percent, at which a readiness level begins.
 *
 * @param level the level
 * @param minPercent the lowest score in the level, 0–100
 */
public record ReadinessBand(@NotNull ReadinessLevel level, @Min(0) @Max(100) int minPercent) {
}
