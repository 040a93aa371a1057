package org.raitoolkit.model;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what is wrong, including what is allowed.
 *
 * @param source the file or other source name, for example {@code risk-factors.yaml}, or
 *     {@code <input>} for objects built in code
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON pointer of the offending value (RFC 6901), {@code ""} for the whole input
 * @param message what is wrong and what is allowed
 */
public record Problem(String source, int line, int column, String pointer, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** A problem in an object built in code, located by JSON pointer only. */
    public static Problem at(String pointer, String message) {
        return new Problem("<input>", 0, 0, pointer, message);
    }

    /** Reads as {@code file:line:column: /pointer: message}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (!pointer.isEmpty()) {
            s.append(pointer).append(": ");
        }
        return s.append(message).toString();
    }
}
