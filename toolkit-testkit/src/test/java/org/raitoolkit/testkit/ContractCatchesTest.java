package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/** The contract fails on what it promises to catch, naming the rule. */
class ContractCatchesTest {

    /** The national-law rules and their scenarios, with one rule that no scenario makes fire. */
    private static class WithAnUntestedRule implements RuleSetContract {
        @Override
        public RuleSet ruleSet() {
            RuleSet law = RuleSet.fromFolder("NATIONAL-LAW", TestResources.path("national-law"));
            List<RuleResource> files = new ArrayList<>(law.resources());
            files.add(RuleResource.drl("untested.drl", """
                    package org.example.untested;

                    import org.raitoolkit.model.SystemProfile;
                    import org.raitoolkit.model.ApplicationArea;

                    global org.raitoolkit.rules.spi.Explanations why;

                    rule "Content generation is noted"
                        @id("NL-UNTESTED")
                        @description("A rule that none of the scenarios exercises.")
                        ruleflow-group "risk-recommend"
                    when
                        SystemProfile( applicationArea == ApplicationArea.CONTENT_GENERATION )
                    then
                    end
                    """));
            return RuleSet.of(law.id(), law.description(), files);
        }

        @Override
        public Path scenarios() {
            return TestResources.path("scenarios/national-law");
        }
    }

    @Test
    void should_fail_on_a_rule_that_fires_in_none_of_the_scenarios_naming_it() {
        // GIVEN the national-law rules plus a rule none of their scenarios makes fire
        WithAnUntestedRule contract = new WithAnUntestedRule();
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(contract.ruleSet()).build();
        // WHEN the contract's scenario check runs THEN it fails naming that rule alone
        assertThatThrownBy(() -> contract.every_rule_fires_in_one_of_the_scenarios(engine))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NL-UNTESTED")
                .hasMessageNotContaining("NL-RETENTION-CALLS");
    }

    @Test
    void should_fail_when_the_scenario_folder_is_missing() {
        // GIVEN a contract whose scenario folder does not exist
        RuleSetContract contract = new WithAnUntestedRule() {
            @Override
            public Path scenarios() {
                return Path.of("no-such-folder");
            }
        };
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(contract.ruleSet()).build();
        // THEN the check says where it looked and how to point it elsewhere
        assertThatThrownBy(() -> contract.every_rule_fires_in_one_of_the_scenarios(engine))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no-such-folder").hasMessageContaining("scenarios()");
        assertThat(engine.ruleSets()).contains("NATIONAL-LAW");
    }
}
