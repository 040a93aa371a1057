package org.raitoolkit.model;

/** A band of the likelihood × severity product, ordered from least to most serious. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, VERY_HIGH;

    /** Whether this level is at least as serious as {@code other}. */
    public boolean isAtLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }

    /** The more serious of two levels; {@code null} counts as no level. */
    public static RiskLevel max(RiskLevel a, RiskLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
