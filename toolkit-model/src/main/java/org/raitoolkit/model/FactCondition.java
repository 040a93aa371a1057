package org.raitoolkit.model;

import java.util.List;
import java.util.Objects;

/**
 * "When {@code field} is one of {@code values}": the condition under which an extension fact is
 * required. Values are written as in answer files: an enum constant's name, {@code true} or
 * {@code false}. For a {@link FactKind#SOME_OF} field, the condition holds when any of the
 * values is chosen. Immutable.
 *
 * @param field the name of another fact of the same section
 * @param values the values that make the fact required
 */
public record FactCondition(String field, List<String> values) {

    /** Copies the values and checks that there is at least one. */
    public FactCondition {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a condition on '" + field + "' needs at least one value");
        }
    }

    /** Whether the condition holds when {@code field} has {@code value} (a set for {@link FactKind#SOME_OF}). */
    public boolean holdsFor(Object value) {
        if (value instanceof java.util.Collection<?> chosen) {
            return chosen.stream().anyMatch(v -> values.contains(String.valueOf(v)));
        }
        return value != null && values.contains(String.valueOf(value));
    }

    @Override
    public String toString() {
        return field + " is " + String.join(" or ", values);
    }
}
