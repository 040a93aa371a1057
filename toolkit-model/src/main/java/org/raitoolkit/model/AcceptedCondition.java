package org.raitoolkit.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A condition the agency accepted as part of its decision, tied to one of the assessment's
 * recommendations.
 *
 * @param recommendation the id of the recommendation it answers, such as {@code REC-BIAS-AUDIT}
 *     or {@code MIT:MIT-HUMAN-REVIEW}
 * @param owner who is answerable for meeting it
 * @param dueDate by when
 * @param metOn the day it was met, or {@code null} while it is open
 * @param note how the agency will meet it, if more needs saying
 */
public record AcceptedCondition(
        @Size(max = 120) String recommendation,
        @Size(max = 200) String owner,
        LocalDate dueDate,
        LocalDate metOn,
        @Size(max = 2000) String note) {

    /** Whether it is still open after its due date on {@code day}. */
    public boolean isOverdueOn(LocalDate day) {
        return metOn == null && dueDate != null && dueDate.isBefore(day);
    }
}
