package org.raitoolkit.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The range of likelihood × severity products that make up one risk level.
 *
 * @param level the level
 * @param minScore the lowest product in the band, 1–25
 * @param maxScore the highest product in the band, 1–25
 */
public record RiskBand(
        @NotNull RiskLevel level,
        @Min(1) @Max(25) int minScore,
        @Min(1) @Max(25) int maxScore) {

    /** Whether {@code score} falls in this band. */
    public boolean contains(int score) {
        return score >= minScore && score <= maxScore;
    }
}
