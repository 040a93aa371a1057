package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question of the organisational readiness assessment, answered on the 0–4 maturity scale.
 *
 * @param id stable id, for example {@code RQ-GOV-01}
 * @param dimension the id of the {@link ReadinessDimension} it belongs to
 * @param text the question
 * @param guidance what each answer looks like in practice, to help people answer consistently
 * @param principles ids of the instrumental principles the question serves
 * @param weight its weight within its dimension, 1–5
 * @param critical whether an answer below 2 caps its dimension at DEVELOPING
 */
public record ReadinessQuestion(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) String dimension,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 3000) String guidance,
        @NotEmpty @Size(max = 17) List<@NotBlank String> principles,
        @Min(1) @Max(5) int weight,
        boolean critical) {

    public ReadinessQuestion {
        principles = Lists.copy(principles);
    }
}
