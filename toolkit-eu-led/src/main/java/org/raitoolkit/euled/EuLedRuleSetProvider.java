package org.raitoolkit.euled;

import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.spi.RuleSetProvider;

/**
 * Contributes {@link EuLed#ruleSet()} to engines built with
 * {@code ToolkitEngine.builder().discoverRuleSets()}: putting this jar on the class path is
 * enough. Registered in {@code META-INF/services/org.raitoolkit.rules.spi.RuleSetProvider}.
 * Thread-safe.
 */
public final class EuLedRuleSetProvider implements RuleSetProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public EuLedRuleSetProvider() {
    }

    @Override
    public RuleSet ruleSet() {
        return EuLed.ruleSet();
    }
}
