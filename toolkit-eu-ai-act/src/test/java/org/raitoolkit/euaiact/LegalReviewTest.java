package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.EuAiActProfile.AnnexIIIPurpose;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.RiskResult;

/**
 * The faults a legal review found, each pinned by what the rules now say: the Art. 50 exemptions
 * need a law authorising the system against crime, not a general legal basis; the Art. 111 dates
 * of systems already in service; the Art. 6(3) derogation needs the provider's documented
 * assessment; and an urgent use without a timely request must stop and its data be deleted.
 */
class LegalReviewTest {

    private static final LocalDate ON = LocalDate.of(2028, 1, 1);

    @Test
    void should_require_disclosure_from_a_police_chatbot_with_only_a_general_legal_basis() {
        // GIVEN a chatbot with a legal basis for processing, but no law authorising it against crime
        EuAiActResult eu = Assess.eu(Assess.system().legalBasis(LegalBasis.YES)
                .extension(EuAiAct.SECTION_KEY, Assess.facts("interactsWithPublic", true, "assessmentDate", ON)).build());
        // THEN it must disclose that it is AI, and the reason says why the exemption does not apply
        assertThat(eu.category()).isEqualTo(Category.TRANSPARENCY);
        assertThat(eu.obligation("ART-50-1").orElseThrow().text()).contains("interacting with an AI system");
        assertThat(eu.path()).contains("a general legal basis for processing is not enough");
    }

    @Test
    void should_keep_the_disclosure_for_crime_reports_even_when_a_law_authorises_the_system() {
        // GIVEN a system authorised by law against crime that the public uses to report crimes
        EuAiActResult eu = Assess.eu(Assess.profile("interactsWithPublic", true, "usedByPublicToReportCrime", true,
                "authorisedByLawForCriminalOffences", true, "assessmentDate", ON));
        // THEN the Art. 50(1) exemption does not apply to it
        assertThat(eu.obligation("ART-50-1")).isPresent();
        assertThat(eu.grounds()).extracting(Ground::code).doesNotContain("ART-50-1-EXEMPT");
    }

    @Test
    void should_say_what_a_claimed_derogation_lacks() {
        // GIVEN a narrow procedural task with the provider's assessment stated but not documented
        EuAiActResult eu = Assess.eu(Assess.profile("annexIIIPurposes", List.of(AnnexIIIPurpose.EVIDENCE_RELIABILITY),
                "narrowProceduralTask", true, "noSignificantRiskOfHarm", true, "assessmentDate", ON));
        // THEN it stays high-risk, and the reason names the missing documentation, not the assessment
        assertThat(eu.category()).isEqualTo(Category.HIGH_RISK);
        assertThat(eu.grounds()).filteredOn(g -> g.code().equals("ART-6-3-NOT-SHOWN")).singleElement()
                .satisfies(g -> assertThat(g.text()).contains("documentation of that assessment (Art. 6(4)")
                        .doesNotContain("assessment that the system poses no significant risk"));
    }

    @Test
    void should_tell_a_legacy_retrospective_recognition_system_its_true_dates() {
        // GIVEN retrospective facial recognition in service since 2025, unchanged, assessed in 2028
        EuAiActResult eu = Assess.eu(Assess.profile("biometricIdentification", "POST_REMOTE", "authorisation", "GRANTED",
                "linkedToSpecificOffenceOrMissingPerson", true, "placedOnMarketOrInServiceOn", LocalDate.of(2025, 6, 1),
                "significantDesignChange", false, "assessmentDate", ON));
        // THEN the high-risk obligations apply from 2 August 2030 (Art. 111(2)), not yet
        assertThat(eu.category()).isEqualTo(Category.HIGH_RISK);
        assertThat(eu.obligation("ART-14").orElseThrow().effective().applicableFrom()).isEqualTo(LocalDate.of(2030, 8, 2));
        assertThat(eu.obligation("ART-26-10-SAFEGUARDS").orElseThrow().effective().applicableFrom()).isEqualTo(LocalDate.of(2030, 8, 2));
        assertThat(eu.obligation("ART-111-2").orElseThrow()).satisfies(o -> {
            assertThat(o.article()).isEqualTo("Art. 111(2)");
            assertThat(o.effective().status()).isEqualTo(DateStatus.CONFIRMED);
            assertThat(o.text()).contains("2025-06-01").contains("2030-08-02");
        });
    }

    @Test
    void should_give_a_system_of_unknown_age_the_ordinary_date() {
        // GIVEN the same system with no date of entry into service
        EuAiActResult eu = Assess.eu(Assess.profile("biometricIdentification", "POST_REMOTE", "authorisation", "GRANTED",
                "linkedToSpecificOffenceOrMissingPerson", true, "assessmentDate", ON));
        // THEN no Art. 111 relief is assumed
        assertThat(eu.obligation("ART-14").orElseThrow().effective().timelineEntry()).isEqualTo("ANNEX-III-HIGH-RISK");
        assertThat(eu.obligation("ART-111-2")).isEmpty();
    }

    @Test
    void should_stop_and_delete_an_urgent_use_not_requested_within_24_hours() {
        // GIVEN real-time identification started in urgency 30 hours ago, with no request made within 24 hours
        RiskResult result = Assess.risk(Assess.system().realTime(true).publiclyAccessibleSpace(true)
                .extension(EuAiAct.SECTION_KEY, Assess.facts("biometricIdentification", "REAL_TIME_REMOTE",
                        "rbiObjective", "VICTIM_OR_MISSING_PERSON_SEARCH", "nationalLawAuthorises", true,
                        "authorisation", "URGENT_PENDING", "hoursSinceStart", 30, "urgentRequestWithin24Hours", false,
                        "friaCompleted", true, "registeredInEuDatabase", true, "assessmentDate", ON)).build());
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN the use is prohibited and must stop, with its data, results and outputs discarded and deleted
        assertThat(result.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(eu.category()).isEqualTo(Category.PROHIBITED);
        assertThat(eu.obligation("ART-5-3-STOP-AND-DELETE").orElseThrow()).satisfies(o -> {
            assertThat(o.article()).isEqualTo("Art. 5(3)");
            assertThat(o.text()).contains("not lawful").contains("stop it at once")
                    .contains("discard and delete at once all the data, results and outputs").contains("(Art. 5(3))");
        });
    }

    @Test
    void should_say_stop_and_delete_when_the_window_passed_and_the_request_time_is_unknown() {
        // GIVEN the same use, the profile silent on when the request was made
        EuAiActResult eu = Assess.eu(Assess.system().realTime(true).publiclyAccessibleSpace(true)
                .extension(EuAiAct.SECTION_KEY, Assess.facts("biometricIdentification", "REAL_TIME_REMOTE",
                        "rbiObjective", "VICTIM_OR_MISSING_PERSON_SEARCH", "nationalLawAuthorises", true,
                        "authorisation", "URGENT_PENDING", "hoursSinceStart", 30,
                        "friaCompleted", true, "registeredInEuDatabase", true, "assessmentDate", ON)).build());
        // THEN the missing precondition says what follows if the request was late
        assertThat(eu.missingPreconditions()).filteredOn(m -> m.code().equals("URGENCY-WINDOW-PASSED")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("not lawful").contains("discard and delete")
                        .contains("(Art. 5(3))"));
    }

    @Test
    void should_stop_and_delete_after_a_refusal() {
        // GIVEN real-time identification whose authorisation was refused
        EuAiActResult eu = Assess.eu(Assess.system().realTime(true).publiclyAccessibleSpace(true)
                .extension(EuAiAct.SECTION_KEY, Assess.facts("biometricIdentification", "REAL_TIME_REMOTE",
                        "rbiObjective", "VICTIM_OR_MISSING_PERSON_SEARCH", "nationalLawAuthorises", true,
                        "authorisation", "REFUSED", "assessmentDate", ON)).build());
        // THEN the duty says the use is unlawful, to stop at once and to discard and delete
        assertThat(eu.obligation("ART-5-3-STOP-AND-DELETE").orElseThrow().text()).contains("not lawful")
                .contains("discard and delete at once all the data, results and outputs").contains("(Art. 5(3))");
    }
}
