package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.Digests;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RuleSetStamp;

/** Every report names the answers, rule sets and content pack it came from by their digests. */
class DigestReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_stamp_the_digest_of_the_answers_and_the_provenance_when_a_report_of_each_kind_is_made() {
        // GIVEN / WHEN
        RiskReport risk = Fixtures.riskReport();
        ReadinessReport readiness = Fixtures.readinessReport();
        WorkbookReport workbook = Fixtures.workbookReport();
        // THEN
        assertThat(risk.metadata().answersDigest()).isEqualTo(Digests.sha256(risk.input())).hasSize(64);
        assertThat(readiness.metadata().answersDigest()).isEqualTo(Digests.sha256(readiness.input()));
        assertThat(workbook.metadata().answersDigest()).isEqualTo(Digests.sha256(workbook.input()));
        assertThat(risk.metadata().contentPackDigest()).isEqualTo(Fixtures.PACK_DIGEST);
        assertThat(risk.metadata().ruleSetDigests()).containsExactly(
                new RuleSetStamp("DEFAULT", Fixtures.DEFAULT_RULES_DIGEST),
                new RuleSetStamp("LOCAL-POLICY", Fixtures.LOCAL_RULES_DIGEST));
    }

    @Test
    void should_change_the_answers_digest_when_a_record_is_added_to_the_answers() {
        // GIVEN the same answers without and with an (empty) assessment record
        RiskAnswers plain = Fixtures.riskAnswers();
        RiskAnswers recorded = plain.withAssessment(AssessmentRecord.draft());
        // WHEN
        String one = Fixtures.reports().risk(plain, Fixtures.riskResult(plain.system())).metadata().answersDigest();
        String two = Fixtures.reports().risk(recorded, Fixtures.riskResult(plain.system())).metadata().answersDigest();
        // THEN the digest names the answers as a whole, record included
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void should_read_the_input_back_to_the_same_answers_and_digest_when_it_holds_a_record_and_mitigation_statuses()
            throws IOException {
        // GIVEN answers with a filed record and mitigations given by id alone and with status and evidence
        RiskReport mitigated = Fixtures.mitigatedRiskReport();
        RiskAnswers answers = mitigated.input().withAssessment(Fixtures.finalRecord());
        RiskReport report = Fixtures.reports().risk(answers, mitigated.result());
        JsonNode input = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null)).path("input");
        // WHEN the input is read as an answer file
        RiskAnswers read = AnswerFiles.forPack(Fixtures.pack()).parseRisk("input.json", JSON.writeValueAsBytes(input));
        // THEN it is the same answers, and the digest the report gives is theirs
        assertThat(read).isEqualTo(answers);
        assertThat(Digests.sha256(read)).isEqualTo(report.metadata().answersDigest());
    }

    @Test
    void should_print_the_digests_in_the_audit_trail_and_the_answers_digest_in_the_footer() {
        for (Report report : Fixtures.allKinds()) {
            String digest = report.metadata().answersDigest();
            // WHEN
            String html = Fixtures.reports().render(report, ReportFormat.HTML, null);
            String md = Fixtures.reports().render(report, ReportFormat.MARKDOWN, null);
            // THEN
            assertThat(html).as(report.kind())
                    .contains("<td>Answers digest (SHA-256)</td><td><code>" + digest + "</code></td>")
                    .contains("<td>Content pack digest (SHA-256)</td><td><code>" + Fixtures.PACK_DIGEST + "</code></td>")
                    .contains("<td>Rule-set digests (SHA-256)</td><td>DEFAULT <code>" + Fixtures.DEFAULT_RULES_DIGEST
                            + "</code>; LOCAL-POLICY <code>" + Fixtures.LOCAL_RULES_DIGEST + "</code></td>")
                    .contains("<footer>\n<p>Independent tool, not affiliated with INTERPOL or UNICRI. Decision support, not"
                            + " legal advice.</p>\n<p>Answers digest (SHA-256): " + digest + ".</p>\n"
                            + "<p>Generated 2026-01-15T09:30:00Z with toolkit engine 9.8.7, content pack TEST-PACK 0.1.0,"
                            + " report format 1.2.</p>\n</footer>");
            assertThat(md).as(report.kind())
                    .contains("| Generated at | 2026-01-15T09:30:00Z |")
                    .contains("| Answers digest (SHA-256) | `" + digest + "` |")
                    .contains("Answers digest (SHA-256): " + digest + ".")
                    .endsWith("Generated 2026-01-15T09:30:00Z with toolkit engine 9.8.7, content pack TEST-PACK 0.1.0,"
                            + " report format 1.2.\n");
        }
    }

    @Test
    void should_say_not_known_when_the_provenance_carries_no_digests() throws IOException {
        // GIVEN reports whose engine gave no digest of each rule set or of the pack
        Reports reports = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE_WITHOUT_DIGESTS, Fixtures.FIXED_CLOCK);
        RiskReport report = reports.risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system()));
        // WHEN
        String md = reports.render(report, ReportFormat.MARKDOWN, null);
        JsonNode json = JSON.readTree(reports.render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(md).contains("| Rule-set digests (SHA-256) | *not known* |")
                .contains("| Content pack digest (SHA-256) | *not known* |");
        assertThat(json.path("contentPackDigest").isNull()).isTrue();
        assertThat(json.path("ruleSetDigests")).isEmpty();
        assertThat(json.path("answersDigest").asText()).isEqualTo(report.metadata().answersDigest());
    }

    @Test
    void should_carry_the_digests_when_rendered_as_json() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport();
        // WHEN
        JsonNode json = JSON.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.path("answersDigest").asText()).isEqualTo(Digests.sha256(report.input()));
        assertThat(json.path("contentPackDigest").asText()).isEqualTo(Fixtures.PACK_DIGEST);
        assertThat(json.path("ruleSetDigests")).hasSize(2);
        assertThat(json.path("ruleSetDigests").get(1).path("id").asText()).isEqualTo("LOCAL-POLICY");
        assertThat(json.path("ruleSetDigests").get(1).path("digest").asText()).isEqualTo(Fixtures.LOCAL_RULES_DIGEST);
    }

    @Test
    void should_keep_the_digests_null_when_metadata_is_made_with_the_older_constructors() {
        // GIVEN / WHEN
        ReportMetadata m = new ReportMetadata("1.0", Instant.EPOCH, "1", List.of("DEFAULT"), "a".repeat(64), "P", "1");
        // THEN
        assertThat(m.answersDigest()).isNull();
        assertThat(m.contentPackDigest()).isNull();
        assertThat(m.ruleSetDigests()).isEmpty();
    }
}
