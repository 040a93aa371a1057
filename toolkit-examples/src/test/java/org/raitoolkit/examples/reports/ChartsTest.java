package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;

/** The heat map places every factor, and the readiness chart draws the band thresholds. */
class ChartsTest {

    @Test
    void should_place_every_factor_at_its_residual_cell_and_mark_moved_ones_when_the_heat_map_is_drawn() {
        // GIVEN a system where mitigations moved two factors
        RiskReport report = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        long moved = report.result().factors().stream()
                .filter(f -> f.likelihood() != f.residualLikelihood() || f.severity() != f.residualSeverity()).count();
        // WHEN
        String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        // THEN one filled disc per factor, one dashed ring and one arrow per moved factor (plus the key's samples)
        assertThat(count(svg, "fill=\"#1e293b\" stroke=\"#ffffff\"")).isEqualTo(report.result().factors().size());
        assertThat(count(svg, "stroke-dasharray=\"3 2\"")).isEqualTo(moved + 1);
        assertThat(count(svg, "marker-end=\"url(#hm-arrow)\"")).isEqualTo(moved);
        assertThat(moved).isEqualTo(2);
        int n = 1;
        for (FactorResult f : report.result().factors()) {
            assertThat(svg).contains("<title>" + n + ". ").contains(", residual: likelihood " + f.residualLikelihood()
                    + " x severity " + f.residualSeverity() + "</title>");
            n++;
        }
        // 25 cells, each printing its score and level in words
        assertThat(svg).contains(">25 · VERY HIGH<").contains(">1 · LOW<").contains(">10 · HIGH<");
    }

    @Test
    void should_show_the_heat_map_as_a_text_table_when_rendered_as_markdown() {
        // GIVEN
        RiskReport report = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        // WHEN
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        // THEN residual numbers in their cell, moved factors' inherent place in brackets
        assertThat(md).doesNotContain("<svg")
                .contains("| **2 UNLIKELY** |")
                .contains("HIGH: (3)")
                .contains("HIGH: (2)")
                .contains("| Likelihood / severity |");
    }

    @Test
    void should_draw_the_band_thresholds_when_the_readiness_chart_is_drawn() {
        // GIVEN
        ReadinessReport report = Fixtures.readinessReport(Fixtures.mixedReadiness());
        // WHEN
        String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        // THEN dashed lines at 25, 50 and 75 on a 360-pixel axis starting at x=300, and one bar per dimension
        assertThat(count(svg, "stroke-dasharray=\"4 3\"")).isEqualTo(3);
        assertThat(svg).contains("x1=\"390\"").contains("x1=\"480\"").contains("x1=\"570\"");
        assertThat(svg).contains(">DEVELOPING<").contains(">ESTABLISHED<").contains(">ADVANCED<");
        assertThat(count(svg, "height=\"18\" rx=\"2\"")).isEqualTo(report.result().dimensions().size());
        report.result().dimensions().forEach(d -> assertThat(svg).contains(d.name()));
    }

    private static long count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
