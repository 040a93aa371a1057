package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An agency's answers to the readiness questions. A question left out counts as UNKNOWN.
 *
 * @param agency the agency's name, for reports
 * @param answers answers by question id
 * @param assessment who assessed and approved, and when to review; {@code null} if the answers
 *     carry no record
 */
public record ReadinessAnswers(
        @NotBlank @Size(max = 200) String agency,
        @NotNull @Size(max = 2000) Map<@NotNull String, @NotNull MaturityLevel> answers,
        @Valid AssessmentRecord assessment) {

    public ReadinessAnswers {
        answers = Lists.copy(answers);
    }

    /** Answers without an assessment record. */
    public ReadinessAnswers(String agency, Map<String, MaturityLevel> answers) {
        this(agency, answers, null);
    }

    /** The same answers with {@code record} as their assessment record. */
    public ReadinessAnswers withAssessment(AssessmentRecord record) {
        return new ReadinessAnswers(agency, answers, record);
    }
}
