package org.raitoolkit.euaiact;

import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.spi.RuleSetProvider;

/**
 * Contributes {@link EuAiAct#ruleSet()} to engines built with
 * {@code ToolkitEngine.builder().discoverRuleSets()}: putting this jar on the class path is
 * enough. Registered in {@code META-INF/services/org.raitoolkit.rules.spi.RuleSetProvider}.
 * Thread-safe.
 */
public final class EuAiActRuleSetProvider implements RuleSetProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public EuAiActRuleSetProvider() {
    }

    @Override
    public RuleSet ruleSet() {
        return EuAiAct.ruleSet();
    }
}
