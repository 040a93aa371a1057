package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A principle that puts a core principle into practice, such as Necessity under Lawfulness.
 *
 * @param id stable id, prefixed by its core principle's id (for example {@code LAW.NECESSITY})
 * @param name the name
 * @param meaning what it asks of an agency, in a sentence or two
 */
public record InstrumentalPrinciple(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 1500) String meaning) {
}
