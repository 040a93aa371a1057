package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A core principle for responsible AI in law enforcement and the instrumental principles that
 * put it into practice.
 *
 * @param id stable id, for example {@code LAW}
 * @param name the name, for example "Lawfulness"
 * @param meaning what it asks of an agency
 * @param instrumentalPrinciples the principles under it, in their usual order
 */
public record Principle(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 1500) String meaning,
        @NotEmpty @Size(max = 50) List<@Valid InstrumentalPrinciple> instrumentalPrinciples) {

    public Principle {
        instrumentalPrinciples = Lists.copy(instrumentalPrinciples);
    }
}
