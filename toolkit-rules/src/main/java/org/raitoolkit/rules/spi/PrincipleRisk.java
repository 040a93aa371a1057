package org.raitoolkit.rules.spi;

import org.raitoolkit.model.RiskLevel;

/**
 * Fact: what a workbook review knows of the system's risk under one instrumental principle:
 * the residual level from a risk assessment, or only that an applicable factor threatens it.
 *
 * @param principleId the instrumental principle
 * @param level the residual level, or {@code null} when the factors were not rated
 * @param applicableFactors how many applicable factors threaten the principle
 */
public record PrincipleRisk(String principleId, RiskLevel level, int applicableFactors) {
}
