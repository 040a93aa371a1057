package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each factor's mitigations in the risk report: status, evidence, whether counted, and the cap. */
class MitigationReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAP = "The cap on mitigation bound: at most 2 steps of likelihood and 1 of severity in all";

    @Test
    void should_list_each_mitigation_with_status_evidence_and_whether_it_counted_when_rendered_as_text() {
        // GIVEN a PLANNED bias test and VERIFIED human checks on one factor, capped, and an id-only mitigation on another
        RiskReport report = Fixtures.mitigatedRiskReport();
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN)) {
            // WHEN
            String text = Fixtures.reports().render(report, format, null);
            // THEN
            assertThat(text).as(format.name())
                    .contains("Independent bias test", "PLANNED", "Test plan TP-7",
                            "not counted: a planned measure does not lower the rating")
                    .contains("Two officers check every match", "VERIFIED", "Audit report AR-2026-03",
                            "counted: it lowers the rating")
                    .contains("No targeting of assemblies", "IMPLEMENTED (status not stated)", "no reference given")
                    .contains(CAP);
            // the cap is stated once: only the capped factor says it
            assertThat(text.split(CAP, -1)).as(format.name()).hasSize(2);
        }
    }

    @Test
    void should_carry_each_mitigation_and_the_cap_when_rendered_as_json() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.mitigatedRiskReport();
        // WHEN
        JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        JsonNode chilling = json.path("factors").get(0);
        assertThat(chilling.path("reductionCapped").asBoolean()).isFalse();
        JsonNode legacy = chilling.path("mitigations").get(0);
        assertThat(legacy.path("status").asText()).isEqualTo("IMPLEMENTED");
        assertThat(legacy.path("statusStated").asBoolean()).isFalse();
        assertThat(legacy.path("evidence").isNull()).isTrue();
        assertThat(legacy.path("counted").asBoolean()).isTrue();
        JsonNode bias = json.path("factors").get(1);
        assertThat(bias.path("reductionCapped").asBoolean()).isTrue();
        assertThat(bias.path("mitigationsApplied")).hasSize(1);
        assertThat(bias.path("mitigationsApplied").get(0).asText()).isEqualTo("MIT-HUMAN-CHECK");
        JsonNode planned = bias.path("mitigations").get(0);
        assertThat(planned.path("id").asText()).isEqualTo("MIT-BIAS-TEST");
        assertThat(planned.path("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.path("statusStated").asBoolean()).isTrue();
        assertThat(planned.path("evidence").asText()).isEqualTo("Test plan TP-7");
        assertThat(planned.path("counted").asBoolean()).isFalse();
        JsonNode verified = bias.path("mitigations").get(1);
        assertThat(verified.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.path("counted").asBoolean()).isTrue();
        // and the input gives each as the answer file did: an id alone, or a mapping
        JsonNode ratings = json.path("input").path("ratings");
        assertThat(ratings.path("RF-CHILLING-EFFECT").path("mitigations").get(0).asText()).isEqualTo("MIT-NO-ASSEMBLY-TARGETING");
        JsonNode given = ratings.path("RF-DEMOGRAPHIC-BIAS").path("mitigations").get(0);
        assertThat(given.path("id").asText()).isEqualTo("MIT-BIAS-TEST");
        assertThat(given.path("status").asText()).isEqualTo("PLANNED");
        assertThat(given.path("evidence").asText()).isEqualTo("Test plan TP-7");
    }

    @Test
    void should_escape_user_text_in_evidence_when_rendered_as_html_and_markdown() {
        // GIVEN a mitigation whose evidence reference holds markup and a table break-out
        RiskReport report = Fixtures.hostileRiskReport();
        // WHEN
        String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        // THEN
        assertThat(html).contains("Evidence &lt;script&gt;alert(1)&lt;/script&gt; ](javascript:x)\n| injected | row |");
        assertThat(md).contains("Evidence \\<script\\>alert(1)\\</script\\> \\](javascript:x) \\| injected \\| row \\|");
    }
}
