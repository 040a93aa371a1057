package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;

/**
 * A compact report is the indented text without its layout, byte for byte, whatever was rendered
 * before it.
 */
class CompactReasonsTest {

    /** Risk inputs whose reasons share sentences with different inputs (the risk matrix's, for one). */
    private static final List<String> RISK_INPUTS = List.of("automated-penalties-very-high.yaml", "lfr-escalate.yaml",
            "patrol-route-proceed.yaml", "reoffending-no-legal-basis.yaml", "triage-unclear-medium.yaml");

    @Test
    void should_write_the_indented_text_without_its_layout_when_reasons_are_written_again() {
        // GIVEN reports of several systems
        Reports compact = Fixtures.reports().withJsonLayout(JsonLayout.COMPACT);
        List<RiskReport> reports = new ArrayList<>();
        for (String input : RISK_INPUTS) {
            reports.add(Fixtures.riskReport(Fixtures.risk(input)));
        }
        // WHEN each is rendered compact twice, the second time after all the others were
        List<String> first = new ArrayList<>();
        for (RiskReport report : reports) {
            first.add(compact.render(report, ReportFormat.JSON, null));
        }
        // THEN both times the indented text without the spaces and line breaks between tokens
        for (int i = 0; i < reports.size(); i++) {
            String expected = withoutLayout(Fixtures.reports().render(reports.get(i), ReportFormat.JSON, null));
            assertThat(first.get(i)).isEqualTo(expected);
            assertThat(compact.render(reports.get(i), ReportFormat.JSON, null)).isEqualTo(expected);
        }
    }

    /** {@code json} without the whitespace outside strings, plus the final line break. */
    private static String withoutLayout(String json) {
        StringBuilder s = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                s.append(c);
                if (c == '\\') {
                    s.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                s.append(c);
            } else if (c != ' ' && c != '\n') {
                s.append(c);
            }
        }
        return s.append('\n').toString();
    }
}
