package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One area of organisational readiness, such as data management or people and skills.
 *
 * @param id stable id, for example {@code DATA}
 * @param name the name
 * @param description what the dimension covers
 */
public record ReadinessDimension(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 1500) String description) {
}
