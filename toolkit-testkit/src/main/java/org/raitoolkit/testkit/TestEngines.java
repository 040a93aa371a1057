package org.raitoolkit.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Engines for tests, built once per combination of rule sets and shared for the life of the test
 * JVM: compiling rules takes seconds, and engines are thread-safe. Thread-safe.
 */
public final class TestEngines {

    private static final Map<List<RuleSet>, ToolkitEngine> ENGINES = new ConcurrentHashMap<>();

    private TestEngines() {
    }

    /** The engine with the default content and rules only. */
    public static ToolkitEngine defaults() {
        return withRuleSets();
    }

    /** An engine with the default content and rules plus {@code ruleSets}, in that order. */
    public static ToolkitEngine withRuleSets(RuleSet... ruleSets) {
        List<RuleSet> key = List.copyOf(Arrays.asList(ruleSets));
        return ENGINES.computeIfAbsent(key, k -> {
            ToolkitEngine.Builder builder = ToolkitEngine.builder();
            k.forEach(builder::ruleSet);
            return builder.build();
        });
    }
}
