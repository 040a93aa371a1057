package org.raitoolkit.content.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.raitoolkit.model.CrosswalkEntry;
import org.raitoolkit.model.GlossaryTerm;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.ReadinessDimension;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.RecommendationTemplate;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RoadmapPhase;
import org.raitoolkit.model.WorkbookItem;

/** The top-level shape of each file of a content pack; one record per file. */
public final class PackFiles {

    private PackFiles() {
    }

    /** {@code principles.yaml}. */
    public record Principles(@NotEmpty List<@NotNull @Valid Principle> principles) {
    }

    /** {@code readiness.yaml}. */
    public record Readiness(
            @NotEmpty List<@NotNull @Valid ReadinessDimension> dimensions,
            @NotEmpty List<@NotNull @Valid ReadinessQuestion> questions) {
    }

    /** {@code risk-factors.yaml}. */
    public record RiskFactors(@NotEmpty List<@NotNull @Valid RiskFactor> riskFactors) {
    }

    /** {@code workbook.yaml}. */
    public record Workbook(@NotEmpty List<@NotNull @Valid WorkbookItem> items) {
    }

    /** {@code roadmap.yaml}. */
    public record Roadmap(@NotEmpty List<@NotNull @Valid RoadmapPhase> phases) {
    }

    /** {@code recommendations.yaml}. */
    public record Recommendations(@NotNull List<@NotNull @Valid RecommendationTemplate> recommendations) {
    }

    /** {@code glossary.yaml}. */
    public record Glossary(@NotNull List<@NotNull @Valid GlossaryTerm> terms) {
    }

    /**
     * {@code crosswalks.yaml}: a file that is there must map something; a pack without
     * crosswalks leaves the file out.
     */
    public record Crosswalks(@NotEmpty @jakarta.validation.constraints.Size(max = 2000) List<@NotNull @Valid CrosswalkEntry> crosswalks) {
    }
}
