package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.raitoolkit.model.internal.EnumText;

/**
 * An answer to a readiness question on the 0–4 maturity scale, or {@link #UNKNOWN} when the
 * agency does not know. UNKNOWN scores like 0 and is reported separately as a gap in knowledge.
 */
public enum MaturityLevel {
    NOT_IN_PLACE(0), INITIAL(1), DEVELOPING(2), ESTABLISHED(3), OPTIMISED(4), UNKNOWN(-1);

    private final int value;

    MaturityLevel(int value) {
        this.value = value;
    }

    /** The position on the scale, 0–4, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return value;
    }

    /** The points this answer scores: its value, and 0 for {@link #UNKNOWN}. */
    public int points() {
        return Math.max(0, value);
    }

    /**
     * Reads an answer written as 0–4, a name such as {@code ESTABLISHED}, or {@code UNKNOWN}.
     *
     * @throws IllegalArgumentException listing the allowed values
     */
    @JsonCreator
    public static MaturityLevel parse(String text) {
        return EnumText.parse(MaturityLevel.class, text, MaturityLevel::value);
    }
}
