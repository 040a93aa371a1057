package org.raitoolkit.rules.spi;

import org.raitoolkit.model.Mitigation;

/**
 * Fact: a mitigation of one factor that the assessor says is in place.
 *
 * @param factorId the factor
 * @param mitigation the mitigation
 */
public record MitigationInPlace(String factorId, Mitigation mitigation) {
}
