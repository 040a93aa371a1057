package org.raitoolkit.euaiact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a provision of the Act applies, and whether it applies on the date of the assessment.
 *
 * @param timelineEntry the key of the entry in the rule set's timeline, for example
 *     {@code ANNEX-III-HIGH-RISK}
 * @param applicableFrom the first day the provision applies
 * @param status whether the date was read in the official text or comes from secondary sources
 * @param note more about the date, for example that an amendment moved it; {@code null} if none
 * @param assessmentDate the date the assessment speaks for
 * @param appliesOnAssessmentDate whether {@code assessmentDate} is on or after {@code applicableFrom}
 */
public record EffectiveDate(
        String timelineEntry,
        LocalDate applicableFrom,
        DateStatus status,
        String note,
        LocalDate assessmentDate,
        boolean appliesOnAssessmentDate) {

    /**
     * @throws NullPointerException if any component but {@code note} is {@code null}
     * @throws IllegalArgumentException if {@code appliesOnAssessmentDate} does not follow from the dates
     */
    public EffectiveDate {
        Objects.requireNonNull(timelineEntry, "timelineEntry");
        Objects.requireNonNull(applicableFrom, "applicableFrom");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        if (appliesOnAssessmentDate == assessmentDate.isBefore(applicableFrom)) {
            throw new IllegalArgumentException("appliesOnAssessmentDate must be " + !assessmentDate.isBefore(applicableFrom)
                    + " for " + timelineEntry + " (from " + applicableFrom + ") on " + assessmentDate);
        }
    }

    /** The effective date of a provision applicable from {@code applicableFrom}, seen on {@code assessmentDate}. */
    public static EffectiveDate of(String timelineEntry, LocalDate applicableFrom, DateStatus status, String note,
            LocalDate assessmentDate) {
        return new EffectiveDate(timelineEntry, applicableFrom, status, note, assessmentDate,
                !assessmentDate.isBefore(applicableFrom));
    }

    /** Reads, for example, "applies from 2027-12-02 (unverified date)". */
    public String describe() {
        return (appliesOnAssessmentDate ? "applies since " : "applies from ") + applicableFrom
                + (status == DateStatus.UNVERIFIED ? " (unverified date)" : "");
    }
}
