package org.raitoolkit.reports;

import java.util.Objects;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessResult;

/**
 * A report on the organisational readiness assessment of one agency. Immutable.
 *
 * @param metadata what produced it and when
 * @param input the answers assessed
 * @param result what the engine concluded from them
 */
public record ReadinessReport(ReportMetadata metadata, ReadinessAnswers input, ReadinessResult result) implements Report {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException naming the missing component
     */
    public ReadinessReport {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(result, "result");
    }

    /** Always {@code readiness}. */
    @Override
    public String kind() {
        return "readiness";
    }
}
