package org.raitoolkit.model;

import java.util.Map;

/**
 * Why part of a result is what it is: the rule that produced it, the inputs it matched and a
 * sentence a person can read.
 *
 * @param ruleId the {@code @id} of the rule that fired
 * @param text what the rule concluded, in words
 * @param matched the inputs the rule matched, by name, as text
 */
public record Reason(String ruleId, String text, Map<String, String> matched) {

    public Reason {
        matched = Lists.copy(matched);
    }

    /** A reason with no matched inputs listed. */
    public static Reason of(String ruleId, String text) {
        return new Reason(ruleId, text, Map.of());
    }
}
