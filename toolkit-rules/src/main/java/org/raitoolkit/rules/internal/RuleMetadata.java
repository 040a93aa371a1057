package org.raitoolkit.rules.internal;

import org.kie.api.definition.rule.Rule;

/** Reads a rule's metadata as plain text. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    /** The rule's {@code @id}, or {@code null} if it has none. */
    static String id(Rule rule) {
        return text(rule.getMetaData().get("id"));
    }

    /** The rule's {@code @description}, or {@code null} if it has none. */
    static String description(Rule rule) {
        return text(rule.getMetaData().get("description"));
    }

    /**
     * The executable model keeps the quotes of {@code @id("X")} in the value; a decision table
     * may not write them. Strip them so that both read the same.
     */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
