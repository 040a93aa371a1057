package org.raitoolkit.rules.spi;

import org.raitoolkit.rules.RuleSet;

/**
 * Contributes a rule set from a jar on the class path. Register an implementation in
 * {@code META-INF/services/org.raitoolkit.rules.spi.RuleSetProvider}; an engine built with
 * {@code ToolkitEngine.builder().discoverRuleSets()} loads every provider it finds.
 *
 * <p>Implementations must have a public no-argument constructor and be thread-safe.
 */
public interface RuleSetProvider {

    /** The rule set to add. Called once per engine build. */
    RuleSet ruleSet();
}
