package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;

/**
 * The JSON document of reports made from results written by hand: valid against the shipped
 * schemas, the same document in both layouts, and carrying what the result holds.
 */
class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Arguments> reports() {
        List<Arguments> out = new ArrayList<>();
        List<Report> reports = new ArrayList<>(Fixtures.allKinds());
        reports.add(Fixtures.euAiActRiskReport());
        reports.addAll(Fixtures.citedReports());
        reports.add(Fixtures.typedFactsRiskReport());
        reports.addAll(Fixtures.hostile());
        reports.addAll(Fixtures.allKinds(Fixtures.finalRecord()));
        reports.addAll(Fixtures.allKinds(Fixtures.draftRecord()));
        reports.add(Fixtures.mitigatedRiskReport());
        reports.add(Reports.of(Fixtures.pack(), Fixtures.PROVENANCE_WITHOUT_DIGESTS, Fixtures.FIXED_CLOCK)
                .risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system())));
        for (Report report : reports) {
            for (JsonLayout layout : JsonLayout.values()) {
                out.add(Arguments.of(report.kind() + " / " + layout, report, layout));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void should_match_the_shipped_schema_when_a_report_is_rendered_in_either_layout(String name, Report report,
                                                                                   JsonLayout layout) {
        // GIVEN a report of one kind, plain, with EU AI Act findings or with hostile user text
        // WHEN
        String json = Fixtures.reports().withJsonLayout(layout).render(report, ReportFormat.JSON, null);
        // THEN
        assertThat(errors(report.kind(), json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void should_be_the_same_document_on_one_line_when_rendered_compact(String name, Report report, JsonLayout ignored)
            throws IOException {
        // GIVEN a report
        // WHEN
        String indented = Fixtures.reports().render(report, ReportFormat.JSON, null);
        String compact = Fixtures.reports().withJsonLayout(JsonLayout.COMPACT).render(report, ReportFormat.JSON, null);
        // THEN one line, the same tree as the indented text
        assertThat(compact).endsWith("}\n").hasLineCount(1);
        assertThat(compact.length()).isLessThan(indented.length());
        assertThat(MAPPER.readTree(compact)).isEqualTo(MAPPER.readTree(indented));
    }

    @Test
    void should_indent_by_two_spaces_with_a_space_after_each_colon_when_rendered_indented() {
        // GIVEN
        WorkbookReport report = Fixtures.workbookReport();
        // WHEN
        String json = Fixtures.reports().render(report, ReportFormat.JSON, null);
        // THEN the layout of the published examples: "\n" line ends, empty containers as "[ ]" and "{ }"
        assertThat(json).startsWith("{\n  \"kind\": \"workbook\",\n  \"schemaVersion\": \"1.2\",\n"
                + "  \"generatedAt\": \"2026-01-15T09:30:00Z\",\n  \"engine\": {\n    \"version\": \"9.8.7\",\n"
                + "    \"ruleSets\": [\n      \"DEFAULT\",\n      \"LOCAL-POLICY\"\n    ],\n");
        assertThat(json).contains("\"relatedRisk\": \"MEDIUM\",").contains("\"reasons\": [ ]").endsWith("\n}\n");
    }

    @Test
    void should_write_the_rendered_bytes_when_a_compact_report_is_written(@TempDir Path dir) throws IOException {
        // GIVEN
        Reports compact = Fixtures.reports().withJsonLayout(JsonLayout.COMPACT);
        RiskReport report = Fixtures.riskReport();
        Path file = dir.resolve("report.json");
        // WHEN
        compact.write(report, ReportFormat.JSON, null, file);
        // THEN
        assertThat(Files.readString(file)).isEqualTo(compact.render(report, ReportFormat.JSON, null));
    }

    @Test
    void should_read_back_user_text_as_given_when_it_holds_emoji_and_a_lone_surrogate() throws IOException {
        // GIVEN a system name with an emoji (a surrogate pair) and half of one, which UTF-8 cannot encode
        RiskAnswers given = Fixtures.riskAnswers();
        String name = "camera \ud83d\ude00 and half \ud83d of one";
        SystemProfile system = given.system().toBuilder().name(name).build();
        RiskReport report = Fixtures.reports().risk(new RiskAnswers(system, given.ratings(), given.organisationalReadiness()),
                Fixtures.riskResult(system));
        // WHEN
        String json = Fixtures.reports().render(report, ReportFormat.JSON, null);
        // THEN the pair is one UTF-8 character, the half an escape, and both read back as given
        assertThat(json).contains("camera \ud83d\ude00 and half \\uD83D of one");
        assertThat(MAPPER.readTree(json).path("input").path("system").path("name").asText()).isEqualTo(name);
    }

    @Test
    void should_gather_a_rule_sets_findings_in_the_section_it_declares_when_it_made_them() throws IOException {
        // GIVEN reports given the EU AI Act rule set's report section, and a result with that set's
        // findings: a category, a missing precondition, obligations, a notice
        RiskReport report = Fixtures.euAiActRiskReport();
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN they are gathered in one object, in the order of the findings, with their dates where given
        JsonNode eu = json.path("euAiAct");
        assertThat(eu.path("category").asText()).isEqualTo("PROHIBITED");
        assertThat(eu.path("path").asText()).isEqualTo("prohibited under Art. 5(3): the authorisation was refused");
        assertThat(eu.path("reference").asText()).isEqualTo("Art. 5(3)");
        assertThat(eu.path("obligations")).hasSize(2);
        JsonNode first = eu.path("obligations").get(0);
        assertThat(first.path("code").asText()).isEqualTo("ART-14-5");
        assertThat(first.path("article").asText()).isEqualTo("Art. 14(5)");
        assertThat(first.path("applicableFrom").asText()).isEqualTo("2027-12-02");
        assertThat(first.path("appliesOnAssessmentDate").asText()).isEqualTo("true");
        assertThat(first.path("dateStatus").asText()).isEqualTo("UNVERIFIED");
        assertThat(first.has("timelineEntry")).isFalse();
        assertThat(eu.path("obligations").get(1).has("applicableFrom")).isFalse();
        assertThat(eu.path("missingPreconditions")).hasSize(1);
        assertThat(eu.path("missingPreconditions").get(0).path("code").asText()).isEqualTo("AUTHORISATION-REFUSED");
        assertThat(eu.path("notice").asText()).contains("not legal advice");
        assertThat(json.path("findings")).hasSize(report.result().findings().size());
        assertThat(json.path("decision").asText()).isEqualTo("DO_NOT_PROCEED");
    }

    @Test
    void should_echo_a_rule_sets_typed_facts_under_their_key_in_the_input_as_an_answer_file_has_them() throws IOException {
        // GIVEN a profile with a section of typed facts, one of them absent and a set empty
        RiskReport report = Fixtures.typedFactsRiskReport();
        // WHEN
        JsonNode system = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null)).path("input").path("system");
        // THEN the section follows the attributes, its facts in order, the absent and the empty left out
        List<String> keys = new ArrayList<>();
        system.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(keys.size() - 2, keys.size())).containsExactly("attributes", "nationalPermit");
        JsonNode facts = system.path("nationalPermit");
        List<String> names = new ArrayList<>();
        facts.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("permit", "hours", "grantedOn");
        assertThat(facts.path("permit").asText()).isEqualTo("GRANTED");
        assertThat(facts.path("hours").isIntegralNumber()).isTrue();
        assertThat(facts.path("grantedOn").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void should_leave_out_a_declared_section_when_its_rule_set_made_no_finding() throws IOException {
        // GIVEN a result whose only finding is from another rule set
        RiskReport report = Fixtures.riskReport();
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.has("euAiAct")).isFalse();
        assertThat(json.path("findings").get(0).path("ruleSet").asText()).isEqualTo("LOCAL-POLICY");
        assertThat(json.path("findings").get(0).path("details").path("permit").asText()).isEqualTo("required");
    }

    @Test
    void should_fail_the_schema_when_a_required_key_is_missing() throws IOException {
        // GIVEN a risk document without its decision, to prove the schema is not vacuous
        ObjectNode json = (ObjectNode) MAPPER.readTree(Fixtures.reports().render(Fixtures.riskReport(), ReportFormat.JSON, null));
        json.remove("decision");
        ((ObjectNode) json.get("factors").get(0)).put("residualLevel", "SOMEWHAT");
        // WHEN
        List<String> errors = errors("risk", json.toString());
        // THEN
        assertThat(errors).hasSize(2);
        assertThat(String.join("\n", errors)).contains("decision").contains("residualLevel");
    }

    @Test
    void should_fail_the_schema_when_the_record_or_a_mitigation_is_malformed() throws IOException {
        // GIVEN a risk document with a record and mitigations, the record's check and digest broken, a status unknown
        ObjectNode json = (ObjectNode) MAPPER.readTree(Fixtures.reports().render(Fixtures.riskReport(Fixtures.finalRecord()),
                ReportFormat.JSON, null));
        ((ObjectNode) json.get("assessment")).put("reviewOverdue", "yes");
        ((ObjectNode) json.get("assessment").get("conditions").get(0)).remove("overdue");
        json.put("answersDigest", "not a digest");
        ((ObjectNode) json.get("factors").get(0).get("mitigations").get(0)).put("status", "HOPED_FOR");
        ((ObjectNode) json.get("factors").get(1)).remove("reductionCapped");
        // WHEN
        List<String> errors = errors("risk", json.toString());
        // THEN each is reported
        assertThat(String.join("\n", errors)).contains("reviewOverdue").contains("overdue").contains("answersDigest")
                .contains("/factors/0/mitigations/0/status").contains("reductionCapped");
    }

    @Test
    void should_carry_the_documented_keys_when_a_risk_report_is_rendered() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport();
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.get("kind").asText()).isEqualTo("risk");
        assertThat(json.get("schemaVersion").asText()).isEqualTo(ReportMetadata.CURRENT_SCHEMA_VERSION);
        assertThat(json.get("generatedAt").asText()).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(json.get("engine").get("version").asText()).isEqualTo(Fixtures.PROVENANCE.engineVersion());
        assertThat(json.get("engine").get("ruleSetHash").asText()).isEqualTo(Fixtures.PROVENANCE.ruleSetHash());
        assertThat(json.get("engine").get("ruleSets")).hasSize(2);
        assertThat(json.get("engine").get("ruleSets").get(1).asText()).isEqualTo("LOCAL-POLICY");
        assertThat(json.get("contentPack").get("id").asText()).isEqualTo(Fixtures.PROVENANCE.contentPackId());
        assertThat(json.get("contentPack").get("version").asText()).isEqualTo(Fixtures.PROVENANCE.contentPackVersion());
        assertThat(json.get("decision").asText()).isEqualTo(report.result().decision().name());
        assertThat(json.get("overallLevel").asText()).isEqualTo(report.result().overallLevel().name());
        JsonNode factor = json.get("factors").get(0);
        FactorResult expected = report.result().factors().get(0);
        assertThat(factor.get("id").asText()).isEqualTo(expected.factorId());
        assertThat(factor.get("inherentScore").asInt()).isEqualTo(12);
        assertThat(factor.get("inherentLevel").asText()).isEqualTo(expected.inherentLevel().name());
        assertThat(factor.get("residualScore").asInt()).isEqualTo(8);
        assertThat(factor.get("residualLevel").asText()).isEqualTo(expected.residualLevel().name());
        assertThat(factor.get("mitigationsApplied")).hasSize(expected.mitigationsApplied().size());
        assertThat(factor.get("reasons").get(0).get("ruleId").asText()).isEqualTo(expected.reasons().get(0).ruleId());
        assertThat(factor.get("reasons").get(0).get("matched").get("factor").asText()).isEqualTo(expected.factorId());
        JsonNode rating = json.get("input").get("ratings").get("RF-CHILLING-EFFECT");
        assertThat(rating.get("severity").get("irremediability").asInt()).isEqualTo(4);
        assertThat(json.get("input").get("ratings").get("RF-DEMOGRAPHIC-BIAS").get("severity").asText()).isEqualTo("MAJOR");
        assertThat(json.get("input").get("organisationalReadiness").asText()).isEqualTo("DEVELOPING");
        assertThat(json.get("principles")).hasSize(report.result().principles().size());
        assertThat(json.get("instrumentalPrinciples")).hasSize(report.result().instrumentalPrinciples().size());
        assertThat(json.get("recommendations")).hasSize(report.result().recommendations().size());
        assertThat(json.get("firedRules")).hasSize(report.result().firedRules().size());
    }

    @Test
    void should_carry_scores_gaps_and_phase_when_a_readiness_report_is_rendered() throws IOException {
        // GIVEN
        ReadinessReport report = Fixtures.readinessReport();
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.get("overallLevel").asText()).isEqualTo(report.result().overallLevel().name());
        assertThat(json.get("meanScore").asDouble()).isEqualTo(12.5);
        assertThat(json.get("dimensions")).hasSize(report.result().dimensions().size());
        assertThat(json.get("dimensions").get(0).get("score").asDouble()).isEqualTo(25.0);
        assertThat(json.get("gaps")).hasSize(report.result().gaps().size());
        assertThat(json.get("gaps").get(0).get("critical").asBoolean()).isTrue();
        assertThat(json.get("roadmapPhase").get("number").asInt()).isEqualTo(report.result().roadmapPhase().number());
        assertThat(json.get("nextActions")).hasSize(report.result().nextActions().size());
        assertThat(json.get("input").get("answers").get("RQ-DATA-RETENTION").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void should_carry_completion_and_the_action_plan_when_a_workbook_report_is_rendered() throws IOException {
        // GIVEN
        WorkbookReport report = Fixtures.workbookReport();
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.get("stage").asText()).isEqualTo("DEPLOYMENT");
        assertThat(json.get("overallPercent").asDouble()).isEqualTo(50.0);
        assertThat(json.get("completion")).hasSize(2);
        assertThat(json.get("completion").get(1).get("notDone").asInt()).isEqualTo(1);
        assertThat(json.get("actionPlan")).hasSize(2);
        assertThat(json.get("actionPlan").get(0).get("relatedRisk").asText()).isEqualTo("HIGH");
        assertThat(json.get("actionPlan").get(1).get("relatedRisk").asText()).isEqualTo("MEDIUM");
        assertThat(json.get("input").get("answers").get("WB-DEP-BIAS").asText()).isEqualTo("NOT_DONE");
    }

    private static List<String> errors(String kind, String json) {
        try (InputStream in = JsonReportTest.class.getResourceAsStream("/org/raitoolkit/reports/schema/" + kind + "-report.schema.json")) {
            assertThat(in).as("schema for " + kind + " in the jar").isNotNull();
            Schema schema = SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(com.networknt.schema.Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
