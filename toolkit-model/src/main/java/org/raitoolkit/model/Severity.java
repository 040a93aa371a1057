package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.raitoolkit.model.internal.EnumText;

/** How grave a harm would be, on the toolkit's 1–5 scale. */
public enum Severity {
    MINIMAL(1), MINOR(2), MODERATE(3), MAJOR(4), CRITICAL(5);

    private final int value;

    Severity(int value) {
        this.value = value;
    }

    /** The position on the scale, 1 (minimal) to 5 (critical). */
    public int value() {
        return value;
    }

    /** The severity at {@code value}, clamped into 1–5. */
    public static Severity clamped(int value) {
        return values()[Math.max(1, Math.min(5, value)) - 1];
    }

    /**
     * Reads a severity written as its name or its number.
     *
     * @throws IllegalArgumentException listing the allowed values
     */
    @JsonCreator
    public static Severity parse(String text) {
        return EnumText.parse(Severity.class, text, Severity::value);
    }
}
