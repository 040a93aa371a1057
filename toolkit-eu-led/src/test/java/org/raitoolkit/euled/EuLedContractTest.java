package org.raitoolkit.euled;

import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.testkit.RuleSetContract;

/**
 * The EU-LED rule set meets the contract of the test kit: it compiles with the default rules,
 * every rule has an id, a description and a phase, nothing fires on empty input, and over
 * generated profiles (which have no euLed section) it never softens a default result.
 */
class EuLedContractTest implements RuleSetContract {

    @Override
    public RuleSet ruleSet() {
        return EuLed.ruleSet();
    }
}
