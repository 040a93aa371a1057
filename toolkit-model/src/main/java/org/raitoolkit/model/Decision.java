package org.raitoolkit.model;

/** What an agency should do with an AI system, ordered from least to most restrictive. */
public enum Decision {
    /** Every residual risk is low. */
    PROCEED,
    /** Medium residual risks remain: proceed only with the recommended conditions met. */
    PROCEED_WITH_CONDITIONS,
    /** A high residual risk remains: independent review and senior sign-off are required. */
    ESCALATE,
    /** A very high residual risk, no legal basis, or a prohibition: do not use the system. */
    DO_NOT_PROCEED;

    /** The more restrictive of two decisions; {@code null} counts as none. */
    public static Decision stricter(Decision a, Decision b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
