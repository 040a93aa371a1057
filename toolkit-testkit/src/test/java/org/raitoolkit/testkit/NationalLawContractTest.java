package org.raitoolkit.testkit;

import java.nio.file.Path;
import org.raitoolkit.rules.RuleSet;

/** The example national-law rule set meets the contract the kit hands to rule authors. */
class NationalLawContractTest implements RuleSetContract {

    @Override
    public RuleSet ruleSet() {
        return RuleSet.fromFolder("NATIONAL-LAW", TestResources.path("national-law"));
    }

    @Override
    public Path scenarios() {
        return TestResources.path("scenarios/national-law");
    }

    @Override
    public int sampleSize() {
        return 60;
    }
}
