package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Audience;

/** With a fixed clock, the same input gives the same bytes. */
class DeterminismTest {

    @Test
    void should_render_byte_identical_output_when_the_same_input_is_assessed_twice_with_a_fixed_clock() {
        // GIVEN two independent Reports on one fixed clock
        Reports first = Reports.of(Fixtures.engine(), Fixtures.FIXED_CLOCK);
        Reports second = Reports.of(Fixtures.engine(), Fixtures.FIXED_CLOCK);
        List<Audience> audiences = new ArrayList<>(List.of(Audience.values()));
        audiences.add(null);

        for (String input : List.of("lfr-escalate.yaml", "readiness-beginning.yaml", "workbook-deployment-open.yaml")) {
            Report a = report(first, input);
            Report b = report(second, input);
            for (ReportFormat format : ReportFormat.values()) {
                for (Audience audience : audiences) {
                    // WHEN
                    String one = first.render(a, format, audience);
                    String two = second.render(b, format, audience);
                    // THEN
                    assertThat(one).as(input + " " + format + " " + audience).isEqualTo(two);
                    assertThat(one).endsWith("\n").doesNotContain("\r");
                }
            }
        }
    }

    @Test
    void should_differ_only_in_the_time_stamp_when_the_clock_moves() {
        // GIVEN
        Reports later = Reports.of(Fixtures.engine(), Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));
        RiskReport a = Fixtures.reports().risk(Fixtures.risk("lfr-escalate.yaml"));
        RiskReport b = later.risk(Fixtures.risk("lfr-escalate.yaml"));
        // WHEN
        String one = Fixtures.reports().render(a, ReportFormat.HTML, null);
        String two = later.render(b, ReportFormat.HTML, null);
        // THEN
        assertThat(one.replace("2026-01-15T09:30:00Z", "T")).isEqualTo(two.replace("2027-03-01T00:00:00Z", "T"));
    }

    private static Report report(Reports reports, String input) {
        if (input.startsWith("readiness-")) {
            return reports.readiness(Fixtures.readiness(input));
        }
        if (input.startsWith("workbook-")) {
            return reports.workbook(Fixtures.risk(Fixtures.WORKBOOK_SYSTEM),
                    org.raitoolkit.model.LifecycleStage.DEPLOYMENT, Fixtures.workbook(input));
        }
        return reports.risk(Fixtures.risk(input));
    }
}
