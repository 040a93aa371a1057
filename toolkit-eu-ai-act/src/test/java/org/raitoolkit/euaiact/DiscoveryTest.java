package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.EuAiActProfile.FacialImageScraping;
import org.raitoolkit.rules.ToolkitEngine;

/** Putting the jar on the class path is enough: the engine discovers the rule set. */
class DiscoveryTest {

    @Test
    void should_be_discovered_through_the_service_loader_and_classify() {
        // GIVEN an engine that discovers rule sets on this class path
        ToolkitEngine engine = ToolkitEngine.builder().discoverRuleSets(DiscoveryTest.class.getClassLoader()).build();
        // WHEN it assesses a prohibited system
        var result = Assess.risk(engine, Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED,
                "assessmentDate", java.time.LocalDate.of(2026, 1, 1)));
        // THEN the rule set was compiled in and classified it
        assertThat(engine.ruleSets()).containsExactly("DEFAULT", EuAiAct.RULE_SET_ID);
        assertThat(EuAiActResult.from(result)).get().extracting(EuAiActResult::category).isEqualTo(Category.PROHIBITED);
        assertThat(new EuAiActRuleSetProvider().ruleSet()).isEqualTo(EuAiAct.ruleSet());
    }
}
