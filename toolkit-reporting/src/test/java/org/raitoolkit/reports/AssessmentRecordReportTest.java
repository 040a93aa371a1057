package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raitoolkit.model.Audience;

/** The assessment record in the three kinds of report: filed, draft, absent, and hostile. */
class AssessmentRecordReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABSENT = "No assessment record: who assessed, who approved and when to review are not recorded.";

    @Test
    void should_show_who_assessed_advised_decided_and_approved_when_a_risk_report_has_a_final_record() {
        // GIVEN a filed record: the DPO's advice partly followed, a milder agency decision, conditions, triggers
        RiskReport report = Fixtures.riskReport(Fixtures.finalRecord());
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN)) {
            // WHEN
            String text = Fixtures.reports().render(report, format, null);
            // THEN
            assertThat(text).as(format.name())
                    .contains("Assessment record", "FINAL: a filed record", "Dana Reyes (legal adviser, Legal services)",
                            "Sam Okafor (data scientist, Analytics unit)", "Assessed on", "2026-01-10", "Alex Moreau",
                            "2026-01-08", "Limit the watch list to missing people", "partly followed",
                            "Non-matches are kept for 24 hours", "Jo Rowe, deputy chief officer", "2026-01-12",
                            "PROCEED WITH CONDITIONS", "ESCALATE",
                            "the model is retrained or replaced, or the supplier changes",
                            "a serious incident or near miss involving the system")
                    .doesNotContain("Draft: not a filed record").doesNotContain(ABSENT);
            // the record comes before the decision and the rest of the report
            assertThat(text.indexOf("Assessment record")).as(format.name()).isLessThan(text.indexOf("Heat map"));
        }
    }

    @Test
    void should_say_the_agency_decision_is_milder_and_why_when_it_is_milder_than_the_toolkits() throws IOException {
        // GIVEN the agency decided PROCEED_WITH_CONDITIONS where the toolkit says ESCALATE
        RiskReport report = Fixtures.riskReport(Fixtures.finalRecord());
        // WHEN
        String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN a boxed note names it milder and gives the reason, in each format
        assertThat(html).contains("The agency&#39;s decision differs from the toolkit&#39;s.")
                .contains("<strong>milder than the toolkit&#39;s decision; reason: </strong>" + Fixtures.DECISION_REASON);
        assertThat(md).contains("**milder than the toolkit's decision; reason:** " + Fixtures.DECISION_REASON);
        assertThat(json.path("assessment").path("agencyDecision").asText()).isEqualTo("PROCEED_WITH_CONDITIONS");
        assertThat(json.path("assessment").path("decisionReason").asText()).isEqualTo(Fixtures.DECISION_REASON);
        assertThat(json.path("decision").asText()).isEqualTo("ESCALATE");
    }

    @Test
    void should_name_each_condition_and_mark_what_is_overdue_when_rendered_on_the_report_day() {
        // GIVEN conditions due before, after and met, and a review due the day before the report was made
        RiskReport report = Fixtures.riskReport(Fixtures.finalRecord());
        // WHEN
        String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
        // THEN each condition with its recommendation's title where the result has it, owner, due date, state
        assertThat(md).contains("| `REC-BIAS-TEST` Test matching for demographic bias *· On the force's own images.* "
                + "| Head of analytics | 2026-01-01 | open, **overdue** on 2026-01-15, the day this report was made |");
        assertThat(md).contains("| `REC-LEGAL-REVIEW` Review the legal basis for each event | Force solicitor | 2026-03-01 | open |");
        assertThat(md).contains("| `REC-UNKNOWN` | Head of operations | 2026-01-05 | met on 2026-01-04 |");
        assertThat(md).contains("| Next review | 2026-01-14, **overdue** on 2026-01-15, the day this report was made |");
    }

    @Test
    void should_carry_the_record_in_full_with_what_is_overdue_when_rendered_as_json() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport(Fixtures.finalRecord());
        // WHEN
        JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN the top-level record has every field and the computed checks
        JsonNode record = json.path("assessment");
        assertThat(record.path("state").asText()).isEqualTo("FINAL");
        assertThat(record.path("assessors").get(1).path("unit").asText()).isEqualTo("Analytics unit");
        assertThat(record.path("assessedOn").asText()).isEqualTo("2026-01-10");
        assertThat(record.path("dataProtectionOfficer").path("outcome").asText()).isEqualTo("PARTLY_FOLLOWED");
        assertThat(record.path("approval").path("approvedOn").asText()).isEqualTo("2026-01-12");
        assertThat(record.path("nextReview").asText()).isEqualTo("2026-01-14");
        assertThat(record.path("reviewOverdue").asBoolean()).isTrue();
        assertThat(record.path("conditions")).hasSize(3);
        assertThat(record.path("conditions").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(record.path("conditions").get(1).path("overdue").asBoolean()).isFalse();
        assertThat(record.path("conditions").get(1).path("note").isNull()).isTrue();
        assertThat(record.path("conditions").get(2).path("metOn").asText()).isEqualTo("2026-01-04");
        assertThat(record.path("conditions").get(2).path("overdue").asBoolean()).isFalse();
        assertThat(record.path("reviewTriggers").get(1).asText()).isEqualTo("SERIOUS_INCIDENT");
        // and the input holds it as the answer file does, without the checks
        JsonNode given = json.path("input").path("assessment");
        assertThat(given.path("state").asText()).isEqualTo("FINAL");
        assertThat(given.has("reviewOverdue")).isFalse();
        assertThat(given.path("conditions").get(1).has("note")).isFalse();
    }

    @Test
    void should_say_a_draft_is_not_filed_when_any_kind_of_report_has_a_draft_record() throws IOException {
        for (Report report : Fixtures.allKinds(Fixtures.draftRecord())) {
            // WHEN
            String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
            String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
            JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
            // THEN
            assertThat(html).as(report.kind()).contains("Draft: not a filed record.").contains("Dana Reyes")
                    .contains("2026-06-30").doesNotContain("overdue");
            assertThat(md).as(report.kind()).contains("**Draft: not a filed record.**").contains("| Approved by | *not recorded* |");
            assertThat(json.path("assessment").path("state").asText()).as(report.kind()).isEqualTo("DRAFT");
            assertThat(json.path("assessment").path("reviewOverdue").asBoolean()).isFalse();
            assertThat(json.path("assessment").path("approval").isNull()).isTrue();
            assertThat(json.path("input").path("assessment").has("state")).as("no state given").isFalse();
        }
    }

    @Test
    void should_say_in_one_line_that_there_is_no_record_when_the_answers_carry_none() throws IOException {
        for (Report report : Fixtures.allKinds()) {
            // WHEN
            String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
            String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
            JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
            // THEN
            assertThat(html).as(report.kind()).contains("<h2 id=\"record\">Assessment record</h2>\n<p>" + ABSENT + "</p>");
            assertThat(md).as(report.kind()).contains("## Assessment record\n\n" + ABSENT + "\n");
            assertThat(json.has("assessment")).as(report.kind()).isTrue();
            assertThat(json.path("assessment").isNull()).as(report.kind()).isTrue();
            assertThat(json.path("input").has("assessment")).as(report.kind()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = "PUBLIC", mode = EnumSource.Mode.EXCLUDE)
    void should_show_the_record_in_every_brief_but_the_public_one(Audience audience) {
        for (Report report : Fixtures.allKinds(Fixtures.finalRecord())) {
            assertThat(Fixtures.reports().render(report, ReportFormat.MARKDOWN, audience)).as(report.kind())
                    .contains("## Assessment record").contains("Jo Rowe");
            assertThat(Fixtures.reports().render(report, ReportFormat.MARKDOWN, Audience.PUBLIC)).as(report.kind())
                    .doesNotContain("Assessment record").doesNotContain("Jo Rowe");
        }
    }

    @Test
    void should_escape_user_text_in_every_record_field_when_rendered_as_html_and_markdown() {
        for (Report report : Fixtures.hostile()) {
            // WHEN
            String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
            String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
            // THEN every field is there, as text
            for (String field : List.of("Name", "Role", "Unit", "Officer", "Advice", "Reason", "Decision reason", "Approver",
                    "Owner", "Note")) {
                assertThat(html).as(report.kind() + " " + field)
                        .contains(field + " &lt;script&gt;alert(1)&lt;/script&gt; ](javascript:x)");
                assertThat(md).as(report.kind() + " " + field)
                        .contains(field + " \\<script\\>alert(1)\\</script\\> \\](javascript:x) \\| injected \\| row \\| \\# heading");
            }
            assertThat(html).as(report.kind()).doesNotContain(Fixtures.SCRIPT).doesNotContain("\u0007");
            assertThat(md.lines()).as(report.kind()).noneMatch(line -> line.startsWith("| injected"))
                    .noneMatch(line -> line.startsWith("# heading"));
        }
    }
}
