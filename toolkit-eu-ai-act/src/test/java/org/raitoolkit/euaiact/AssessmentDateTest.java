package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.EuAiActProfile.FacialImageScraping;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;

/** The assessment date is the profile's, or else the day of the assessment from the engine's clock. */
class AssessmentDateTest {

    /** The day before the prohibitions apply. */
    private static ToolkitEngine dayBefore;

    @BeforeAll
    static void engine() {
        dayBefore = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet())
                .clock(Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC)).build();
    }

    private static Finding notice(java.util.List<Finding> findings) {
        return findings.stream().filter(f -> f.kind().equals(EuAiAct.KIND_NOTICE)).findFirst().orElseThrow();
    }

    @Test
    void should_use_the_day_from_the_engine_clock_when_the_profile_gives_no_date() {
        // GIVEN an engine whose clock is fixed the day before the prohibitions apply, and a profile without assessmentDate
        RiskResult result = Assess.risk(dayBefore, Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED));
        // WHEN the classification is read
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN it speaks for the clock's date, and says so in the notice
        assertThat(eu.assessmentDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(eu.effective().appliesOnAssessmentDate()).isFalse();
        Finding notice = notice(result.findings());
        assertThat(notice.details()).containsEntry(EuAiAct.DETAIL_ASSESSMENT_DATE_SOURCE, "TODAY")
                .containsEntry(EuAiAct.DETAIL_ASSESSMENT_DATE, "2025-02-01");
        assertThat(notice.text()).contains("today's date");
    }

    @Test
    void should_prefer_the_profile_date_to_the_engine_clock() {
        // GIVEN a fixed clock and a profile with its own date
        RiskResult result = Assess.risk(dayBefore, Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED,
                "assessmentDate", LocalDate.of(2026, 1, 1)));
        // WHEN the classification is read
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        // THEN the profile's date is used, and the notice says where it came from
        assertThat(eu.assessmentDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(notice(result.findings()).details()).containsEntry(EuAiAct.DETAIL_ASSESSMENT_DATE_SOURCE, "PROFILE");
    }

    @Test
    void should_use_the_system_date_when_the_engine_has_the_default_clock() {
        // GIVEN an engine built without a clock, and a profile without a date
        LocalDate before = LocalDate.now();
        // WHEN it is assessed
        EuAiActResult eu = Assess.eu(Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED));
        // THEN it speaks for the system's date (a run across midnight sees either day)
        assertThat(eu.assessmentDate()).isBetween(before, LocalDate.now());
    }
}
