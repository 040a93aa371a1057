package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Who assessed a system or an agency, on whose advice, what the agency decided, who signed it
 * off and when it is to be reviewed: what turns an assessment into a record a data-protection
 * officer can file. Every field is optional while the record is a DRAFT; a FINAL record needs
 * those {@link #missingForFinal} lists.
 *
 * @param state DRAFT or FINAL; {@code null} reads as DRAFT
 * @param assessors the people who carried out the assessment
 * @param assessedOn the day the assessment was completed
 * @param dataProtectionOfficer the data-protection officer's advice and what became of it
 * @param agencyDecision the decision the agency took (risk assessments only): it may be stricter
 *     than the toolkit's, and milder only with a {@code decisionReason}, which reports show
 * @param decisionReason why the agency decided as it did, where it differs from the toolkit
 * @param approval who approved the decision, and when
 * @param conditions the conditions accepted, each tied to a recommendation
 * @param nextReview the day by which the assessment is to be reviewed
 * @param reviewTriggers the events that bring the review forward
 */
public record AssessmentRecord(
        RecordState state,
        @NotNull @Size(max = 20) List<@NotNull @Valid Assessor> assessors,
        LocalDate assessedOn,
        @Valid DpoConsultation dataProtectionOfficer,
        Decision agencyDecision,
        @Size(max = 4000) String decisionReason,
        @Valid Approval approval,
        @NotNull @Size(max = 100) List<@NotNull @Valid AcceptedCondition> conditions,
        LocalDate nextReview,
        @NotNull @Size(max = 10) List<@NotNull ReviewTrigger> reviewTriggers) {

    public AssessmentRecord {
        assessors = Lists.copy(assessors == null ? List.of() : assessors);
        conditions = Lists.copy(conditions == null ? List.of() : conditions);
        reviewTriggers = Lists.copy(reviewTriggers == null ? List.of() : reviewTriggers);
    }

    /** An empty draft. */
    public static AssessmentRecord draft() {
        return new AssessmentRecord(RecordState.DRAFT, List.of(), null, null, null, null, null, List.of(), null, List.of());
    }

    /** Whether the record is filed. */
    @JsonIgnore
    public boolean isFinal() {
        return state == RecordState.FINAL;
    }

    /** The same record in the FINAL state. */
    public AssessmentRecord asFinal() {
        return new AssessmentRecord(RecordState.FINAL, assessors, assessedOn, dataProtectionOfficer, agencyDecision,
                decisionReason, approval, conditions, nextReview, reviewTriggers);
    }

    /** Whether the next review was due before {@code day}. */
    public boolean isReviewOverdueOn(LocalDate day) {
        return nextReview != null && nextReview.isBefore(day);
    }

    /** The accepted conditions still open after their due date on {@code day}. */
    public List<AcceptedCondition> conditionsOverdueOn(LocalDate day) {
        return conditions.stream().filter(c -> c.isOverdueOn(day)).toList();
    }

    /**
     * Every field a filed record needs and this one lacks, as a JSON pointer below the record
     * (such as {@code /approval/name}) and what belongs there, in the order of the record.
     *
     * @param decides whether the record is of a risk assessment, whose record states the agency's
     *     decision
     */
    public List<Missing> missingForFinal(boolean decides) {
        List<Missing> missing = new java.util.ArrayList<>();
        if (assessors.isEmpty()) {
            missing.add(new Missing("/assessors", "at least one assessor, with name, role and unit"));
        }
        for (int i = 0; i < assessors.size(); i++) {
            Assessor a = assessors.get(i);
            require(missing, "/assessors/" + i + "/name", a.name(), "the assessor's name");
            require(missing, "/assessors/" + i + "/role", a.role(), "the assessor's role");
        }
        require(missing, "/assessedOn", assessedOn, "the day the assessment was completed");
        DpoConsultation dpo = dataProtectionOfficer;
        if (dpo == null) {
            missing.add(new Missing("/dataProtectionOfficer", "the data-protection officer consulted: name, consultedOn,"
                    + " advice and outcome"));
        } else {
            require(missing, "/dataProtectionOfficer/name", dpo.name(), "the data-protection officer's name");
            require(missing, "/dataProtectionOfficer/consultedOn", dpo.consultedOn(), "the day the officer was consulted");
            require(missing, "/dataProtectionOfficer/advice", dpo.advice(), "a summary of the officer's advice");
            require(missing, "/dataProtectionOfficer/outcome", dpo.outcome(),
                    "whether the advice was FOLLOWED, PARTLY_FOLLOWED or NOT_FOLLOWED");
            if (dpo.outcome() != null && dpo.outcome().departsFromAdvice()) {
                require(missing, "/dataProtectionOfficer/reasonNotFollowed", dpo.reasonNotFollowed(),
                        "why the advice was not followed in full");
            }
        }
        if (decides) {
            require(missing, "/agencyDecision", agencyDecision,
                    "the decision the agency took: PROCEED, PROCEED_WITH_CONDITIONS, ESCALATE or DO_NOT_PROCEED");
        }
        if (approval == null) {
            missing.add(new Missing("/approval", "who approved the decision: name, role and approvedOn"));
        } else {
            require(missing, "/approval/name", approval.name(), "the approver's name");
            require(missing, "/approval/role", approval.role(), "the approver's role");
            require(missing, "/approval/approvedOn", approval.approvedOn(), "the day of approval");
        }
        for (int i = 0; i < conditions.size(); i++) {
            AcceptedCondition c = conditions.get(i);
            require(missing, "/conditions/" + i + "/recommendation", c.recommendation(), "the recommendation it answers");
            require(missing, "/conditions/" + i + "/owner", c.owner(), "who is answerable for it");
            require(missing, "/conditions/" + i + "/dueDate", c.dueDate(), "by when it is to be met");
        }
        require(missing, "/nextReview", nextReview, "the day by which the assessment is to be reviewed");
        if (reviewTriggers.isEmpty()) {
            missing.add(new Missing("/reviewTriggers", "the events that bring the review forward, one or more of "
                    + java.util.Arrays.toString(ReviewTrigger.values())));
        }
        return missing;
    }

    private static void require(List<Missing> missing, String pointer, Object value, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(new Missing(pointer, what));
        }
    }

    /**
     * A field a filed record needs.
     *
     * @param pointer where it belongs, as a JSON pointer below the record
     * @param what what belongs there
     */
    public record Missing(String pointer, String what) {
    }
}
