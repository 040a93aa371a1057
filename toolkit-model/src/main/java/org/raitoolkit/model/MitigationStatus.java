package org.raitoolkit.model;

/** How far a mitigation has got: only one that is in place lowers a rating. */
public enum MitigationStatus {
    /** Decided on but not in place yet: it counts as a condition, never as a reduction. */
    PLANNED,
    /** In place, on the agency's word. */
    IMPLEMENTED,
    /** In place and checked: tested, audited or otherwise shown to work. */
    VERIFIED;

    /** Whether a mitigation with this status lowers its factor's rating. */
    public boolean lowersRisk() {
        return this != PLANNED;
    }
}
