package org.raitoolkit.rules.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.RuleSetViolationException;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The floor holds for readiness and the workbook too, and for a rule that softens through a
 * method the fact types leave open to DRL (classifying a level again) rather than by replacing a fact.
 */
class ReadinessAndWorkbookFloorTest {

    @Test
    void should_refuse_a_readiness_level_classified_again_higher() {
        // GIVEN a rule that classifies the overall readiness again, as ADVANCED, once the roadmap is placed
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("GENEROUS", "generous.drl", "org.example.generous", """
                rule "Everyone is advanced"
                    @id("GEN-ADVANCED")
                    @description("Sets the overall readiness to ADVANCED.")
                    ruleflow-group "readiness-recommend"
                    lock-on-active true
                when
                    $o : ReadinessOverall( level != ReadinessLevel.ADVANCED )
                then
                    modify($o) { classify(100.0, ReadinessLevel.ADVANCED, why.because("advanced")) }
                end
                """));
        ReadinessResult floor = ToolkitEngine.withDefaults().assessReadiness(Drl.readinessExample(engine));
        // WHEN the example agency is assessed
        RuleSetViolationException e = catchThrowableOfType(RuleSetViolationException.class,
                () -> engine.assessReadiness(Drl.readinessExample(engine)));
        // THEN the higher level is named with the rule
        assertThat(floor.overallLevel()).isNotEqualTo(ReadinessLevel.ADVANCED);
        assertThat(e).isNotNull().hasMessageContaining("overall readiness ADVANCED is higher than " + floor.overallLevel())
                .hasMessageContaining("GEN-ADVANCED").hasMessageContaining("generous.drl");
        assertThat(e.ruleSets()).containsExactly("GENEROUS");
    }

    @Test
    void should_name_the_rule_that_deleted_a_dimension() {
        // GIVEN a rule that deletes every dimension score once it is classified
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("BLIND", "blind.drl", "org.example.blind", """
                rule "Forget the dimensions"
                    @id("BLIND-DIMENSIONS")
                    @description("Deletes every dimension score.")
                    ruleflow-group "readiness-recommend"
                when
                    $s : DimensionScore()
                then
                    delete($s);
                end
                """));
        // WHEN the example agency is assessed THEN the missing dimension is named with the rule
        RuleSetViolationException e = catchThrowableOfType(RuleSetViolationException.class,
                () -> engine.assessReadiness(Drl.readinessExample(engine)));
        assertThat(e).isNotNull().hasMessageContaining("the readiness of dimension").hasMessageContaining("was removed")
                .hasMessageContaining("BLIND-DIMENSIONS");
    }

    @Test
    void should_refuse_a_factor_level_classified_again_lower() {
        // GIVEN a rule that classifies the residual level of every VERY_HIGH factor again, as LOW
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("LENIENT", "lenient.drl", "org.example.lenient", """
                rule "Nothing is very high"
                    @id("LENIENT-RESIDUAL")
                    @description("Classifies VERY_HIGH residual levels as LOW.")
                    ruleflow-group "risk-residual"
                when
                    $s : FactorScore( residualLevel == RiskLevel.VERY_HIGH )
                then
                    modify($s) { classifyResidual(RiskLevel.LOW, why.because("low")) }
                end
                """));
        RiskAnswers answers = Drl.example(engine, "reoffending-risk-score.yaml");
        // WHEN assessed THEN the factor's residual level is named with the rule
        RuleSetViolationException e = catchThrowableOfType(RuleSetViolationException.class, () -> engine.assessRisk(answers));
        assertThat(e).isNotNull().hasMessageContaining("residual level of factor").hasMessageContaining("is LOW, lower than VERY_HIGH")
                .hasMessageContaining("LENIENT-RESIDUAL");
        assertThat(e.ruleIds()).contains("LENIENT-RESIDUAL");
    }

    @Test
    void should_refuse_a_workbook_plan_with_an_action_removed() {
        // GIVEN a rule that removes every action of the plan, after every phase
        ToolkitEngine engine = Drl.engine(Drl.ruleSet("SHORT", "short.drl", "org.example.shortplan", """
                rule "No actions"
                    @id("SHORT-PLAN")
                    @description("Deletes every action item.")
                when
                    $a : ActionItem()
                then
                    delete($a);
                end
                """));
        RiskAnswers risk = Drl.example(engine, "live-facial-recognition-missing-persons.yaml");
        WorkbookAnswers answers = Drl.workbookExample(engine, "live-facial-recognition-missing-persons-deployment.yaml");
        // WHEN the workbook of the deployment stage is reviewed
        RuleSetViolationException e = catchThrowableOfType(RuleSetViolationException.class,
                () -> engine.evaluateWorkbook(risk.system(), LifecycleStage.DEPLOYMENT, answers));
        // THEN a missing action is named with the rule
        assertThat(e).isNotNull().hasMessageContaining("is missing from the plan, where the default rules put it")
                .hasMessageContaining("SHORT-PLAN");
    }
}
