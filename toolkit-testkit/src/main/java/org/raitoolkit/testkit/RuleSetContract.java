package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.RuleSetChecks;

/**
 * The contract every rule set added to the toolkit should meet. Implement it in a test class of
 * your own and return your rule set; JUnit 5 runs the default methods as tests, each given the
 * engine with your rule set, built once per test class.
 *
 * <pre>{@code
 * class NationalRulesContractTest implements RuleSetContract {
 *     public RuleSet ruleSet() {
 *         return RuleSet.fromFolder("NATIONAL-LAW", Path.of("src/main/rules/national"));
 *     }
 * }
 * }</pre>
 *
 * <p>Every rule of the set must fire in at least one of the set's scenario files
 * ({@link #scenarios()}, by default {@code src/test/resources/scenarios}): a rule that fires on
 * none is either untested or can never fire.
 */
@ExtendWith(ContractEngineResolver.class)
public interface RuleSetContract {

    /** The rule set under test. */
    RuleSet ruleSet();

    /** How many generated risk answers the comparison with the default rules runs over. */
    default int sampleSize() {
        return 100;
    }

    /** The seed of the generated answers; printed in every failure. */
    default long seed() {
        return 20261127L;
    }

    /**
     * The folder of the rule set's scenario files (see {@link Scenarios}), read directly, not its
     * sub-folders; {@code src/test/resources/scenarios} of the project under test unless overridden.
     */
    default Path scenarios() {
        return Path.of("src", "test", "resources", "scenarios");
    }

    private List<RuleInfo> ownRules(ToolkitEngine engine) {
        return engine.rules().stream().filter(r -> r.ruleSet().equals(ruleSet().id())).toList();
    }

    @Test
    default void rule_set_compiles_with_the_default_rules_and_adds_rules(ToolkitEngine engine) {
        assertThat(engine.ruleSets()).contains(ruleSet().id());
        assertThat(ownRules(engine)).as("rules of %s", ruleSet().id()).isNotEmpty();
    }

    @Test
    default void every_rule_has_an_id_and_a_description(ToolkitEngine engine) {
        assertThat(ownRules(engine)).allSatisfy(r -> {
            assertThat(r.id()).as("id of rule '%s'", r.name()).isNotBlank();
            assertThat(r.description()).as("@description of rule %s", r.id()).isNotBlank();
        });
    }

    @Test
    default void every_rule_runs_in_a_phase_of_the_engine(ToolkitEngine engine) {
        Set<String> phases = Set.of("risk-applicability", "risk-rate", "risk-aggravate", "risk-inherent",
                "risk-mitigate", "risk-residual", "risk-aggregate", "risk-decide", "risk-recommend",
                "readiness-score", "readiness-cap", "readiness-overall", "readiness-roadmap", "readiness-recommend",
                "workbook-complete", "workbook-plan", "MAIN");
        assertThat(ownRules(engine)).allSatisfy(r -> assertThat(phases).as("phase of rule %s", r.id()).contains(r.phase()));
    }

    @Test
    default void nothing_fires_on_empty_input(ToolkitEngine engine) {
        Set<String> own = ownRules(engine).stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> fired = RuleSetChecks.rulesFiringWithoutFacts(engine);
        assertThat(fired).as("rules of %s that fired with no facts at all", ruleSet().id())
                .noneMatch(own::contains);
    }

    @Test
    default void every_rule_fires_in_one_of_the_scenarios(ToolkitEngine engine) {
        Path dir = scenarios();
        assertThat(Files.isDirectory(dir)).as("the scenarios of %s are expected in %s; override scenarios() to name "
                + "their folder", ruleSet().id(), dir.toAbsolutePath()).isTrue();
        List<ScenarioOutcome> outcomes = Scenarios.runAll(engine, dir);
        assertThat(outcomes).as("scenario files in %s", dir).isNotEmpty();
        Set<String> fired = outcomes.stream().flatMap(o -> o.firedRules().stream()).collect(Collectors.toSet());
        List<String> never = ownRules(engine).stream().map(RuleInfo::id).filter(id -> !fired.contains(id)).sorted().toList();
        assertThat(never).as("rules of %s that fire in none of its %d scenarios in %s: each needs a scenario where it "
                + "fires, or it never does", ruleSet().id(), outcomes.size(), dir).isEmpty();
    }

    @Test
    default void rule_set_never_softens_a_default_result(ToolkitEngine engine) {
        ToolkitEngine defaults = ToolkitEngine.withDefaults();
        ToolkitEngine extended = engine;
        for (RiskAnswers answers : SampleInputs.risk(defaults.content(), seed(), sampleSize())) {
            RiskResult base = defaults.assessRisk(answers);
            RiskResult withSet = extended.assessRisk(answers);
            String where = "seed " + seed() + ", system " + answers.system().name();
            assertThat(withSet.decision()).as("decision, " + where).isGreaterThanOrEqualTo(base.decision());
            assertThat(withSet.overallLevel()).as("overall level, " + where).isGreaterThanOrEqualTo(base.overallLevel());
            for (FactorResult f : base.factors()) {
                withSet.factors().stream().filter(x -> x.factorId().equals(f.factorId())).findFirst()
                        .ifPresent(x -> assertThat(x.residualLevel()).as(f.factorId() + ", " + where)
                                .isGreaterThanOrEqualTo(f.residualLevel()));
            }
        }
    }
}
