package org.raitoolkit.euled;

import org.raitoolkit.testkit.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.testkit.ScenarioOutcome;
import org.raitoolkit.testkit.Scenarios;

/**
 * Runs the scenario files of the EU-LED rule set and checks that every rule of the set has a
 * scenario where it fires and one where it does not.
 */
class EuLedScenariosTest {

    private static final Path SCENARIOS = TestResources.path("scenarios");

    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.builder().ruleSet(EuLed.ruleSet()).build();
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_passes() {
        return Scenarios.files(SCENARIOS).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ScenarioOutcome outcome = Scenarios.run(Holder.ENGINE, f);
            assertThat(outcome.mismatches()).as(outcome.toString()).isEmpty();
        }));
    }

    @Test
    void should_have_a_firing_and_a_non_firing_scenario_for_every_rule_of_the_set() {
        // GIVEN every rule of the set and every scenario outcome
        Set<String> rules = Holder.ENGINE.rules().stream().filter(r -> r.ruleSet().equals(EuLed.RULE_SET_ID))
                .map(RuleInfo::id).collect(Collectors.toSet());
        List<ScenarioOutcome> outcomes = Scenarios.runAll(Holder.ENGINE, SCENARIOS);
        // WHEN we collect the rules that passing scenarios check as fired and as not fired
        Set<String> fired = outcomes.stream().filter(ScenarioOutcome::passed)
                .flatMap(o -> o.scenario().expect().fired().stream()).collect(Collectors.toSet());
        Set<String> notFired = outcomes.stream().filter(ScenarioOutcome::passed)
                .flatMap(o -> o.scenario().expect().notFired().stream()).collect(Collectors.toSet());
        // THEN each rule is in both
        assertThat(rules).as("rules of " + EuLed.RULE_SET_ID).hasSizeGreaterThan(40);
        assertThat(fired).as("rules with a scenario where they fire").containsAll(rules);
        assertThat(notFired).as("rules with a scenario where they do not fire").containsAll(rules);
    }
}
