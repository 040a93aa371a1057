package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A phase of the organisational roadmap towards responsible AI.
 *
 * @param number its place in the sequence, from 1
 * @param id stable id
 * @param name the name
 * @param goal what the agency has achieved when the phase is complete
 * @param entryLevel the lowest overall readiness level at which an agency is placed in this phase
 * @param actions the steps of the phase
 */
public record RoadmapPhase(
        @Min(1) @Max(20) int number,
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1500) String goal,
        @NotNull ReadinessLevel entryLevel,
        @NotEmpty List<@NotNull @Valid RoadmapAction> actions) {

    public RoadmapPhase {
        actions = Lists.copy(actions);
    }
}
