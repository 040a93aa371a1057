package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Help for the person rating a risk factor, so that two assessors rate alike.
 *
 * @param likelihood what makes the harm more or less likely
 * @param severity what makes it more or less grave, widespread or lasting
 */
public record RatingGuidance(
        @NotBlank @Size(max = 3000) String likelihood,
        @NotBlank @Size(max = 3000) String severity) {
}
