package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One action of the "responsible AI in action" workbook, for one life-cycle stage and one
 * instrumental principle, answered DONE, PARTIAL, NOT_DONE or NOT_APPLICABLE.
 *
 * @param id stable id, for example {@code WB-DEP-OVERSIGHT-01}
 * @param stage the life-cycle stage it belongs to
 * @param principle the id of the instrumental principle it serves
 * @param text the action, phrased so that it can be checked as done or not
 * @param guidance what counts as done, and the evidence to keep
 * @param owner who in the agency usually carries it out
 */
public record WorkbookItem(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotNull LifecycleStage stage,
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) String principle,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 3000) String guidance,
        @NotNull Audience owner) {
}
