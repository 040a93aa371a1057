package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The status of workbook items for one system. An item of the stage left out counts as NOT_DONE.
 *
 * @param system the system's name, for reports
 * @param answers statuses by workbook item id
 * @param assessment who assessed and approved, and when to review; {@code null} if the answers
 *     carry no record
 */
public record WorkbookAnswers(
        @NotBlank @Size(max = 200) String system,
        @NotNull @Size(max = 2000) Map<@NotNull String, @NotNull WorkbookStatus> answers,
        @Valid AssessmentRecord assessment) {

    public WorkbookAnswers {
        answers = Lists.copy(answers);
    }

    /** Answers without an assessment record. */
    public WorkbookAnswers(String system, Map<String, WorkbookStatus> answers) {
        this(system, answers, null);
    }

    /** The same answers with {@code record} as their assessment record. */
    public WorkbookAnswers withAssessment(AssessmentRecord record) {
        return new WorkbookAnswers(system, answers, record);
    }
}
