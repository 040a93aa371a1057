package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An assessor's rating of one risk factor for one system. Severity is given either directly or
 * as the three UNGP criteria, never both.
 *
 * @param likelihood how likely the harm is
 * @param severity how grave it is, or {@code null} when {@code severityCriteria} is given
 * @param severityCriteria scale, scope and irremediability, or {@code null}
 * @param mitigations ids of the factor's mitigations that are in place
 * @param rationale why the assessor rated it so
 */
public record FactorRating(
        @NotNull Likelihood likelihood,
        Severity severity,
        @Valid SeverityCriteria severityCriteria,
        @NotNull @Size(max = 30) List<@NotNull @Size(max = 80) String> mitigations,
        @Size(max = 4000) String rationale) {

    public FactorRating {
        mitigations = Lists.copy(mitigations);
    }

    /** A rating with a direct severity. */
    public static FactorRating of(Likelihood likelihood, Severity severity, String... mitigations) {
        return new FactorRating(likelihood, severity, null, List.of(mitigations), null);
    }

    /** A rating with severity from the UNGP criteria. */
    public static FactorRating of(Likelihood likelihood, SeverityCriteria criteria, String... mitigations) {
        return new FactorRating(likelihood, null, criteria, List.of(mitigations), null);
    }

    /** Exactly one form of severity is given. */
    @AssertTrue(message = "give severity either as 1-5 or as {scale, scope, irremediability}, exactly one")
    @JsonIgnore
    public boolean isSeverityGivenOnce() {
        return (severity == null) != (severityCriteria == null);
    }
}
