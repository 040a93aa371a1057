package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;

/**
 * The JSON text itself, not only what it parses to: {@code < > & '} and control characters appear
 * only as escapes, in the full report and in every brief, so that a document pasted into a page
 * or a script block, or printed to a terminal, stays inert. EscapingTest covers what the JSON
 * parses back to.
 */
class JsonEscapingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        List<Report> reports = List.of(Fixtures.hostileRiskReport(), Fixtures.hostileRiskThroughEngine(),
                Fixtures.hostileReadinessReport(), Fixtures.hostileWorkbookReport());
        List<Audience> audiences = new ArrayList<>();
        audiences.add(null);
        audiences.addAll(List.of(Audience.values()));
        for (Report report : reports) {
            for (Audience audience : audiences) {
                out.add(Arguments.of(report.kind() + " / " + (audience == null ? "full" : audience), report, audience));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void should_write_markup_and_control_characters_only_as_escapes_when_rendered_as_json(String name, Report report,
                                                                                          Audience audience) throws IOException {
        // GIVEN a report with a script, a link break-out and control characters in its user text
        // WHEN
        String text = Fixtures.reports().render(report, ReportFormat.JSON, audience);
        // THEN not one of the characters a page or a terminal would act on is there raw
        assertThat(text).doesNotContain("<", ">", "&", "'", "\u0007", "\r");
        assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
        // AND it parses, the full report back to the text as given
        JsonNode json = JSON.readTree(text);
        if (audience == null) {
            assertThat(json.toString()).contains(Fixtures.SCRIPT);
        }
    }
}
