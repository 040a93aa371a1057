package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Audience;

/** With a fixed clock, the same answers and result give the same bytes. */
class DeterminismTest {

    /** The text formats; BinaryReportsTest checks that PDF and DOCX are the same bytes each time. */
    private static final List<ReportFormat> TEXT_FORMATS =
            java.util.Arrays.stream(ReportFormat.values()).filter(f -> !f.binary()).toList();

    @Test
    void should_render_byte_identical_output_when_the_same_result_is_reported_twice_with_a_fixed_clock() {
        // GIVEN two independent Reports on one fixed clock, and each kind of report built twice from new objects
        Reports first = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE, Fixtures.FIXED_CLOCK);
        Reports second = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE, Fixtures.FIXED_CLOCK);
        List<Audience> audiences = new ArrayList<>(List.of(Audience.values()));
        audiences.add(null);
        List<Function<Reports, Report>> kinds = List.of(
                r -> r.risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system())),
                r -> r.readiness(Fixtures.readinessAnswers("Agency"), Fixtures.readinessResult("Agency")),
                r -> r.workbook(Fixtures.workbookAnswers("System"), Fixtures.workbookResult("System")));

        for (Function<Reports, Report> kind : kinds) {
            Report a = kind.apply(first);
            Report b = kind.apply(second);
            for (ReportFormat format : TEXT_FORMATS) {
                for (Audience audience : audiences) {
                    // WHEN
                    String one = first.render(a, format, audience);
                    String two = second.render(b, format, audience);
                    // THEN
                    assertThat(one).as(a.kind() + " " + format + " " + audience).isEqualTo(two);
                    assertThat(one).endsWith("\n").doesNotContain("\r");
                }
            }
        }
    }

    @Test
    void should_differ_only_in_the_time_stamp_when_the_clock_moves() {
        // GIVEN
        Reports later = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE,
                Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));
        RiskReport a = Fixtures.riskReport();
        RiskReport b = later.risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system()));
        for (ReportFormat format : TEXT_FORMATS) {
            // WHEN
            String one = Fixtures.reports().render(a, format, null);
            String two = later.render(b, format, null);
            // THEN
            assertThat(one).as(format.name()).isNotEqualTo(two);
            assertThat(one.replace("2026-01-15T09:30:00Z", "T")).as(format.name())
                    .isEqualTo(two.replace("2027-03-01T00:00:00Z", "T"));
        }
    }
}
