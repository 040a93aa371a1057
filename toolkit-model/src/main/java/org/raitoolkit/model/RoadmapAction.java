package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A step an agency takes within a roadmap phase.
 *
 * @param id stable id
 * @param text the step, phrased as an action
 * @param owner who usually leads it
 * @param dimensions ids of the readiness dimensions it strengthens (may be empty)
 */
public record RoadmapAction(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 1000) String text,
        @NotNull Audience owner,
        @NotNull List<@NotBlank String> dimensions) {

    public RoadmapAction {
        dimensions = Lists.copy(dimensions);
    }
}
