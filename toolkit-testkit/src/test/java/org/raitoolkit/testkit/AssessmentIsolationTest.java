package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Each assessment runs in a session of its own: results must not depend on what ran before on
 * the same engine, not even an assessment in which a rule threw.
 */
class AssessmentIsolationTest {

    /** Throws in its consequence for a profile whose attribute test.fail is "yes". */
    private static final RuleSet FAILING = RuleSet.of("FAILING", "throws for a marked profile", List.of(RuleResource.drl("failing.drl", """
            package org.example.failing;
            import org.raitoolkit.model.SystemProfile;
            import org.raitoolkit.rules.spi.RiskDecision;
            global org.raitoolkit.rules.spi.Explanations why;
            rule "fails on a marked profile"
                @id("TEST-FAILS")
                @description("Throws, to test what an engine does after a rule failed.")
                ruleflow-group "risk-decide"
            when
                SystemProfile( attributes["test.fail"] == "yes" )
                RiskDecision()
            then
                throw new IllegalStateException("a rule failed on purpose");
            end
            """)));

    /** Issues one recommendation twice, from two rules, with different reasons and priorities. */
    private static final RuleSet ISSUING = RuleSet.of("ISSUING", "issues one recommendation from two rules", List.of(RuleResource.drl("issuing.drl", """
            package org.example.issuing;
            import java.util.List;
            import org.raitoolkit.model.Audience;
            import org.raitoolkit.model.Priority;
            import org.raitoolkit.model.Recommendation;
            import org.raitoolkit.rules.spi.RiskDecision;
            global org.raitoolkit.rules.spi.Explanations why;
            rule "issue at low priority"
                @id("TEST-ISSUED")
                @description("Inserts a recommendation at low priority.")
                ruleflow-group "risk-recommend"
            when
                RiskDecision()
            then
                insert(new Recommendation("TEST-REC", "Test", "Test text.", Priority.LOW, "HARM", null,
                        Audience.LEADERSHIP, List.of(why.because("at low priority"))));
            end
            rule "issue as a fact"
                @id("TEST-INSERTED")
                @description("Inserts a recommendation as a fact.")
                ruleflow-group "risk-recommend"
            when
                RiskDecision()
            then
                insert(new Recommendation("TEST-REC", "Test", "Test text.", Priority.HIGH, "HARM", null,
                        Audience.LEADERSHIP, List.of(why.because("as a fact"))));
            end
            """)));

    private static RiskAnswers answers(ToolkitEngine engine) {
        return AnswerFiles.forPack(engine.content()).readRisk(TestResources.path("scenarios/default/inputs/lfr-escalate.yaml"));
    }

    @Test
    void should_assess_as_a_new_engine_would_after_a_rule_threw() {
        // GIVEN an engine whose extension rule throws for a marked profile, and the result of a new engine
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(FAILING).build();
        RiskAnswers plain = answers(engine);
        RiskAnswers marked = new RiskAnswers(plain.system().toBuilder().attribute("test.fail", "yes").build(),
                plain.ratings(), plain.organisationalReadiness());
        String expected = ToolkitEngine.builder().ruleSet(FAILING).build().assessRisk(plain).toString();
        assertThat(engine.assessRisk(plain).toString()).isEqualTo(expected);
        // WHEN an assessment fails inside a rule, several times over
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> engine.assessRisk(marked)).hasStackTraceContaining("a rule failed on purpose");
        }
        // THEN the next assessments give the new engine's result
        for (int i = 0; i < 3; i++) {
            assertThat(engine.assessRisk(plain).toString()).isEqualTo(expected);
        }
    }

    @Test
    void should_give_equal_results_when_the_same_answers_are_assessed_again_and_again() {
        // GIVEN an engine and two different systems
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        RiskAnswers lfr = answers(engine);
        RiskAnswers lowRisk = AnswerFiles.forPack(engine.content()).readRisk(TestResources.path("scenarios/default/inputs/patrol-route-proceed.yaml"));
        String first = engine.assessRisk(lfr).toString();
        String firstLow = engine.assessRisk(lowRisk).toString();
        // WHEN they are assessed alternately
        for (int i = 0; i < 20; i++) {
            // THEN each result equals its first
            assertThat(engine.assessRisk(lfr).toString()).isEqualTo(first);
            assertThat(engine.assessRisk(lowRisk).toString()).isEqualTo(firstLow);
        }
    }

    @Test
    void should_merge_recommendations_when_two_rules_issue_the_same_id() {
        // GIVEN two rules that issue one recommendation id, with different reasons and priorities
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(ISSUING).build();
        // WHEN a system is assessed
        List<Recommendation> issued = engine.assessRisk(answers(engine)).recommendations().stream()
                .filter(r -> r.id().equals("TEST-REC")).toList();
        // THEN the result holds it once, with both reasons and the more urgent priority
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).reasons()).extracting(Reason::ruleId).containsExactlyInAnyOrder("TEST-ISSUED", "TEST-INSERTED");
        assertThat(issued.get(0).priority()).isEqualTo(org.raitoolkit.model.Priority.HIGH);
    }
}
