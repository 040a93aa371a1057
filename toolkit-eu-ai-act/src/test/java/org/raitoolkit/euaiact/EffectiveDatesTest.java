package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.Decision;
import org.raitoolkit.euaiact.EuAiActProfile.AnnexIIIPurpose;
import org.raitoolkit.euaiact.EuAiActProfile.FacialImageScraping;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.SystemProfile;

/**
 * Dates decide whether a prohibition or obligation applies on the assessment date: the day before
 * each cut-over it does not, on the day it does; secondary-source dates are marked UNVERIFIED.
 */
class EffectiveDatesTest {

    private static SystemProfile scraping(LocalDate on) {
        return Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED, "assessmentDate", on);
    }

    private static SystemProfile intimateImagery(LocalDate on) {
        return Assess.profile("generatesIntimateImageryOrCsam", true, "assessmentDate", on);
    }

    private static SystemProfile victimRisk(LocalDate on) {
        return Assess.profile("annexIIIPurposes", java.util.List.of(AnnexIIIPurpose.VICTIM_RISK), "assessmentDate", on);
    }

    private static SystemProfile reportingChatbot(LocalDate on) {
        return Assess.system().legalBasis(LegalBasis.YES).extension(EuAiAct.SECTION_KEY, Assess.facts("interactsWithPublic", true,
                "usedByPublicToReportCrime", true, "assessmentDate", on)).build();
    }

    /** Retrospective facial recognition in service since 2025, design unchanged, used by the police (Art. 111(2)). */
    private static SystemProfile legacyRetrospectiveRecognition(LocalDate on) {
        return Assess.profile("biometricIdentification", "POST_REMOTE", "authorisation", "GRANTED",
                "linkedToSpecificOffenceOrMissingPerson", true, "placedOnMarketOrInServiceOn", LocalDate.of(2025, 6, 1),
                "significantDesignChange", false, "assessmentDate", on);
    }

    /** A border-control component of an Annex X large-scale IT system in service before 2 August 2027 (Art. 111(1)). */
    private static SystemProfile annexXComponent(LocalDate on) {
        return Assess.profile("annexIIIPurposes", java.util.List.of(AnnexIIIPurpose.MIGRATION_BORDER),
                "annexXLargeScaleItComponent", true, "placedOnMarketOrInServiceOn", LocalDate.of(2027, 3, 1), "assessmentDate", on);
    }

    /** Cut-over, the code of the category or obligation whose date it decides, and how sure the date is. */
    static Stream<Arguments> cutOvers() {
        return Stream.of(
                Arguments.of("Art. 5 prohibitions", LocalDate.of(2025, 2, 2), "PROHIBITED", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::scraping),
                Arguments.of("Art. 5(1)(ba)/(bb)", LocalDate.of(2026, 12, 2), "PROHIBITED", DateStatus.UNVERIFIED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::intimateImagery),
                Arguments.of("Art. 50", LocalDate.of(2026, 8, 2), "ART-50-1", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::reportingChatbot),
                Arguments.of("Annex III high-risk obligations", LocalDate.of(2027, 12, 2), "ART-14", DateStatus.UNVERIFIED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::victimRisk),
                Arguments.of("Annex III classification", LocalDate.of(2027, 12, 2), "HIGH_RISK", DateStatus.UNVERIFIED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::victimRisk),
                Arguments.of("Art. 111(2) deadline", LocalDate.of(2030, 8, 2), "ART-111-2", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::legacyRetrospectiveRecognition),
                Arguments.of("Art. 111(2) legacy, human oversight", LocalDate.of(2030, 8, 2), "ART-14", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::legacyRetrospectiveRecognition),
                Arguments.of("Art. 111(2) legacy, two-person verification", LocalDate.of(2030, 8, 2), "ART-14-5", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::legacyRetrospectiveRecognition),
                Arguments.of("Art. 111(2) legacy, classification", LocalDate.of(2030, 8, 2), "HIGH_RISK", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::legacyRetrospectiveRecognition),
                Arguments.of("Art. 111(1) Annex X deadline", LocalDate.of(2030, 12, 31), "ART-111-1", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::annexXComponent),
                Arguments.of("Art. 111(1) Annex X, deployer duties", LocalDate.of(2030, 12, 31), "ART-26", DateStatus.CONFIRMED,
                        (java.util.function.Function<LocalDate, SystemProfile>) EffectiveDatesTest::annexXComponent));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cutOvers")
    void should_not_apply_the_day_before_a_cut_over_and_apply_from_it(String what, LocalDate cutOver, String code,
            DateStatus status, java.util.function.Function<LocalDate, SystemProfile> profile) {
        // GIVEN the same system assessed the day before the cut-over and on it
        RiskResult before = Assess.risk(profile.apply(cutOver.minusDays(1)));
        RiskResult on = Assess.risk(profile.apply(cutOver));
        // WHEN we read the finding the cut-over decides (the category or obligation, not the path step)
        var dayBefore = before.findings().stream().filter(f -> f.code().equals(code) && !f.kind().equals(EuAiAct.KIND_PATH)).toList();
        var dayOf = on.findings().stream().filter(f -> f.code().equals(code) && !f.kind().equals(EuAiAct.KIND_PATH)).toList();
        // THEN it carries the date and its status, and applies only from the cut-over
        assertThat(dayBefore).singleElement().satisfies(f -> {
            assertThat(f.details()).containsEntry(EuAiAct.DETAIL_APPLICABLE_FROM, cutOver.toString())
                    .containsEntry(EuAiAct.DETAIL_APPLIES_ON_ASSESSMENT_DATE, "false")
                    .containsEntry(EuAiAct.DETAIL_DATE_STATUS, status.name());
        });
        assertThat(dayOf).singleElement().satisfies(f -> assertThat(f.details())
                .containsEntry(EuAiAct.DETAIL_APPLIES_ON_ASSESSMENT_DATE, "true")
                .containsEntry(EuAiAct.DETAIL_ASSESSMENT_DATE, cutOver.toString()));
    }

    @Test
    void should_escalate_with_the_date_before_a_prohibition_applies_and_stop_the_system_from_it() {
        // GIVEN untargeted scraping, the day before the prohibitions apply and on the day
        RiskResult before = Assess.risk(scraping(LocalDate.of(2025, 2, 1)));
        RiskResult on = Assess.risk(scraping(LocalDate.of(2025, 2, 2)));
        // THEN the day before escalates, naming the date; from the day it stops the system, citing the article
        assertThat(before.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(before.decisionReasons()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("EU-DECIDE-PROHIBITED-NOT-YET");
            assertThat(r.text()).contains("2025-02-02").contains("Art. 5(1)(e)");
        });
        assertThat(on.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(on.decisionReasons()).anySatisfy(r -> {
            assertThat(r.ruleId()).isEqualTo("EU-DECIDE-PROHIBITED");
            assertThat(r.text()).contains("Art. 5(1)(e)");
        });
    }

    @Test
    void should_say_the_annex_iii_date_was_moved_by_the_amending_regulation() {
        // GIVEN a high-risk system
        EuAiActResult eu = Assess.eu(victimRisk(LocalDate.of(2027, 1, 1)));
        // THEN its category date says it moved and is unverified
        assertThat(eu.category()).isEqualTo(Category.HIGH_RISK);
        assertThat(eu.effective().applicableFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(eu.effective().status()).isEqualTo(DateStatus.UNVERIFIED);
        assertThat(eu.effective().note()).contains("2026-08-02").contains("2026/1744");
        assertThat(eu.effective().appliesOnAssessmentDate()).isFalse();
        assertThat(eu.obligationsApplicableOnAssessmentDate()).isEmpty();
    }
}
