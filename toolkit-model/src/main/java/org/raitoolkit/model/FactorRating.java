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
 * @param mitigations the factor's mitigations the assessor reports, each with its status; only
 *     IMPLEMENTED and VERIFIED ones lower the rating
 * @param rationale why the assessor rated it so
 */
public record FactorRating(
        @NotNull Likelihood likelihood,
        Severity severity,
        @Valid SeverityCriteria severityCriteria,
        @NotNull @Size(max = 30) List<@NotNull @Valid MitigationClaim> mitigations,
        @Size(max = 4000) String rationale) {

    public FactorRating {
        mitigations = Lists.copy(mitigations);
    }

    /** A rating with a direct severity and the given mitigations IMPLEMENTED. */
    public static FactorRating of(Likelihood likelihood, Severity severity, String... mitigations) {
        return new FactorRating(likelihood, severity, null, implemented(mitigations), null);
    }

    /** A rating with severity from the UNGP criteria and the given mitigations IMPLEMENTED. */
    public static FactorRating of(Likelihood likelihood, SeverityCriteria criteria, String... mitigations) {
        return new FactorRating(likelihood, null, criteria, implemented(mitigations), null);
    }

    /** The same rating with {@code mitigations} instead of its own. */
    public FactorRating withMitigations(List<MitigationClaim> mitigations) {
        return new FactorRating(likelihood, severity, severityCriteria, mitigations, rationale);
    }

    /** The ids of the mitigations reported, whatever their status, in the order given. */
    public List<String> mitigationIds() {
        return mitigations.stream().map(MitigationClaim::id).toList();
    }

    /** The reported mitigation {@code id}, if any. */
    public java.util.Optional<MitigationClaim> mitigation(String id) {
        return mitigations.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private static List<MitigationClaim> implemented(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> MitigationClaim.of(id, MitigationStatus.IMPLEMENTED)).toList();
    }

    /** Exactly one form of severity is given. */
    @AssertTrue(message = "give severity either as 1-5 or as {scale, scope, irremediability}, exactly one")
    @JsonIgnore
    public boolean isSeverityGivenOnce() {
        return (severity == null) != (severityCriteria == null);
    }
}
