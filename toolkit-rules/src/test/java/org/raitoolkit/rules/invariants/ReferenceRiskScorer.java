package org.raitoolkit.rules.invariants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.raitoolkit.model.Aggravation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.ScoringPolicy;
import org.raitoolkit.model.SeverityFloors;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.SeverityCriteria;
import org.raitoolkit.model.SystemProfile;

/**
 * The default rules' risk scoring in plain Java, written independently of the rules, as the
 * oracle that the Drools result is compared with. Kept deliberately naive: one
 * straight pass, no facts, no agenda.
 */
final class ReferenceRiskScorer {

    /** The expected result for one factor. */
    record ExpectedFactor(String factorId, Likelihood likelihood, Severity severity, RiskLevel inherentLevel,
                          List<String> mitigationsApplied, Likelihood residualLikelihood,
                          Severity residualSeverity, RiskLevel residualLevel) {
    }

    /**
     * The expected result of one assessment.
     *
     * @param factors by factor id, in content order
     * @param instrumentalLevels by instrumental principle id
     * @param instrumentalSources the factors at each instrumental principle's level (empty when none threatens it)
     * @param coreLevels by core principle id
     * @param coreSources the threatened instrumental principles at each core principle's level
     */
    record Expected(Map<String, ExpectedFactor> factors,
                    Map<String, RiskLevel> instrumentalLevels, Map<String, Set<String>> instrumentalSources,
                    Map<String, RiskLevel> coreLevels, Map<String, Set<String>> coreSources,
                    RiskLevel overallLevel, Decision decision) {
    }

    private final ContentPack pack;

    ReferenceRiskScorer(ContentPack pack) {
        this.pack = pack;
    }

    Expected score(RiskAnswers answers) {
        ScoringPolicy policy = pack.scoring();
        SystemProfile profile = answers.system();

        Map<String, ExpectedFactor> factors = new LinkedHashMap<>();
        for (RiskFactor factor : pack.riskFactors()) {
            FactorRating rating = answers.ratings().get(factor.id());
            if (rating != null) {
                factors.put(factor.id(), scoreFactor(factor, rating, profile, policy));
            }
        }

        Map<String, RiskLevel> instrumentalLevels = new LinkedHashMap<>();
        Map<String, Set<String>> instrumentalSources = new LinkedHashMap<>();
        Map<String, RiskLevel> coreLevels = new LinkedHashMap<>();
        Map<String, Set<String>> coreSources = new LinkedHashMap<>();
        RiskLevel overall = RiskLevel.LOW;
        for (Principle core : pack.principles()) {
            RiskLevel coreLevel = RiskLevel.LOW;
            Map<String, RiskLevel> threatened = new LinkedHashMap<>();
            for (InstrumentalPrinciple instrumental : core.instrumentalPrinciples()) {
                RiskLevel level = RiskLevel.LOW;
                boolean any = false;
                for (RiskFactor f : pack.riskFactors()) {
                    ExpectedFactor e = factors.get(f.id());
                    if (e != null && f.principles().contains(instrumental.id())) {
                        any = true;
                        level = RiskLevel.max(level, e.residualLevel());
                    }
                }
                Set<String> sources = new TreeSet<>();
                for (RiskFactor f : pack.riskFactors()) {
                    ExpectedFactor e = factors.get(f.id());
                    if (e != null && f.principles().contains(instrumental.id()) && e.residualLevel() == level) {
                        sources.add(f.id());
                    }
                }
                instrumentalLevels.put(instrumental.id(), level);
                instrumentalSources.put(instrumental.id(), sources);
                if (any) {
                    threatened.put(instrumental.id(), level);
                }
                coreLevel = RiskLevel.max(coreLevel, level);
            }
            Set<String> sources = new TreeSet<>();
            for (Map.Entry<String, RiskLevel> t : threatened.entrySet()) {
                if (t.getValue() == coreLevel) {
                    sources.add(t.getKey());
                }
            }
            coreLevels.put(core.id(), coreLevel);
            coreSources.put(core.id(), sources);
            overall = RiskLevel.max(overall, coreLevel);
        }

        return new Expected(factors, instrumentalLevels, instrumentalSources, coreLevels, coreSources, overall,
                decision(answers, factors.values(), overall));
    }

    private static ExpectedFactor scoreFactor(RiskFactor factor, FactorRating rating, SystemProfile profile,
                                              ScoringPolicy policy) {
        int likelihood = rating.likelihood().value();
        int severity;
        int floor;
        if (rating.severity() != null) {
            severity = rating.severity().value();
            floor = factor.irremediability();
        } else {
            SeverityCriteria c = rating.severityCriteria();
            int sum = c.scale() + c.scope() + c.irremediability();
            severity = (sum + 2) / 3; // ceiling of the mean, in integers
            if (c.irremediability() >= policy.irremediabilityFloorFrom()) {
                severity = Math.max(severity, c.irremediability());
            }
            floor = c.irremediability();
        }

        for (Aggravation a : policy.aggravations()) {
            boolean threatensOne = a.principles().stream().anyMatch(factor.principles()::contains);
            if (threatensOne && a.appliesWhen().matches(profile)) {
                severity = Math.min(5, severity + a.severityIncrease());
                if (a.likelihoodAtLeast() != null && likelihood < a.likelihoodAtLeast().value()) {
                    likelihood = a.likelihoodAtLeast().value();
                }
            }
        }
        SeverityFloors floors = policy.severityFloors();
        RiskLevel inherent = policy.riskLevel(likelihood * severity);
        if (severity == 5) {
            inherent = RiskLevel.max(inherent, floors.criticalSeverityAtLeast());
        }

        // Only mitigations in place count, and together no more than the cap.
        int likelihoodReduction = 0;
        int severityReduction = 0;
        List<String> applied = new ArrayList<>();
        for (Mitigation m : factor.mitigations()) {
            if (rating.mitigation(m.id()).map(c -> c.lowersRisk()).orElse(false)) {
                applied.add(m.id());
                likelihoodReduction += m.effect().likelihoodReduction();
                severityReduction += m.effect().severityReduction();
            }
        }
        likelihoodReduction = Math.min(likelihoodReduction, policy.mitigationCap().likelihoodSteps());
        severityReduction = Math.min(severityReduction, policy.mitigationCap().severitySteps());
        int residualLikelihood = Math.max(1, likelihood - likelihoodReduction);
        int residualSeverity = Math.max(1, Math.max(Math.min(floor, severity), severity - severityReduction));
        RiskLevel residual = policy.riskLevel(residualLikelihood * residualSeverity);
        if (residualSeverity == 5) {
            residual = RiskLevel.max(residual, floors.criticalSeverityAtLeast());
        }
        if (Math.min(Math.min(5, floor), severity) >= floors.irremediableFrom()) {
            RiskLevel irremediable = floors.irremediableAtLeast().compareTo(inherent) < 0 ? floors.irremediableAtLeast() : inherent;
            residual = RiskLevel.max(residual, irremediable);
        }

        return new ExpectedFactor(factor.id(), Likelihood.values()[likelihood - 1], Severity.values()[severity - 1],
                inherent, applied, Likelihood.values()[residualLikelihood - 1], Severity.values()[residualSeverity - 1],
                residual);
    }

    private static Decision decision(RiskAnswers answers, Iterable<ExpectedFactor> factors, RiskLevel overall) {
        Decision decision = switch (overall) {
            case LOW -> Decision.PROCEED;
            case MEDIUM -> Decision.PROCEED_WITH_CONDITIONS;
            case HIGH -> Decision.ESCALATE;
            case VERY_HIGH -> Decision.DO_NOT_PROCEED;
        };
        LegalBasis legalBasis = answers.system().legalBasis();
        if (legalBasis == LegalBasis.NO) {
            decision = Decision.stricter(decision, Decision.DO_NOT_PROCEED);
        } else if (legalBasis == LegalBasis.UNCLEAR) {
            decision = Decision.stricter(decision, Decision.ESCALATE);
        }
        if (answers.organisationalReadiness() == ReadinessLevel.BEGINNING) {
            for (ExpectedFactor f : factors) {
                if (f.inherentLevel().isAtLeast(RiskLevel.HIGH)) {
                    decision = Decision.stricter(decision, Decision.ESCALATE);
                }
            }
        }
        return decision;
    }
}
