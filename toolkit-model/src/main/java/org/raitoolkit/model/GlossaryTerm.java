package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A term of the glossary.
 *
 * @param id stable id
 * @param term the term as people write it
 * @param definition what it means in policing, in plain words
 * @param seeAlso ids of related terms
 * @param source where a stated fact comes from, or {@code null} for a definition of our own
 */
public record GlossaryTerm(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 120) String term,
        @NotBlank @Size(max = 2000) String definition,
        @NotNull List<@NotBlank String> seeAlso,
        @Size(max = 500) String source) {

    public GlossaryTerm {
        seeAlso = Lists.copy(seeAlso);
    }
}
