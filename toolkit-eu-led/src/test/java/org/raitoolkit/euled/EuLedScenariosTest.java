package org.raitoolkit.euled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.testkit.Expectations;
import org.raitoolkit.testkit.Scenario;
import org.raitoolkit.testkit.Scenarios;

/**
 * Runs the scenario files of the EU-LED rule set and checks that every rule of the set has a
 * scenario where it fires and one where it does not.
 */
class EuLedScenariosTest {

    private static final Path SCENARIOS = Resources.path("scenarios");

    private static final class Holder {
        static final ToolkitEngine ENGINE = ToolkitEngine.builder().ruleSet(EuLed.ruleSet()).build();
    }

    /**
     * What does not hold of the scenario's expectations; empty when it passes. The test kit's
     * {@code Scenarios.run} reads inputs without the engine's fact sections, so it cannot read a
     * euLed section yet; this reads them with the engine's sections and checks the same
     * expectations of a RISK scenario.
     */
    private static List<String> mismatches(Path file) {
        Scenario scenario = Scenarios.read(file);
        Expectations e = scenario.expect();
        RiskResult r = Holder.ENGINE.assessRisk(AnswerFiles.forPack(Holder.ENGINE.content())
                .withFactSections(Holder.ENGINE.factSections()).readRisk(file.getParent().resolve(scenario.input())));
        List<String> problems = new ArrayList<>();
        if (e.decision() != null && e.decision() != r.decision()) {
            problems.add("decision: expected " + e.decision() + " but was " + r.decision() + " " + r.decisionReasons());
        }
        List<String> codes = r.findings().stream().map(Finding::code).toList();
        e.findings().stream().filter(c -> !codes.contains(c)).forEach(c -> problems.add("finding " + c + " missing; found " + codes));
        List<String> ids = r.recommendations().stream().map(Recommendation::id).toList();
        e.recommendations().stream().filter(id -> !ids.contains(id)).forEach(id -> problems.add("recommendation " + id + " missing"));
        e.fired().stream().filter(id -> !r.firedRules().contains(id)).forEach(id -> problems.add("rule " + id + " did not fire"));
        e.notFired().stream().filter(r.firedRules()::contains).forEach(id -> problems.add("rule " + id + " fired but was expected not to"));
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_passes() {
        return Scenarios.files(SCENARIOS).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertThat(mismatches(f)).as(f.getFileName().toString()).isEmpty()));
    }

    @Test
    void should_have_a_firing_and_a_non_firing_scenario_for_every_rule_of_the_set() {
        // GIVEN every rule of the set and the scenarios that pass
        Set<String> rules = Holder.ENGINE.rules().stream().filter(r -> r.ruleSet().equals(EuLed.RULE_SET_ID))
                .map(RuleInfo::id).collect(Collectors.toSet());
        List<Scenario> passing = Scenarios.files(SCENARIOS).stream().filter(f -> mismatches(f).isEmpty()).map(Scenarios::read).toList();
        // WHEN we collect the rules they check as fired and as not fired
        Set<String> fired = passing.stream().flatMap(s -> s.expect().fired().stream()).collect(Collectors.toSet());
        Set<String> notFired = passing.stream().flatMap(s -> s.expect().notFired().stream()).collect(Collectors.toSet());
        // THEN each rule is in both
        assertThat(rules).as("rules of " + EuLed.RULE_SET_ID).hasSizeGreaterThan(40);
        assertThat(fired).as("rules with a scenario where they fire").containsAll(rules);
        assertThat(notFired).as("rules with a scenario where they do not fire").containsAll(rules);
    }
}
