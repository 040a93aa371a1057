package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One subject of the toolkit (a core or instrumental principle, a risk factor or a readiness
 * dimension) and the provisions it engages in the instruments an agency answers to: laws,
 * conventions and voluntary frameworks. A pointer for the reader, not legal advice: engaging a
 * provision says that it is worth reading for this subject, not that it applies in a given case.
 *
 * @param subject the id of the principle, risk factor or readiness dimension
 * @param engages the provisions it engages, most directly binding first
 * @param note a word on a link that needs one, or {@code null}
 */
public record CrosswalkEntry(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String subject,
        @NotEmpty @Size(max = 40) List<@NotNull @Valid Citation> engages,
        @Size(max = 1000) String note) {

    public CrosswalkEntry {
        engages = Lists.copy(engages);
    }

    /** The distinct instruments cited, in order of first citation. */
    public List<String> instruments() {
        return engages.stream().map(Citation::instrument).distinct().toList();
    }
}
