package org.raitoolkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The status of workbook items for one system. An item of the stage left out counts as NOT_DONE.
 *
 * @param system the system's name, for reports
 * @param answers statuses by workbook item id
 */
public record WorkbookAnswers(
        @NotBlank @Size(max = 200) String system,
        @NotNull @Size(max = 2000) Map<@NotNull String, @NotNull WorkbookStatus> answers) {

    public WorkbookAnswers {
        answers = Lists.copy(answers);
    }
}
