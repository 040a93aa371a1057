package org.raitoolkit.testkit;

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
import org.raitoolkit.model.Applicability;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.ProfileFact;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Runs the scenario files of the default rules and checks that every default rule has a
 * scenario where it fires and one where it does not.
 */
class DefaultRuleScenariosTest {

    /** The engine with the default rules, built once for this class. */
    private static final ToolkitEngine DEFAULTS = ToolkitEngine.withDefaults();

    private static final Path DEFAULT_SCENARIOS = TestResources.path("scenarios/default");
    private static final Path CONDITIONAL_SCENARIOS = TestResources.path("scenarios/conditional-pack");

    /**
     * The default pack with every factor made conditional on personal data too: in the default
     * pack some factors apply to every system, so the rules that score factors always fire.
     */
    private static ToolkitEngine conditionalEngine() {
        ContentPack d = DEFAULTS.content();
        List<RiskFactor> factors = d.riskFactors().stream().map(f -> {
            Applicability a = f.appliesWhen();
            Set<ProfileFact> allOf = new java.util.HashSet<>(a.allOf());
            allOf.add(ProfileFact.PROCESSES_PERSONAL_DATA);
            return new RiskFactor(f.id(), f.title(), f.description(), f.principles(), f.rights(),
                    new Applicability(a.applicationAreas(), allOf, a.anyOf(), a.noneOf()),
                    f.guidance(), f.irremediability(), f.mitigations());
        }).toList();
        ContentPack pack = new ContentPack(d.manifest(), d.principles(), d.dimensions(), d.readinessQuestions(), factors,
                d.workbookItems(), d.roadmap(), d.recommendations(), d.glossary(), d.scoring());
        return ToolkitEngine.builder().content(pack).build();
    }

    private static final class Holder {
        static final ToolkitEngine CONDITIONAL = conditionalEngine();
    }

    private static List<ScenarioOutcome> allOutcomes() {
        List<ScenarioOutcome> outcomes = new ArrayList<>(Scenarios.runAll(DEFAULTS, DEFAULT_SCENARIOS));
        outcomes.addAll(Scenarios.runAll(Holder.CONDITIONAL, CONDITIONAL_SCENARIOS));
        return outcomes;
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_of_the_default_rules_passes() {
        return Stream.concat(
                Scenarios.files(DEFAULT_SCENARIOS).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                        () -> assertPasses(Scenarios.run(DEFAULTS, f)))),
                Scenarios.files(CONDITIONAL_SCENARIOS).stream().map(f -> DynamicTest.dynamicTest("conditional-pack/" + f.getFileName(),
                        () -> assertPasses(Scenarios.run(Holder.CONDITIONAL, f)))));
    }

    private static void assertPasses(ScenarioOutcome outcome) {
        assertThat(outcome.mismatches()).as(outcome.toString()).isEmpty();
    }

    @Test
    void should_have_a_firing_and_a_non_firing_scenario_for_every_default_rule() {
        // GIVEN every default rule and every scenario outcome
        Set<String> rules = DEFAULTS.rules().stream()
                .filter(r -> r.ruleSet().equals("DEFAULT")).map(RuleInfo::id).collect(Collectors.toSet());
        List<ScenarioOutcome> outcomes = allOutcomes();
        // WHEN we collect the rules each passing scenario claims, and checks, fired or not fired
        Set<String> claimedFired = outcomes.stream().filter(ScenarioOutcome::passed)
                .flatMap(o -> o.scenario().expect().fired().stream()).collect(Collectors.toSet());
        Set<String> claimedNotFired = outcomes.stream().filter(ScenarioOutcome::passed)
                .flatMap(o -> o.scenario().expect().notFired().stream()).collect(Collectors.toSet());
        // THEN each rule is in both
        assertThat(rules).as("default rules").hasSizeGreaterThan(25);
        assertThat(claimedFired).as("rules with a scenario where they fire").containsAll(rules);
        assertThat(claimedNotFired).as("rules with a scenario where they do not fire").containsAll(rules);
    }
}
