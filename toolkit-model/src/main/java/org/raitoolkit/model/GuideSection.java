package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A section of the introductory guide to AI for law enforcement. Its text is plain: paragraphs
 * first, then an optional bullet list; a section needs at least one of the two (the pack check
 * says so, naming the section).
 *
 * @param id stable id, for example {@code GUIDE-WHAT-AI-IS}
 * @param title the heading
 * @param paragraphs the body, one paragraph per entry
 * @param bullets points shown as a list after the paragraphs; may be empty
 * @param glossaryTerms ids of the glossary terms the section uses
 * @param principles ids of the core or instrumental principles the section touches
 */
public record GuideSection(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 40) List<@NotBlank @Size(max = 4000) String> paragraphs,
        @NotNull @Size(max = 40) List<@NotBlank @Size(max = 1000) String> bullets,
        @NotNull @Size(max = 60) List<@NotBlank String> glossaryTerms,
        @NotNull @Size(max = 40) List<@NotBlank String> principles) {

    public GuideSection {
        paragraphs = Lists.copy(paragraphs);
        bullets = Lists.copy(bullets);
        glossaryTerms = Lists.copy(glossaryTerms);
        principles = Lists.copy(principles);
    }

    /** Whether the section has text to show; named so that Jackson does not take it for a property. */
    public boolean hasText() {
        return !paragraphs.isEmpty() || !bullets.isEmpty();
    }
}
