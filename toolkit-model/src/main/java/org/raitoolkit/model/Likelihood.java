package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.raitoolkit.model.internal.EnumText;

/** How likely a harm is to occur, on the toolkit's 1–5 scale. */
public enum Likelihood {
    RARE(1), UNLIKELY(2), POSSIBLE(3), LIKELY(4), ALMOST_CERTAIN(5);

    private final int value;

    Likelihood(int value) {
        this.value = value;
    }

    /** The position on the scale, 1 (rare) to 5 (almost certain). */
    public int value() {
        return value;
    }

    /**
     * The likelihood at {@code value}, clamped into 1–5 so that arithmetic on the scale (an
     * aggravation or a mitigation) can never leave it.
     */
    public static Likelihood clamped(int value) {
        return values()[Math.max(1, Math.min(5, value)) - 1];
    }

    /**
     * Reads a likelihood written as its name or its number.
     *
     * @throws IllegalArgumentException listing the allowed values
     */
    @JsonCreator
    public static Likelihood parse(String text) {
        return EnumText.parse(Likelihood.class, text, Likelihood::value);
    }
}
