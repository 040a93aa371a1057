package org.raitoolkit.euaiact;

import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.testkit.RuleSetContract;

/**
 * The EU-AI-ACT rule set meets the contract of the test kit: it compiles with the default rules,
 * every rule has an id, a description and a phase, nothing fires on empty input, and over
 * generated profiles (which have no euAiAct section) it never softens a default result.
 */
class EuAiActContractTest implements RuleSetContract {

    @Override
    public RuleSet ruleSet() {
        return EuAiAct.ruleSet();
    }
}
