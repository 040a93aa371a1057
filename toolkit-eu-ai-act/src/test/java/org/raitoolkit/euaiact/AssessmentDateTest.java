package org.raitoolkit.euaiact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.raitoolkit.euaiact.internal.AssessmentClock;
import org.raitoolkit.model.EuAiActProfile.FacialImageScraping;
import org.raitoolkit.model.Finding;

/** The assessment date is the profile's, or else today's from the assessment clock. */
class AssessmentDateTest {

    @AfterEach
    void resetClock() {
        AssessmentClock.reset();
        System.clearProperty(AssessmentClock.TODAY_PROPERTY);
    }

    private static Finding notice(java.util.List<Finding> findings) {
        return findings.stream().filter(f -> f.kind().equals(EuAiAct.KIND_NOTICE)).findFirst().orElseThrow();
    }

    @Test
    void should_use_today_from_the_clock_when_the_profile_gives_no_date() {
        // GIVEN a clock fixed the day before the prohibitions apply, and a profile without assessmentDate
        AssessmentClock.fix(Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC));
        var result = Assess.risk(Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED));
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
    void should_use_the_system_property_when_no_clock_is_fixed() {
        // GIVEN the system property set to the day the prohibitions apply
        System.setProperty(AssessmentClock.TODAY_PROPERTY, "2025-02-02");
        // WHEN a profile without a date is assessed
        EuAiActResult eu = Assess.eu(Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED));
        // THEN it speaks for that date
        assertThat(eu.assessmentDate()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(eu.effective().appliesOnAssessmentDate()).isTrue();
    }

    @Test
    void should_prefer_the_profile_date_to_the_clock() {
        // GIVEN a fixed clock and a profile with its own date
        AssessmentClock.fix(Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC));
        var result = Assess.risk(Assess.profile("facialImageScraping", FacialImageScraping.UNTARGETED,
                "assessmentDate", LocalDate.of(2026, 1, 1)));
        // THEN the profile's date is used, and the notice says where it came from
        EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
        assertThat(eu.assessmentDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(notice(result.findings()).details()).containsEntry(EuAiAct.DETAIL_ASSESSMENT_DATE_SOURCE, "PROFILE");
    }

    @Test
    void should_read_the_system_clock_when_nothing_is_fixed() {
        // GIVEN nothing fixed
        LocalDate before = LocalDate.now();
        // WHEN today is asked
        LocalDate today = AssessmentClock.today();
        // THEN it is the system's date (a run across midnight sees either day)
        assertThat(today).isBetween(before, LocalDate.now());
    }
}
