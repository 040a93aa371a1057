package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Identifies a content pack, so that every report can say which content produced it.
 *
 * @param id stable id of the pack, for example {@code RAI-TOOLKIT-DEFAULT}
 * @param version the pack's version, for example {@code 1.0.0}
 * @param language the language of its texts, as a BCP 47 tag such as {@code en}
 * @param title a human-readable title
 * @param description what the pack contains and who maintains it
 */
public record PackManifest(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Pattern(regexp = "\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?") String version,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*") String language,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String description) {
}
