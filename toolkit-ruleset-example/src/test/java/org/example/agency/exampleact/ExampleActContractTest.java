package org.example.agency.exampleact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.testkit.RuleSetContract;
import org.raitoolkit.testkit.ScenarioOutcome;
import org.raitoolkit.testkit.Scenarios;

/**
 * The kit's checks on the Example Act rule set (it compiles with the default rules, every rule
 * has an id, a description and a phase, nothing fires on empty input, every rule fires in one of
 * the scenarios, it never makes a default result milder), and one more: every scenario in
 * src/test/resources/scenarios comes out as it expects.
 */
class ExampleActContractTest implements RuleSetContract {

    @Override
    public RuleSet ruleSet() {
        return new ExampleActRuleSetProvider().ruleSet();
    }

    @Test
    void every_scenario_comes_out_as_it_expects(ToolkitEngine engine) {
        for (ScenarioOutcome outcome : Scenarios.runAll(engine, scenarios())) {
            assertThat(outcome.mismatches()).as(outcome.toString()).isEmpty();
        }
    }
}
