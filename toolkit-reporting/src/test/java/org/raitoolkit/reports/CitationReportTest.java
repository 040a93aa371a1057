package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations in every format: a recommendation and an obligation show what they cite in HTML and
 * Markdown, and the JSON document carries them as {@code citations: [{instrument, article,
 * jurisdiction}]}.
 */
class CitationReportTest {

    private static final String CITES = "Cites: LED Art. 27 (EU); EU AI Act Art. 27 (EU)";

    @Test
    void should_show_what_a_recommendation_and_an_obligation_cite_when_rendered_as_html_and_markdown() {
        for (Report report : Fixtures.citedReports()) {
            // WHEN
            String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
            String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
            // THEN
            assertThat(html).as(report.kind()).contains(CITES);
            assertThat(md).as(report.kind()).contains(CITES);
            if (report instanceof RiskReport) {
                assertThat(html).contains("Cites: EU AI Act Art. 26(6) (EU)");
                assertThat(md).contains("Cites: EU AI Act Art. 26(6) (EU)");
            }
        }
    }

    @Test
    void should_say_nothing_of_citations_when_a_recommendation_has_none() {
        // GIVEN the plain risk report, whose recommendations cite nothing
        // WHEN
        String html = Fixtures.reports().render(Fixtures.riskReport(), ReportFormat.HTML, null);
        // THEN
        assertThat(html).doesNotContain("Cites:");
    }

    @Test
    void should_carry_citations_in_the_json_of_recommendations_findings_and_report_sections() throws IOException {
        // GIVEN
        RiskReport report = (RiskReport) Fixtures.citedReports().get(0);
        // WHEN
        JsonNode json = new ObjectMapper().readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        JsonNode rec = json.get("recommendations").get(0);
        assertThat(rec.get("id").asText()).isEqualTo("REC-DPIA");
        assertThat(rec.get("citations")).hasSize(2);
        assertThat(rec.get("citations").get(0).toString())
                .isEqualTo("{\"instrument\":\"LED\",\"article\":\"Art. 27\",\"jurisdiction\":\"EU\"}");
        JsonNode obligation = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("code").asText().equals("ART-26-6")) {
                obligation = f;
            }
        }
        assertThat(obligation).isNotNull();
        assertThat(obligation.get("citations").get(0).get("article").asText()).isEqualTo("Art. 26(6)");
        // every recommendation and finding has the key, empty or not
        json.get("recommendations").forEach(r -> assertThat(r.has("citations")).as(r.get("id").asText()).isTrue());
        json.get("findings").forEach(f -> assertThat(f.get("citations").isArray()).as(f.get("code").asText()).isTrue());
        assertThat(List.of(json.get("schemaVersion").asText())).containsExactly(ReportMetadata.CURRENT_SCHEMA_VERSION);
    }
}
