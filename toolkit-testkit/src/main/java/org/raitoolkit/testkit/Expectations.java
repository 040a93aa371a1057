package org.raitoolkit.testkit;

import java.util.List;
import java.util.Map;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskLevel;

/**
 * What a scenario expects. Every field is optional; only what is given is checked.
 *
 * @param decision the risk decision
 * @param overallLevel the overall risk level
 * @param principles levels of core or instrumental principles, by id
 * @param factors residual levels of factors, by id
 * @param readinessLevel the overall readiness level
 * @param roadmapPhase the id of the roadmap phase
 * @param dimensions readiness levels by dimension id
 * @param recommendations recommendation ids that must be present
 * @param absentRecommendations recommendation ids that must not be present
 * @param findings codes of findings (from extra rule sets) that must be present
 * @param firstAction the id of the workbook item that must head the action plan
 * @param fired rule ids that must have fired
 * @param notFired rule ids that must not have fired
 */
public record Expectations(
        Decision decision,
        RiskLevel overallLevel,
        Map<String, RiskLevel> principles,
        Map<String, RiskLevel> factors,
        ReadinessLevel readinessLevel,
        String roadmapPhase,
        Map<String, ReadinessLevel> dimensions,
        List<String> recommendations,
        List<String> absentRecommendations,
        List<String> findings,
        String firstAction,
        List<String> fired,
        List<String> notFired) {

    public Expectations {
        principles = principles == null ? Map.of() : Map.copyOf(principles);
        factors = factors == null ? Map.of() : Map.copyOf(factors);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        absentRecommendations = absentRecommendations == null ? List.of() : List.copyOf(absentRecommendations);
        findings = findings == null ? List.of() : List.copyOf(findings);
        fired = fired == null ? List.of() : List.copyOf(fired);
        notFired = notFired == null ? List.of() : List.copyOf(notFired);
    }
}
