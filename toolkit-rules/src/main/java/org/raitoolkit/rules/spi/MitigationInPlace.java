package org.raitoolkit.rules.spi;

import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.MitigationStatus;

/**
 * Fact: a mitigation of one factor that the assessor reports IMPLEMENTED or VERIFIED, and so
 * lowers the factor's rating (within the policy's cap).
 *
 * @param factorId the factor
 * @param mitigation the mitigation
 * @param claim what the assessor reported: its status and evidence
 */
public record MitigationInPlace(String factorId, Mitigation mitigation, MitigationClaim claim) {

    /** A mitigation reported IMPLEMENTED, with no evidence reference. */
    public MitigationInPlace(String factorId, Mitigation mitigation) {
        this(factorId, mitigation, MitigationClaim.of(mitigation.id(), MitigationStatus.IMPLEMENTED));
    }

    /** How the reason names its status: with the evidence, and a note where the file gave none. */
    public String statusText() {
        return (claim.status() == null ? "IMPLEMENTED (no status given: an id alone reads as IMPLEMENTED)" : claim.status().name())
                + (claim.evidence() == null || claim.evidence().isBlank() ? "" : ", evidence: " + claim.evidence());
    }
}
