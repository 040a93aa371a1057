package org.raitoolkit.rules;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.rules.internal.DroolsToolkitEngine;

/**
 * Checks for rule-set authors, used by the test kit's contract test. Stateless.
 */
public final class RuleSetChecks {

    private RuleSetChecks() {
    }

    /**
     * Runs every phase of {@code engine}'s rules in a session with no facts and returns the ids
     * of the rules that fired, sorted. A well-guarded rule fires on nothing, so this is empty
     * for sound rule sets.
     *
     * @throws IllegalArgumentException if {@code engine} was not built by {@link ToolkitEngine#builder()}
     * @throws NullPointerException if {@code engine} is null
     */
    public static List<String> rulesFiringWithoutFacts(ToolkitEngine engine) {
        Objects.requireNonNull(engine, "engine");
        if (!(engine instanceof DroolsToolkitEngine drools)) {
            throw new IllegalArgumentException("not an engine built by ToolkitEngine.builder()");
        }
        return drools.fireOnEmptySession();
    }
}
