package org.raitoolkit.model;

/**
 * A readiness question answered below ESTABLISHED, or not known.
 *
 * @param questionId the question
 * @param dimensionId its dimension
 * @param text the question's text
 * @param answer the answer given (UNKNOWN if none)
 * @param critical whether the question is critical
 */
public record ReadinessGap(
        String questionId,
        String dimensionId,
        String text,
        MaturityLevel answer,
        boolean critical) {
}
