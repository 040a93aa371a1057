package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.CrosswalkEntry;

/**
 * The crosswalks of the content pack in reports: a line per rated factor and per readiness
 * dimension in Markdown and HTML, an {@code engages} list in JSON, and nothing for a pack without
 * crosswalks.
 */
class CrosswalkReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@link Fixtures#pack()} with crosswalks for one factor and one dimension. */
    private static Reports withCrosswalks() {
        ContentPack p = Fixtures.pack();
        List<CrosswalkEntry> crosswalks = List.of(
                new CrosswalkEntry("RF-CHILLING-EFFECT", List.of(
                        new Citation("EU AI Act", "Art. 5(1)(h)", "EU"),
                        new Citation("ECHR", "Art. 11", "Council of Europe"),
                        new Citation("NIST AI RMF", "MAP 5.1", "United States")), null),
                new CrosswalkEntry("GOVERNANCE", List.of(
                        new Citation("LED", "Art. 4(4)", "EU"),
                        new Citation("CETS 225", "Art. 9", "Council of Europe")), "A note."));
        ContentPack pack = new ContentPack(p.manifest(), p.principles(), p.dimensions(), p.readinessQuestions(),
                p.riskFactors(), p.workbookItems(), p.roadmap(), p.recommendations(), p.glossary(), p.scoring(),
                p.guide(), p.instruments(), crosswalks);
        return Reports.of(pack, Fixtures.PROVENANCE, Fixtures.FIXED_CLOCK);
    }

    private static RiskReport risk(Reports reports) {
        return reports.risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system()));
    }

    @Test
    void should_say_what_each_mapped_factor_engages_when_a_risk_report_is_rendered_as_markdown_and_html() {
        // GIVEN
        Reports reports = withCrosswalks();
        RiskReport report = risk(reports);
        // WHEN
        String markdown = reports.render(report, ReportFormat.MARKDOWN, null);
        String html = reports.render(report, ReportFormat.HTML, null);
        // THEN
        assertThat(markdown).contains("**This factor engages:** EU AI Act Art. 5(1)(h); ECHR Art. 11; NIST AI RMF MAP 5.1");
        assertThat(html).contains("<strong>This factor engages: </strong>EU AI Act Art. 5(1)(h); ECHR Art. 11; NIST AI RMF MAP 5.1");
        // AND a factor the crosswalks do not map gets no line
        assertThat(markdown).containsOnlyOnce("This factor engages:");
    }

    @Test
    void should_list_the_provisions_of_each_factor_in_json_when_a_risk_report_is_rendered() throws IOException {
        // GIVEN
        Reports reports = withCrosswalks();
        // WHEN
        String json = reports.render(risk(reports), ReportFormat.JSON, null);
        // THEN
        JsonNode factors = MAPPER.readTree(json).get("factors");
        JsonNode chilling = null;
        for (JsonNode f : factors) {
            if (f.get("id").asText().equals("RF-CHILLING-EFFECT")) {
                chilling = f;
            } else {
                assertThat(f.get("engages")).as("engages of %s", f.get("id")).isEmpty();
            }
        }
        assertThat(chilling).isNotNull();
        assertThat(chilling.get("engages")).hasSize(3);
        assertThat(chilling.get("engages").get(0).get("instrument").asText()).isEqualTo("EU AI Act");
        assertThat(chilling.get("engages").get(0).get("article").asText()).isEqualTo("Art. 5(1)(h)");
        assertThat(chilling.get("engages").get(1).get("jurisdiction").asText()).isEqualTo("Council of Europe");
        assertThat(errors("risk", json)).isEmpty();
    }

    @Test
    void should_say_what_each_dimension_engages_when_a_readiness_report_is_rendered() throws IOException {
        // GIVEN
        Reports reports = withCrosswalks();
        ReadinessReport report = reports.readiness(Fixtures.readinessAnswers("An agency"), Fixtures.readinessResult("An agency"));
        // WHEN
        String markdown = reports.render(report, ReportFormat.MARKDOWN, null);
        String json = reports.render(report, ReportFormat.JSON, null);
        // THEN
        assertThat(markdown).contains("What each dimension engages", "**This dimension engages:** LED Art. 4(4); CETS 225 Art. 9",
                "not legal advice");
        JsonNode dimensions = MAPPER.readTree(json).get("dimensions");
        for (JsonNode d : dimensions) {
            int expected = d.get("id").asText().equals("GOVERNANCE") ? 2 : 0;
            assertThat(d.get("engages")).as("engages of %s", d.get("id")).hasSize(expected);
        }
        assertThat(errors("readiness", json)).isEmpty();
    }

    @Test
    void should_render_no_crosswalk_line_when_the_pack_has_no_crosswalks() {
        // GIVEN the fixture pack, which has none
        Reports reports = Fixtures.reports();
        // WHEN
        String risk = reports.render(risk(reports), ReportFormat.MARKDOWN, null);
        String readiness = reports.render(Fixtures.readinessReport(), ReportFormat.MARKDOWN, null);
        // THEN
        assertThat(risk).doesNotContain("engages:");
        assertThat(readiness).doesNotContain("engages");
    }

    private static List<String> errors(String kind, String json) throws IOException {
        try (InputStream in = CrosswalkReportTest.class.getResourceAsStream("/org/raitoolkit/reports/schema/" + kind + "-report.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(com.networknt.schema.Error::toString).toList();
        }
    }
}
