package org.raitoolkit.model;

import java.util.LinkedHashMap;
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

    /** Copies {@code matched}, keeping its order; {@code null} reads as no inputs. */
    public Reason {
        matched = Lists.copy(matched);
    }

    /** A reason with no matched inputs listed. */
    public static Reason of(String ruleId, String text) {
        return new Reason(ruleId, text, Map.of());
    }

    /**
     * A reason whose matched inputs are given as name/value pairs, each turned into text with
     * {@link String#valueOf(Object)}, in the order given. A name given twice keeps its first
     * place and takes its last value.
     *
     * @param pairs name, value, name, value, ... for example {@code "factor", "RF-X", "likelihood", 4}
     * @throws IllegalArgumentException if {@code pairs} has an odd number of elements
     */
    public static Reason withInputs(String ruleId, String text, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("matched inputs come in name/value pairs; got " + pairs.length + " elements");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            inputs.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
        }
        return new Reason(ruleId, text, inputs);
    }
}
