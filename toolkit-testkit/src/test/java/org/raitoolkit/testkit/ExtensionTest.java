package org.raitoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Reason;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

class ExtensionTest {

    private static final ToolkitEngine NATIONAL_LAW =
            ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("NATIONAL-LAW", TestResources.path("national-law"))).build();

    private static RiskAnswers liveFacialRecognition(ToolkitEngine engine) {
        return AnswerFiles.forPack(engine.content()).readRisk(TestResources.path("scenarios/default/inputs/lfr-escalate.yaml"));
    }

    @Test
    void should_show_national_rules_in_results_and_reasons_when_added_from_a_folder_with_drl_and_a_decision_table() {
        // GIVEN an engine with a national-law rule set read from a folder (one DRL file, one CSV decision table)
        ToolkitEngine engine = NATIONAL_LAW;
        RiskAnswers answers = liveFacialRecognition(engine);
        // WHEN a system that meets both rules is assessed
        RiskResult result = engine.assessRisk(answers);
        // THEN the findings, the decision reasons and the fired rules show the national rules
        assertThat(result.findings()).extracting(Finding::code)
                .contains("WARRANT-REQUIRED", "CUSTODY-IMAGES-6-MONTHS")
                .doesNotContain("CALL-RECORDINGS-2-YEARS");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.ruleSet()).isEqualTo("NATIONAL-LAW"));
        assertThat(result.decisionReasons()).extracting(Reason::ruleId).contains("NL-BIOMETRIC-WARRANT");
        assertThat(result.firedRules()).contains("NL-BIOMETRIC-WARRANT", "NL-RETENTION-CUSTODY").doesNotContain("NL-RETENTION-CALLS");
        assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(engine.rules()).extracting(RuleInfo::id, RuleInfo::ruleSet, RuleInfo::phase)
                .contains(org.assertj.core.groups.Tuple.tuple("NL-BIOMETRIC-WARRANT", "NATIONAL-LAW", "risk-decide"),
                        org.assertj.core.groups.Tuple.tuple("NL-RETENTION-CUSTODY", "NATIONAL-LAW", "risk-recommend"));
    }

    @Test
    void should_not_fire_national_rules_when_the_profile_does_not_meet_them() {
        // GIVEN the national rules and a system with a warrant recorded and no custody images
        ToolkitEngine engine = NATIONAL_LAW;
        RiskAnswers lfr = liveFacialRecognition(engine);
        RiskAnswers answers = new RiskAnswers(lfr.system().toBuilder().attribute("national.warrant", "GRANTED")
                .dataSources(java.util.Set.of(org.raitoolkit.model.DataSource.CCTV_AND_VIDEO)).build(), lfr.ratings(), null);
        // WHEN assessed
        RiskResult result = engine.assessRisk(answers);
        // THEN neither national rule fires
        assertThat(result.findings()).isEmpty();
        assertThat(result.firedRules()).doesNotContain("NL-BIOMETRIC-WARRANT", "NL-RETENTION-CUSTODY");
    }

    @Test
    void should_score_a_factor_that_a_rule_set_adds_like_any_factor_of_the_content() {
        // GIVEN a rule set that adds a national risk factor to biometric systems
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("NATIONAL-FACTORS", TestResources.path("national-factor"))).build();
        RiskAnswers answers = liveFacialRecognition(engine);
        // WHEN a biometric system without the audit is assessed
        RiskResult result = engine.assessRisk(answers);
        // THEN the factor is rated, classified, aggregated and explained by the default rules
        org.raitoolkit.model.FactorResult factor = result.factors().stream()
                .filter(f -> f.factorId().equals("NL-WATCHLIST-UNAUDITED")).findFirst().orElseThrow();
        assertThat(factor.inherentLevel()).isEqualTo(org.raitoolkit.model.RiskLevel.HIGH);
        assertThat(factor.reasons()).extracting(Reason::ruleId)
                .contains("NL-FACTOR-WATCHLIST", "SEV-DIRECT", "RISK-MATRIX-INHERENT", "RESIDUAL-SETTLE", "RISK-MATRIX-RESIDUAL");
        assertThat(result.instrumentalPrinciples()).filteredOn(p -> p.principleId().equals("LAW.PROPORTIONALITY"))
                .singleElement().satisfies(p -> assertThat(p.factors()).contains("NL-WATCHLIST-UNAUDITED"));
        // AND with the audit recorded, the factor is absent
        RiskAnswers audited = new RiskAnswers(answers.system().toBuilder().attribute("national.watchlistAudit", "DONE").build(),
                answers.ratings(), null);
        assertThat(engine.assessRisk(audited).factors()).extracting(org.raitoolkit.model.FactorResult::factorId)
                .doesNotContain("NL-WATCHLIST-UNAUDITED");
    }

    @Test
    void should_load_a_rule_set_through_the_service_loader() {
        // GIVEN a RuleSetProvider registered in META-INF/services
        // WHEN the engine discovers rule sets
        ToolkitEngine engine = ToolkitEngine.builder().discoverRuleSets(getClass().getClassLoader()).build();
        // THEN the provider's rule set is compiled in and its rules fire
        assertThat(engine.ruleSets()).containsExactly("DEFAULT", "NATIONAL-LAW");
        assertThat(engine.assessRisk(liveFacialRecognition(engine)).firedRules()).contains("NL-BIOMETRIC-WARRANT");
    }

    @Test
    void should_stop_the_build_with_file_line_and_message_when_a_rule_file_is_broken_and_keep_older_engines_working() {
        // GIVEN an engine built before
        ToolkitEngine before = ToolkitEngine.withDefaults();
        RiskAnswers answers = liveFacialRecognition(before);
        // WHEN a rule set with a syntax error is compiled
        // THEN the build fails naming the file and the line
        assertThatThrownBy(() -> ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("BROKEN", TestResources.path("broken-rules"))).build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    List<org.raitoolkit.model.Problem> problems = ((InvalidInputException) e).problems();
                    assertThat(problems).isNotEmpty();
                    assertThat(problems).anySatisfy(p -> {
                        assertThat(p.source()).endsWith("broken.drl");
                        assertThat(p.line()).isEqualTo(8);
                        assertThat(p.message()).isNotBlank();
                    });
                });
        // AND the engine built before still assesses
        assertThat(before.assessRisk(answers).decision()).isEqualTo(Decision.ESCALATE);
    }

    @Test
    void should_refuse_a_rule_without_an_id() {
        // GIVEN a DRL rule with no @id
        RuleSet noId = RuleSet.of("NO-ID", "a rule without id", List.of(org.raitoolkit.rules.RuleResource.drl("noid.drl",
                "package org.example.noid;\nrule \"nameless\"\nwhen\n  org.raitoolkit.model.SystemProfile()\nthen\nend\n")));
        // WHEN it is compiled THEN the build names the rule
        assertThatThrownBy(() -> ToolkitEngine.builder().ruleSet(noId).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nameless").hasMessageContaining("@id");
    }
}
