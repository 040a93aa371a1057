package org.raitoolkit.model;

/** How urgent a recommendation or action is, most urgent first. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The priority of acting on a risk at {@code level}: VERY_HIGH is CRITICAL, and so on down. */
    public static Priority forRiskLevel(RiskLevel level) {
        return switch (level) {
            case VERY_HIGH -> CRITICAL;
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
    }
}
