package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What one point of a rating scale means, so that assessors share one reading of it.
 *
 * @param value the point on the scale
 * @param label its name, for example "LIKELY"
 * @param description what it looks like in practice
 */
public record ScaleLevel(
        @Min(0) @Max(5) int value,
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 1000) String description) {
}
