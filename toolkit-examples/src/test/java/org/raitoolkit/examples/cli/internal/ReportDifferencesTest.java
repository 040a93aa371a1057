package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.raitoolkit.reports.ReportFormat;

/** What {@code toolkit verify} lists when a report differs from the one made again. */
class ReportDifferencesTest {

    @Test
    void should_list_the_json_pointers_whose_values_differ() {
        // GIVEN
        String report = "{\"kind\": \"risk\", \"factors\": [{\"level\": \"LOW\"}, {\"level\": \"HIGH\"}], \"extra\": 1}";
        String expected = "{\"kind\": \"risk\", \"factors\": [{\"level\": \"LOW\"}, {\"level\": \"MEDIUM\"}]}";
        // WHEN
        ReportDifferences d = differences(ReportFormat.JSON, report, expected, 20);
        // THEN
        assertThat(d.lines()).containsExactly("/factors/1/level: report has \"HIGH\", expected \"MEDIUM\"",
                "/extra: report has 1, expected nothing");
        assertThat(d.anyUnder("/factors")).isTrue();
        assertThat(d.anyUnder("/input")).isFalse();
        assertThat(d.anyInField("level")).isTrue();
        assertThat(d.anyInField("factors")).isTrue();
        assertThat(d.anyInField("leve")).isFalse();
    }

    @Test
    void should_list_one_difference_for_one_line_added_not_every_line_after_it() {
        // GIVEN
        String expected = "# Title\n\nfirst\n\nsecond\n\nthird\n";
        String report = "# Title\n\nfirst\n\nadded\n\nsecond\n\nthird\n";
        // WHEN
        ReportDifferences d = differences(ReportFormat.MARKDOWN, report, expected, 20);
        // THEN
        assertThat(d.lines()).containsExactly("line 5: report has 'added', expected no such line",
                "line 6: report has '', expected no such line");
    }

    @Test
    void should_cap_the_list_and_say_how_many_more_there_are() {
        // GIVEN 30 lines, each changed
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        // WHEN
        ReportDifferences d = differences(ReportFormat.HTML, a.toString(), b.toString(), 20);
        // THEN
        assertThat(d.lines()).hasSize(21).first().isEqualTo("line 1: report has 'a0', expected 'b0'");
        assertThat(d.lines()).last().isEqualTo("... and 10 more");
    }

    @Test
    void should_show_long_lines_from_near_where_they_differ() {
        // GIVEN two long lines that differ near their end
        String start = "| 3 POSSIBLE | " + "LOW: 1 2 3 | ".repeat(10);
        // WHEN
        ReportDifferences d = differences(ReportFormat.MARKDOWN, start + "HIGH: 4 |\n", start + "HIGH: 5 |\n", 20);
        // THEN
        assertThat(d.lines()).singleElement().asString().startsWith("line 1: report has '...")
                .contains("HIGH: 4 |', expected '...").endsWith("HIGH: 5 |'");
    }

    private static ReportDifferences differences(ReportFormat format, String report, String expected, int cap) {
        return ReportDifferences.between(format, report.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8), cap);
    }
}
