package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.Modifies;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.Severity;

/**
 * Fact: the working score of one applicable risk factor, filled in phase by phase: rated,
 * aggravated, classified, mitigated, settled. Rules change it only inside {@code modify}.
 *
 * <p>Levels only rise through the methods open to extensions ({@link #raiseResidual}): a rule
 * set added by an agency can make a result stricter, never milder, so that no extension can
 * average a high risk away. Used by one session on one thread; not thread-safe.
 *
 * <p>Each method that changes the score names in {@code @Modifies} the properties it changes,
 * derived ones ({@code rated}, {@code inherentScore}, ...) included: Drools then re-evaluates,
 * on a {@code modify}, only the patterns that read one of them. A new method needs the same.
 */
public final class FactorScore {

    private final RiskFactor factor;
    private final FactorRating rating;
    private Likelihood likelihood;
    private Severity severity;
    private int severityFloor = 1;
    private final Set<String> aggravations = new LinkedHashSet<>();
    private RiskLevel inherentLevel;
    private final List<String> mitigationsApplied = new ArrayList<>();
    private int likelihoodReduction;
    private int severityReduction;
    private boolean reductionCapped;
    private Likelihood residualLikelihood;
    private Severity residualSeverity;
    private RiskLevel residualLevel;
    private final List<Reason> reasons = new ArrayList<>();

    /** A score for {@code factor} as rated by {@code rating}; nothing is computed yet. */
    public FactorScore(RiskFactor factor, FactorRating rating, Reason why) {
        this.factor = factor;
        this.rating = rating;
        reasons.add(why);
    }

    public RiskFactor getFactor() { return factor; }
    public String getFactorId() { return factor.id(); }
    public FactorRating getRating() { return rating; }
    public Likelihood getLikelihood() { return likelihood; }
    public Severity getSeverity() { return severity; }
    /** Residual severity never goes below this (capped by the inherent severity). */
    public int getSeverityFloor() { return severityFloor; }
    public RiskLevel getInherentLevel() { return inherentLevel; }
    public int getLikelihoodReduction() { return likelihoodReduction; }
    public int getSeverityReduction() { return severityReduction; }
    /** Whether the policy's cap held the summed reductions back. */
    public boolean isReductionCapped() { return reductionCapped; }
    public Likelihood getResidualLikelihood() { return residualLikelihood; }
    public Severity getResidualSeverity() { return residualSeverity; }
    public RiskLevel getResidualLevel() { return residualLevel; }
    public List<String> getMitigationsApplied() { return Collections.unmodifiableList(mitigationsApplied); }
    public List<Reason> getReasons() { return Collections.unmodifiableList(reasons); }

    /** Whether likelihood and severity have been set. */
    public boolean isRated() { return likelihood != null && severity != null; }

    /** Likelihood × severity before mitigation, or 0 before rating. */
    public int getInherentScore() { return isRated() ? likelihood.value() * severity.value() : 0; }

    /** Likelihood × severity after mitigation, or 0 before settling. */
    public int getResidualScore() {
        return residualLikelihood == null ? 0 : residualLikelihood.value() * residualSeverity.value();
    }

    /** Whether the factor threatens the instrumental principle {@code principleId}. */
    public boolean threatens(String principleId) { return factor.principles().contains(principleId); }

    /** Whether the factor threatens any of {@code principleIds}. */
    public boolean threatensAny(List<String> principleIds) {
        return principleIds.stream().anyMatch(factor.principles()::contains);
    }

    /** Whether the aggravation {@code id} has been applied. */
    public boolean hasAggravation(String id) { return aggravations.contains(id); }

    /** Whether the mitigation {@code id} has been applied. */
    public boolean hasMitigation(String id) { return mitigationsApplied.contains(id); }

    /** The factor's mitigations not applied yet, in content order; empty if every one is in place. */
    public List<Mitigation> getMissingMitigations() {
        List<Mitigation> missing = new ArrayList<>();
        for (Mitigation m : factor.mitigations()) {
            if (!mitigationsApplied.contains(m.id())) {
                missing.add(m);
            }
        }
        return missing;
    }

    /** Sets the rating to work from, once. */
    @Modifies({"likelihood", "severity", "severityFloor", "rated", "inherentScore", "reasons"})
    public void rate(Likelihood likelihood, Severity severity, int severityFloor, Reason why) {
        if (isRated()) {
            throw new IllegalStateException(factor.id() + " is already rated");
        }
        this.likelihood = likelihood;
        this.severity = severity;
        this.severityFloor = Math.max(1, Math.min(5, severityFloor));
        reasons.add(why);
    }

    /**
     * Applies an aggravation: raises severity by {@code severityIncrease} (never above 5) and
     * likelihood to at least {@code likelihoodAtLeast} (if not {@code null}). Never lowers either.
     */
    @Modifies({"likelihood", "severity", "inherentScore", "reasons"})
    public void aggravate(String aggravationId, int severityIncrease, Likelihood likelihoodAtLeast, Reason why) {
        aggravations.add(aggravationId);
        severity = Severity.clamped(severity.value() + Math.max(0, severityIncrease));
        if (likelihoodAtLeast != null && likelihoodAtLeast.value() > likelihood.value()) {
            likelihood = likelihoodAtLeast;
        }
        reasons.add(why);
    }

    /** Sets the inherent level from the risk matrix. */
    @Modifies({"inherentLevel", "reasons"})
    public void classifyInherent(RiskLevel level, Reason why) {
        this.inherentLevel = level;
        reasons.add(why);
    }

    /** Records a mitigation in place and adds its reductions. */
    @Modifies({"mitigationsApplied", "missingMitigations", "likelihoodReduction", "severityReduction", "reasons"})
    public void applyMitigation(Mitigation mitigation, Reason why) {
        mitigationsApplied.add(mitigation.id());
        likelihoodReduction += mitigation.effect().likelihoodReduction();
        severityReduction += mitigation.effect().severityReduction();
        reasons.add(why);
    }

    /**
     * Holds the summed reductions to at most {@code cap}: no number of mitigations takes more
     * than the cap off a factor. Never raises a reduction.
     */
    @Modifies({"likelihoodReduction", "severityReduction", "reductionCapped", "reasons"})
    public void capReductions(org.raitoolkit.model.MitigationCap cap, Reason why) {
        likelihoodReduction = Math.min(likelihoodReduction, cap.likelihoodSteps());
        severityReduction = Math.min(severityReduction, cap.severitySteps());
        reductionCapped = true;
        reasons.add(why);
    }

    /** Raises the inherent level to {@code level}; a lower or equal level changes nothing and records nothing. */
    @Modifies({"inherentLevel", "reasons"})
    public void raiseInherent(RiskLevel level, Reason why) {
        if (inherentLevel == null || level.compareTo(inherentLevel) > 0) {
            inherentLevel = level;
            reasons.add(why);
        }
    }

    /** Sets the residual likelihood and severity after all mitigations. */
    @Modifies({"residualLikelihood", "residualSeverity", "residualScore", "reasons"})
    public void settle(Likelihood residualLikelihood, Severity residualSeverity, Reason why) {
        this.residualLikelihood = residualLikelihood;
        this.residualSeverity = residualSeverity;
        reasons.add(why);
    }

    /** Sets the residual level from the risk matrix, once. */
    @Modifies({"residualLevel", "reasons"})
    public void classifyResidual(RiskLevel level, Reason why) {
        this.residualLevel = level;
        reasons.add(why);
    }

    /**
     * Raises the residual level to {@code level}; a lower or equal level changes nothing and
     * records nothing. For rule sets that add stricter national rules.
     */
    @Modifies({"residualLevel", "reasons"})
    public void raiseResidual(RiskLevel level, Reason why) {
        if (residualLevel == null || level.compareTo(residualLevel) > 0) {
            residualLevel = level;
            reasons.add(why);
        }
    }

    /** Adds a reason without changing the score. */
    @Modifies({"reasons"})
    public void note(Reason why) {
        reasons.add(why);
    }

    @Override
    public String toString() {
        return "FactorScore[" + factor.id() + " " + likelihood + "x" + severity + " " + inherentLevel + " -> " + residualLevel + "]";
    }
}
