package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Levels that the severity of a harm guarantees whatever its likelihood: human-rights due
 * diligence weighs how grave a harm is before how probable.
 *
 * @param criticalSeverityAtLeast the lowest level of a factor whose severity is CRITICAL, before
 *     and after mitigation
 * @param irremediableFrom the irremediability (1–5) from which a harm counts as irremediable; it
 *     must be rated at least this severe too, since a harm rated less severe is, for the system
 *     assessed, one that can be put right
 * @param irremediableAtLeast the lowest residual level of a factor whose harm is irremediable:
 *     mitigations cannot take it below this
 */
public record SeverityFloors(
        @NotNull RiskLevel criticalSeverityAtLeast,
        @Min(1) @Max(5) int irremediableFrom,
        @NotNull RiskLevel irremediableAtLeast) {

    /**
     * The default method's floors: CRITICAL is at least HIGH; a harm of irremediability 4 or 5
     * (hard or impossible to put right) at least MEDIUM.
     */
    public static final SeverityFloors DEFAULT = new SeverityFloors(RiskLevel.HIGH, 4, RiskLevel.MEDIUM);
}
