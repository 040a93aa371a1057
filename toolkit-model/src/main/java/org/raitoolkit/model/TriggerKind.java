package org.raitoolkit.model;

/** The kinds of event that make the rules issue a catalogue recommendation. */
public enum TriggerKind {
    /** A factor's residual level reaches {@code riskLevelAtLeast}; names {@code factor}. */
    FACTOR_AT_LEAST,
    /** A core or instrumental principle's level reaches {@code riskLevelAtLeast}; names {@code principle}. */
    PRINCIPLE_AT_LEAST,
    /** The risk decision is {@code decision}. */
    DECISION,
    /** {@code fact} holds for the assessed system. */
    PROFILE_FACT,
    /** A readiness dimension is at {@code readinessLevelAtMost} or lower; names {@code dimension}. */
    DIMENSION_AT_MOST,
    /** A readiness dimension has at least one UNKNOWN answer; names {@code dimension}. */
    DIMENSION_UNKNOWN_ANSWERS
}
