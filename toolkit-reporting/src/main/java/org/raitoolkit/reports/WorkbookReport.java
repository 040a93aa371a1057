package org.raitoolkit.reports;

import java.util.Objects;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookResult;

/**
 * A report on the workbook review of one system at one life-cycle stage. Immutable.
 *
 * @param metadata what produced it and when
 * @param input the answers assessed
 * @param result what the engine concluded from them
 */
public record WorkbookReport(ReportMetadata metadata, WorkbookAnswers input, WorkbookResult result) implements Report {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException naming the missing component
     */
    public WorkbookReport {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(result, "result");
    }

    /** Always {@code workbook}. */
    @Override
    public String kind() {
        return "workbook";
    }
}
