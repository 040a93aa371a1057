package org.raitoolkit.euled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.ToolkitEngine;

/** Putting the jar on the class path is enough: the engine discovers the rule set and its facts. */
class DiscoveryTest {

    @Test
    void should_be_discovered_through_the_service_loader_with_its_fact_section() {
        // GIVEN an engine that discovers rule sets on this class path
        ToolkitEngine engine = ToolkitEngine.builder().discoverRuleSets(DiscoveryTest.class.getClassLoader()).build();
        // THEN the rule set was compiled in, with the euLed section for the reader
        assertThat(engine.ruleSets()).containsExactly("DEFAULT", EuLed.RULE_SET_ID);
        assertThat(engine.factSections()).containsExactly(EuLed.FACTS);
        assertThat(RuleSetProviders.factSections(DiscoveryTest.class.getClassLoader())).containsExactly(EuLed.FACTS);
        assertThat(new EuLedRuleSetProvider().ruleSet()).isEqualTo(EuLed.ruleSet());
    }
}
