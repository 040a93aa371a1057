package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A measure that lowers a risk factor when it is in place.
 *
 * @param id stable id, unique across the content pack
 * @param title a short name for the measure
 * @param description what has to be in place for it to count
 * @param effect how much it lowers the risk
 */
public record Mitigation(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Valid MitigationEffect effect) {
}
