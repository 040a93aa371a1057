package org.raitoolkit.testkit;

import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.spi.RuleSetProvider;

/** A provider registered in this module's test META-INF/services, as an agency's jar would be. */
public final class ExampleRuleSetProvider implements RuleSetProvider {

    @Override
    public RuleSet ruleSet() {
        return RuleSet.fromClasspath("NATIONAL-LAW", "an example national-law rule set",
                ExampleRuleSetProvider.class.getClassLoader(),
                "national-law/biometrics.drl", "national-law/retention.drl.csv");
    }
}
