package org.raitoolkit.rules.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSetViolationException;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * An extension can only make a result stricter: however a rule softens it, the engine compares
 * the result with what the default rules alone give and throws, naming the rule set and the rule.
 */
class NeverSofterTest {

    private static final String REOFFENDING = "reoffending-risk-score.yaml";

    private static RuleSetViolationException softened(ToolkitEngine engine) {
        RiskAnswers answers = Drl.example(engine, REOFFENDING);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> engine.assessRisk(answers));
        assertThat(thrown).isInstanceOf(RuleSetViolationException.class);
        return (RuleSetViolationException) thrown;
    }

    @Test
    void should_refuse_a_decision_replaced_by_a_fresh_milder_one() {
        // GIVEN a rule that deletes the decision and inserts a fresh one, which starts at PROCEED
        // (RiskDecision has no setter: this is the path a rule has to a milder decision)
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("SOFTEN", "our-rules/soften.drl", "org.example.soften", """
                rule "Replace the decision"
                    @id("SOFT-DECISION")
                    @description("Replaces the decision with a fresh one.")
                    ruleflow-group "risk-recommend"
                when
                    $d : RiskDecision( decision == Decision.DO_NOT_PROCEED )
                then
                    delete($d);
                    insert(new RiskDecision());
                end
                """));
        // WHEN the re-offending example, DO_NOT_PROCEED by the default rules, is assessed
        RuleSetViolationException e = softened(engine);
        // THEN the engine refuses the result, naming what was softened, the rule set, the rule and its file
        assertThat(e).hasMessageContaining("decision PROCEED is milder than DO_NOT_PROCEED, which the default rules give")
                .hasMessageContaining("SOFTEN").hasMessageContaining("SOFT-DECISION").hasMessageContaining("our-rules/soften.drl");
        assertThat(e.ruleSets()).containsExactly("SOFTEN");
        assertThat(e.ruleIds()).containsExactly("SOFT-DECISION");
        assertThat(e.softened()).anySatisfy(s -> assertThat(s).startsWith("decision PROCEED"));
    }

    @Test
    void should_refuse_an_overall_level_deleted_and_inserted_again_at_low() {
        // GIVEN a rule that deletes the overall level and inserts it again from scratch (LOW)
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("RESET", "reset.drl", "org.example.reset", """
                rule "Start the overall level again"
                    @id("RESET-OVERALL")
                    @description("Deletes the overall level and inserts a fresh one.")
                    ruleflow-group "risk-recommend"
                when
                    $o : RiskOverall( level == RiskLevel.VERY_HIGH )
                then
                    delete($o);
                    insert(new RiskOverall());
                end
                """));
        // WHEN the re-offending example (overall VERY_HIGH) is assessed
        RuleSetViolationException e = softened(engine);
        // THEN the overall level is named, with the rule set and the rule
        assertThat(e).hasMessageContaining("overall level is LOW, lower than VERY_HIGH").hasMessageContaining("RESET-OVERALL");
        assertThat(e.ruleSets()).containsExactly("RESET");
        assertThat(e.ruleIds()).containsExactly("RESET-OVERALL");
    }

    @Test
    void should_refuse_a_result_from_which_a_factor_was_retracted() {
        // GIVEN a rule that retracts the factors at VERY_HIGH once the decision is taken
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("HIDE", "hide.drl", "org.example.hide", """
                rule "Hide the worst factors"
                    @id("HIDE-FACTOR")
                    @description("Retracts every factor at VERY_HIGH.")
                    ruleflow-group "risk-recommend"
                when
                    $s : FactorScore( residualLevel == RiskLevel.VERY_HIGH )
                then
                    retract($s);
                end
                """));
        // WHEN assessed THEN the missing factor is named with the rule
        RuleSetViolationException e = softened(engine);
        assertThat(e).hasMessageContaining("factor").hasMessageContaining("is missing, which the default rules score")
                .hasMessageContaining("HIDE-FACTOR").hasMessageContaining("HIDE");
        assertThat(e.ruleIds()).containsExactly("HIDE-FACTOR");
    }

    @Test
    void should_refuse_a_result_from_which_a_recommendation_was_retracted() {
        // GIVEN a rule that retracts every recommendation, after every phase
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("QUIET", "quiet.drl", "org.example.quiet", """
                rule "Drop the recommendations"
                    @id("QUIET-RECOMMENDATIONS")
                    @description("Deletes every recommendation.")
                when
                    $r : Recommendation()
                then
                    delete($r);
                end
                """));
        // WHEN assessed THEN the missing recommendations are named with the rule
        RuleSetViolationException e = softened(engine);
        assertThat(e).hasMessageContaining("recommendation REC-DECISION-DO-NOT-PROCEED is missing, which the default rules issue")
                .hasMessageContaining("QUIET-RECOMMENDATIONS");
        assertThat(e.ruleSets()).containsExactly("QUIET");
    }

    @Test
    void should_name_the_rule_that_removed_the_decision_altogether() {
        // GIVEN a rule that deletes the decision and inserts none
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("GONE", "gone.drl", "org.example.gone", """
                rule "Remove the decision"
                    @id("GONE-DECISION")
                    @description("Deletes the decision.")
                    ruleflow-group "risk-recommend"
                when
                    $d : RiskDecision()
                then
                    delete($d);
                end
                """));
        // WHEN assessed THEN the engine says the decision was removed, naming the rule
        RuleSetViolationException e = softened(engine);
        assertThat(e).hasMessageContaining("the decision was removed").hasMessageContaining("GONE-DECISION");
    }

    @Test
    void should_return_a_stricter_result_with_only_the_reasons_that_decided_it() {
        // GIVEN a rule that escalates every system that uses personal data
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("STRICT", "strict.drl", "org.example.strict", """
                rule "Process automation escalates"
                    @id("STRICT-AUTOMATION")
                    @description("ESCALATE every system that automates a police process.")
                    ruleflow-group "risk-decide"
                    lock-on-active true
                when
                    SystemProfile( applicationArea == ApplicationArea.PROCESS_AUTOMATION )
                    $d : RiskDecision()
                then
                    modify($d) { raise(Decision.ESCALATE, why.because("ESCALATE: national policy reviews every automated process")) }
                end
                """));
        RiskAnswers recorded = Drl.example(engine, "patrol-route-optimisation.yaml");
        // The example's record says the agency decided PROCEED: milder than the extension's
        // ESCALATE and without a reason, which the engine refuses, as it would any milder record.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.assessRisk(recorded))
                .hasMessageContaining("/assessment/decisionReason: the agency's decision PROCEED is milder than the toolkit's ESCALATE");
        RiskAnswers answers = recorded.withAssessment(null);
        RiskResult defaults = ToolkitEngine.withDefaults().assessRisk(answers);
        // WHEN a system the default rules let PROCEED is assessed
        RiskResult result = engine.assessRisk(answers);
        // THEN the stricter decision stands, explained by the rule that raised it, not by the
        // default rule that confirmed PROCEED (which still fired)
        assertThat(defaults.decision()).isEqualTo(Decision.PROCEED);
        assertThat(result.overallLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(result.firedRules()).contains("DECISION-ALL-LOW", "STRICT-AUTOMATION");
        assertThat(result.decisionReasons()).extracting(Reason::ruleId)
                .contains("STRICT-AUTOMATION").doesNotContain("DECISION-ALL-LOW");
    }
}
