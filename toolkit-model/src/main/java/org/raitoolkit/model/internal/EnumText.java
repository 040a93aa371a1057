package org.raitoolkit.model.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Reads enum constants written by people: by name in any case, or by their number on a scale.
 * Shared by the model's enums so that every scale accepts the same spellings and rejects the rest
 * with one message that lists what is allowed.
 */
public final class EnumText {

    private EnumText() {
    }

    /**
     * Returns the constant of {@code type} named or numbered by {@code text}.
     *
     * @param type the enum type
     * @param text the name (case-insensitive, '-' or ' ' read as '_') or the number
     * @param number the number of each constant (negative for one that is off the scale and read by
     *     name only), or {@code null} if the enum has no numbers
     * @throws IllegalArgumentException naming the allowed values when nothing matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, ToIntFunction<E> number) {
        if (text == null) {
            throw new IllegalArgumentException("no value given; allowed: " + allowed(type, number));
        }
        String trimmed = text.trim();
        String key = trimmed.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
            // A negative number marks a constant off the scale (UNKNOWN), which is read by name only.
            if (number != null && number.applyAsInt(constant) >= 0
                    && String.valueOf(number.applyAsInt(constant)).equals(trimmed)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(
                "'" + trimmed + "' is not allowed; allowed: " + allowed(type, number));
    }

    /** The allowed spellings of {@code type}, for error messages. */
    public static <E extends Enum<E>> String allowed(Class<E> type, ToIntFunction<E> number) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> number == null || number.applyAsInt(c) < 0
                        ? c.name()
                        : number.applyAsInt(c) + " (" + c.name() + ")")
                .collect(Collectors.joining(", "));
    }
}
