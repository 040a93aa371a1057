package org.raitoolkit.rules.spi;

import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;

/**
 * Fact: a mitigation of one factor that the assessor reports PLANNED. It lowers nothing; it is
 * recommended as a condition of use.
 *
 * @param factorId the factor
 * @param mitigation the mitigation
 * @param claim what the assessor reported
 */
public record MitigationPlanned(String factorId, Mitigation mitigation, MitigationClaim claim) {
}
