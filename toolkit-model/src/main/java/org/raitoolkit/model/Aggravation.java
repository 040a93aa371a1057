package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A profile fact that makes every factor under some principles worse, whatever the assessor
 * rated: for example, children affected raises the severity of privacy factors.
 *
 * @param id stable id, cited in reasons
 * @param description why the profile makes things worse
 * @param appliesWhen the profiles it applies to
 * @param principles ids of the instrumental principles whose factors it raises
 * @param severityIncrease steps added to the severity, 0–4 (never above 5)
 * @param likelihoodAtLeast the lowest likelihood the factors may then have, or {@code null}
 */
public record Aggravation(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Valid Applicability appliesWhen,
        @NotEmpty List<@NotBlank String> principles,
        @Min(0) @Max(4) int severityIncrease,
        Likelihood likelihoodAtLeast) {

    public Aggravation {
        principles = Lists.copy(principles);
    }

    /** An aggravation must change something. */
    @AssertTrue(message = "must raise severity or set a minimum likelihood")
    @JsonIgnore
    public boolean isEffective() {
        return severityIncrease > 0 || likelihoodAtLeast != null;
    }
}
