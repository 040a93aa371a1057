package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;

/**
 * The scales, bands and thresholds of the assessment method, kept as content so that an agency
 * can replace them without touching the rules.
 *
 * @param likelihoodScale what each likelihood 1–5 means
 * @param severityScale what each severity 1–5 means
 * @param maturityScale what each maturity answer 0–4 means
 * @param riskBands the likelihood × severity bands; together they cover 1–25 once each
 * @param readinessBands the score at which each readiness level begins; BEGINNING at 0
 * @param criticalAnswerBelow a critical readiness question answered below this caps its dimension
 * @param criticalCap the level a dimension is capped at by such an answer
 * @param irremediabilityFloorFrom from this irremediability up, a severity derived from the UNGP
 *     criteria is never below the irremediability
 * @param aggravations profile facts that raise factors' ratings
 * @param gapBelow a readiness answer below this value (or UNKNOWN) is listed as a gap
 * @param mitigationAdviceFrom a factor at or above this residual level has each of its
 *     mitigations not yet in place recommended
 * @param mitigationCap the most all mitigations of one factor may take off it; the default cap
 *     when not given
 * @param severityFloors the levels a grave or irremediable harm keeps whatever its likelihood;
 *     the default floors when not given
 */
public record ScoringPolicy(
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid ScaleLevel> likelihoodScale,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid ScaleLevel> severityScale,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid ScaleLevel> maturityScale,
        @NotEmpty List<@NotNull @Valid RiskBand> riskBands,
        @NotEmpty List<@NotNull @Valid ReadinessBand> readinessBands,
        @Min(1) @Max(4) int criticalAnswerBelow,
        @NotNull ReadinessLevel criticalCap,
        @Min(1) @Max(5) int irremediabilityFloorFrom,
        @NotNull List<@NotNull @Valid Aggravation> aggravations,
        @Min(1) @Max(4) int gapBelow,
        @NotNull RiskLevel mitigationAdviceFrom,
        @Valid MitigationCap mitigationCap,
        @Valid SeverityFloors severityFloors) {

    public ScoringPolicy {
        likelihoodScale = Lists.copy(likelihoodScale);
        severityScale = Lists.copy(severityScale);
        maturityScale = Lists.copy(maturityScale);
        riskBands = Lists.copy(riskBands);
        readinessBands = Lists.copy(readinessBands);
        aggravations = Lists.copy(aggravations);
        // Left out of a pack, the default method's limits apply: never none.
        mitigationCap = mitigationCap == null ? MitigationCap.DEFAULT : mitigationCap;
        severityFloors = severityFloors == null ? SeverityFloors.DEFAULT : severityFloors;
    }

    /** A policy with the default mitigation cap and severity floors. */
    public ScoringPolicy(List<ScaleLevel> likelihoodScale, List<ScaleLevel> severityScale, List<ScaleLevel> maturityScale,
                         List<RiskBand> riskBands, List<ReadinessBand> readinessBands, int criticalAnswerBelow,
                         ReadinessLevel criticalCap, int irremediabilityFloorFrom, List<Aggravation> aggravations,
                         int gapBelow, RiskLevel mitigationAdviceFrom) {
        this(likelihoodScale, severityScale, maturityScale, riskBands, readinessBands, criticalAnswerBelow, criticalCap,
                irremediabilityFloorFrom, aggravations, gapBelow, mitigationAdviceFrom, null, null);
    }

    /**
     * The risk level of a likelihood × severity product.
     *
     * @throws IllegalArgumentException if no band contains {@code score} (a pack that passed
     *     validation has none missing)
     */
    public RiskLevel riskLevel(int score) {
        for (RiskBand band : riskBands) {
            if (band.contains(score)) {
                return band.level();
            }
        }
        throw new IllegalArgumentException("no risk band contains the score " + score);
    }

    /** The readiness level of a score in percent: the highest band whose minimum it reaches. */
    public ReadinessLevel readinessLevel(double percent) {
        return readinessBands.stream()
                .filter(b -> percent >= b.minPercent())
                .max(Comparator.comparingInt(ReadinessBand::minPercent))
                .map(ReadinessBand::level)
                .orElse(ReadinessLevel.BEGINNING);
    }
}
