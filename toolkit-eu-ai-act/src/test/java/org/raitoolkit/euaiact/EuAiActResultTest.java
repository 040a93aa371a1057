package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.EuAiActProfile.Authorisation;
import org.raitoolkit.euaiact.EuAiActProfile.BiometricIdentification;
import org.raitoolkit.euaiact.EuAiActProfile.RbiObjective;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.RiskResult;

/** Reading the classification back from a risk result. */
class EuAiActResultTest {

    private static RiskResult liveSearchForVictims(Object... more) {
        List<Object> pairs = new ArrayList<>(List.of("biometricIdentification", BiometricIdentification.REAL_TIME_REMOTE,
                "rbiObjective", RbiObjective.VICTIM_OR_MISSING_PERSON_SEARCH, "nationalLawAuthorises", true,
                "authorisation", Authorisation.GRANTED, "friaCompleted", true, "registeredInEuDatabase", true,
                "assessmentDate", LocalDate.of(2028, 1, 1)));
        pairs.addAll(List.of(more));
        return Assess.risk(Assess.system().realTime(true).publiclyAccessibleSpace(true)
                .extension(EuAiAct.SECTION_KEY, Assess.facts(pairs.toArray())).build());
    }

    @Test
    void should_read_category_path_obligations_and_dates_of_a_permitted_real_time_identification() {
        // GIVEN a real-time search for victims that meets every condition
        RiskResult result = liveSearchForVictims();
        // WHEN the classification is read back
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN the category, the path in words, the articles and the dates are there
        assertThat(eu.category()).isEqualTo(Category.HIGH_RISK);
        assertThat(eu.path()).startsWith("real-time remote identification in a publicly accessible space allowed only under Art. 5(1)(h)(i): ");
        assertThat(eu.reference()).contains("Art. 5(1)(h)(i)").contains("Annex III 1(a)");
        assertThat(eu.grounds()).extracting(Ground::code).containsExactlyInAnyOrder("ART-5-1-H-I", "ANNEX-III-1A");
        assertThat(eu.obligations()).extracting(Obligation::article)
                .contains("Art. 14", "Art. 14(5)", "Art. 12(3)", "Art. 26", "Art. 26(5)", "Art. 26(6)", "Art. 27", "Art. 49(4)",
                        "Art. 5(2)", "Art. 5(3)", "Art. 5(4)");
        assertThat(eu.obligation("ART-5-3").orElseThrow().effective()).satisfies(d -> {
            assertThat(d.applicableFrom()).isEqualTo(LocalDate.of(2025, 2, 2));
            assertThat(d.status()).isEqualTo(DateStatus.CONFIRMED);
            assertThat(d.appliesOnAssessmentDate()).isTrue();
        });
        assertThat(eu.obligation("ART-14-5").orElseThrow()).satisfies(o -> {
            assertThat(o.effective().status()).isEqualTo(DateStatus.UNVERIFIED);
            assertThat(o.stage()).isEqualTo(LifecycleStage.DEPLOYMENT);
            assertThat(o.principle()).isEqualTo("AUTONOMY.OVERSIGHT");
            assertThat(o.reasons()).extracting(r -> r.ruleId()).containsExactly("EU-OBL-ART-14-5");
        });
        assertThat(eu.missingPreconditions()).isEmpty();
        assertThat(eu.notice()).contains("not legal advice").contains("CELEX 32024R1689").contains("2026/1744").contains("UNVERIFIED");
        assertThat(eu.assessmentDate()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void should_list_what_a_permitted_path_lacks_and_keep_the_decision_escalated() {
        // GIVEN a real-time search for victims with no national law stated, no authorisation, no FRIA, not registered
        RiskResult result = Assess.risk(Assess.system().realTime(true).publiclyAccessibleSpace(true).extension(EuAiAct.SECTION_KEY, Assess.facts(
                "biometricIdentification", BiometricIdentification.REAL_TIME_REMOTE,
                "rbiObjective", RbiObjective.VICTIM_OR_MISSING_PERSON_SEARCH, "assessmentDate", LocalDate.of(2028, 1, 1))).build());
        // WHEN read
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN each missing precondition is named with its article, and the decision escalates
        assertThat(eu.missingPreconditions()).extracting(MissingPrecondition::code, MissingPrecondition::article)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("NO-NATIONAL-LAW", "Art. 5(5)"),
                        org.assertj.core.groups.Tuple.tuple("NO-AUTHORISATION", "Art. 5(3)"),
                        org.assertj.core.groups.Tuple.tuple("FRIA-NOT-COMPLETED", "Art. 5(2); Art. 27"),
                        org.assertj.core.groups.Tuple.tuple("NOT-REGISTERED", "Art. 5(2); Art. 49"));
        assertThat(result.decision()).isEqualTo(org.raitoolkit.model.Decision.ESCALATE);
        assertThat(result.decisionReasons()).filteredOn(r -> r.ruleId().equals("EU-DECIDE-MISSING-PRECONDITION")).hasSize(4);
    }

    @Test
    void should_be_empty_when_the_profile_has_no_eu_section_or_the_engine_lacks_the_rule_set() {
        // GIVEN a profile without euAiAct, and an engine without the rule set
        RiskResult noSection = Assess.risk(Assess.system().build());
        RiskResult noRuleSet = Assess.risk(Assess.defaults(), Assess.profile("facialImageScraping", "UNTARGETED"));
        // THEN there is nothing to read
        assertThat(EuAiActResult.from(noSection)).isEmpty();
        assertThat(noSection.findings()).isEmpty();
        assertThat(noSection.firedRules()).noneMatch(id -> id.startsWith("EU-"));
        assertThat(EuAiActResult.from(noRuleSet)).isEmpty();
    }

    @Test
    void should_name_the_finding_and_the_detail_when_a_finding_is_not_as_the_rule_set_writes_it() {
        // GIVEN a category finding without its dates
        Finding broken = new Finding(EuAiAct.RULE_SET_ID, EuAiAct.KIND_CATEGORY, "MINIMAL", "text", "ref", Map.of(), List.of());
        // WHEN read THEN the error names the finding and the missing detail
        assertThatThrownBy(() -> EuAiActResult.from(List.of(broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CATEGORY MINIMAL").hasMessageContaining("'applicableFrom'");
    }

    @Test
    void should_refuse_two_category_findings() {
        // GIVEN the findings of one assessment, twice
        List<Finding> twice = new ArrayList<>(liveSearchForVictims().findings());
        twice.addAll(twice);
        // WHEN read THEN it says how many categories it found
        assertThatThrownBy(() -> EuAiActResult.from(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected one CATEGORY").hasMessageContaining("found 2");
    }
}
