package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The input to a risk assessment of one system: its profile and a rating for every risk factor
 * that applies to it.
 *
 * @param system the system's profile
 * @param ratings ratings by risk factor id, in the order given
 * @param organisationalReadiness the agency's overall readiness level, if known: a BEGINNING
 *     agency with a high system risk is escalated
 * @param assessment who assessed, decided and approved, and when to review; {@code null} if the
 *     answers carry no record
 */
public record RiskAnswers(
        @NotNull @Valid SystemProfile system,
        @NotNull @Size(max = 500) Map<@NotNull String, @NotNull @Valid FactorRating> ratings,
        ReadinessLevel organisationalReadiness,
        @Valid AssessmentRecord assessment) {

    public RiskAnswers {
        ratings = Lists.copy(ratings);
    }

    /** Answers without an assessment record. */
    public RiskAnswers(SystemProfile system, Map<String, FactorRating> ratings, ReadinessLevel organisationalReadiness) {
        this(system, ratings, organisationalReadiness, null);
    }

    /** The same answers with {@code record} as their assessment record. */
    public RiskAnswers withAssessment(AssessmentRecord record) {
        return new RiskAnswers(system, ratings, organisationalReadiness, record);
    }

    /** Answers without a readiness level. */
    public static RiskAnswers of(SystemProfile system, Map<String, FactorRating> ratings) {
        return new RiskAnswers(system, ratings, null);
    }
}
