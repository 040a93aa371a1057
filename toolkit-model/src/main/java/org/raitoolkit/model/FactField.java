package org.raitoolkit.model;

import java.util.List;
import java.util.Objects;

/**
 * One typed fact that an extension rule set reads: a component of its section's record, with what
 * a person filling in the answer file needs to know. Made by {@link FactSection.Builder}, which
 * reads the kind, allowed values and bounds from the record component. Immutable.
 *
 * @param name the component's name, as written in answer files
 * @param help what the fact means and how to answer it, in a sentence or two
 * @param kind the kind of value
 * @param allowedValues for {@link FactKind#ONE_OF} and {@link FactKind#SOME_OF}: the enum constants, in order; else empty
 * @param min the smallest number allowed ({@code @Min}), or {@code null}
 * @param max the largest number allowed ({@code @Max}), or the longest text ({@code @Size(max)}), or {@code null}
 * @param requiredWhen the conditions under which the fact must be given (any one suffices); empty when always optional
 */
public record FactField(String name, String help, FactKind kind, List<String> allowedValues, Long min, Long max,
                        List<FactCondition> requiredWhen) {

    /** Copies the lists and checks that name and help are given. */
    public FactField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (help == null || help.isBlank()) {
            throw new IllegalArgumentException("fact '" + name + "' needs a help text");
        }
        allowedValues = List.copyOf(allowedValues);
        requiredWhen = List.copyOf(requiredWhen);
    }

    /**
     * What the fact may hold, as a person reads it in messages and templates, for example
     * "one of NONE, REQUESTED, GRANTED" or "a whole number from 0 to 72".
     */
    public String allowed() {
        return switch (kind) {
            case YES_NO -> "true or false";
            case WHOLE_NUMBER -> min != null && max != null ? "a whole number from " + min + " to " + max
                    : min != null ? "a whole number of at least " + min
                    : max != null ? "a whole number of at most " + max : "a whole number";
            case DATE -> "a date as YYYY-MM-DD";
            case TEXT -> max == null ? "text" : "text of at most " + max + " characters";
            case ONE_OF -> "one of " + String.join(", ", allowedValues);
            case SOME_OF -> "a list of any of " + String.join(", ", allowedValues);
        };
    }

    /** When the fact must be given, as a person reads it, for example "when warrant is REQUESTED"; empty when always optional. */
    public String requiredWhenText() {
        return requiredWhen.stream().map(c -> "when " + c).collect(java.util.stream.Collectors.joining(", or "));
    }
}
