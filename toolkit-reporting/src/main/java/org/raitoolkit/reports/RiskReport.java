package org.raitoolkit.reports;

import java.util.Objects;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;

/**
 * A report on the risk assessment of one system. Immutable.
 *
 * @param metadata what produced it and when
 * @param input the answers assessed
 * @param result what the engine concluded from them
 */
public record RiskReport(ReportMetadata metadata, RiskAnswers input, RiskResult result) implements Report {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException naming the missing component
     */
    public RiskReport {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(result, "result");
    }

    /** Always {@code risk}. */
    @Override
    public String kind() {
        return "risk";
    }
}
