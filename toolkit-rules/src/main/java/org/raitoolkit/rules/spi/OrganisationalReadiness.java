package org.raitoolkit.rules.spi;

import org.raitoolkit.model.ReadinessLevel;

/**
 * Fact: the agency's overall readiness level, inserted when the risk answers give one.
 *
 * @param level the level
 */
public record OrganisationalReadiness(ReadinessLevel level) {
}
