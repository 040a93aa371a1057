package org.raitoolkit.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * The JSON reports of real results: every example input, hostile input and the EU AI Act overlay
 * against the shipped schemas, and the document's keys against what the engine concluded.
 */
class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Arguments> examples() {
        return Fixtures.exampleReports().stream().map(r -> Arguments.of(r.kind() + ": " + title(r), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_match_the_shipped_schema_when_rendered_from_every_example_input(String name, Report report) {
        // GIVEN a report made from an example input
        // WHEN
        String json = Fixtures.reports().render(report, ReportFormat.JSON, null);
        // THEN
        assertThat(errors(report.kind(), json)).isEmpty();
    }

    @Test
    void should_match_the_schema_when_user_text_is_hostile() {
        // GIVEN reports with scripts, link break-outs and very long lines in user text
        List<Report> reports = List.of(Fixtures.hostileRiskReport(), Fixtures.hostileReadinessReport(),
                Fixtures.hostileWorkbookReport());
        for (Report report : reports) {
            // WHEN
            String json = Fixtures.reports().render(report, ReportFormat.JSON, null);
            // THEN
            assertThat(errors(report.kind(), json)).as(report.kind()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_be_the_same_document_on_one_line_when_rendered_compact(String name, Report report) throws IOException {
        // GIVEN a report made from an example input
        // WHEN
        String indented = Fixtures.reports().render(report, ReportFormat.JSON, null);
        String compact = Fixtures.reports().withJsonLayout(JsonLayout.COMPACT).render(report, ReportFormat.JSON, null);
        // THEN one line, the same tree as the indented text, valid against the schema
        assertThat(compact).endsWith("}\n").hasLineCount(1);
        assertThat(compact.length()).isLessThan(indented.length());
        assertThat(MAPPER.readTree(compact)).isEqualTo(MAPPER.readTree(indented));
        assertThat(errors(report.kind(), compact)).isEmpty();
    }

    @Test
    void should_gather_the_eu_ai_act_findings_and_match_the_schema_when_the_overlay_ran() throws IOException {
        // GIVEN an engine with the EU AI Act rule set and a real-time identification whose authorisation was refused
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).build();
        Path input = Path.of("../toolkit-eu-ai-act/src/test/resources/scenarios/inputs/34-rbi-authorisation-refused.yaml");
        RiskAnswers answers = AnswerFiles.forPack(engine.content()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(JsonReportTest.class.getClassLoader())).readRisk(input);
        Reports reports = Reports.of(engine.content(), engine.provenance(), Fixtures.FIXED_CLOCK);
        // WHEN
        String json = reports.render(reports.risk(answers, engine.assessRisk(answers)), ReportFormat.JSON, null);
        // THEN
        assertThat(errors("risk", json)).isEmpty();
        JsonNode eu = MAPPER.readTree(json).path("euAiAct");
        assertThat(eu.path("category").asText()).isEqualTo("PROHIBITED");
        assertThat(eu.path("obligations")).isNotEmpty();
        assertThat(eu.path("obligations").get(0).path("article").asText()).startsWith("Art.");
        assertThat(eu.path("notice").asText()).contains("not legal advice");
        assertThat(MAPPER.readTree(json).path("decision").asText()).isEqualTo("DO_NOT_PROCEED");
    }

    @Test
    void should_carry_the_documented_keys_when_a_risk_report_is_rendered() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.get("kind").asText()).isEqualTo("risk");
        assertThat(json.get("schemaVersion").asText()).isEqualTo(ReportMetadata.CURRENT_SCHEMA_VERSION);
        assertThat(json.get("generatedAt").asText()).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(json.get("engine").get("version").asText()).isEqualTo(Fixtures.engine().version());
        assertThat(json.get("engine").get("ruleSetHash").asText()).isEqualTo(Fixtures.engine().ruleSetHash());
        assertThat(json.get("engine").get("ruleSets").get(0).asText()).isEqualTo(Fixtures.engine().ruleSets().get(0));
        assertThat(json.get("contentPack").get("id").asText()).isEqualTo(Fixtures.engine().content().manifest().id());
        assertThat(json.get("contentPack").get("version").asText()).isEqualTo(Fixtures.engine().content().manifest().version());
        assertThat(json.get("decision").asText()).isEqualTo(report.result().decision().name());
        assertThat(json.get("overallLevel").asText()).isEqualTo(report.result().overallLevel().name());
        JsonNode factor = json.get("factors").get(1);
        var expected = report.result().factors().get(1);
        assertThat(factor.get("id").asText()).isEqualTo(expected.factorId());
        assertThat(factor.get("inherentLevel").asText()).isEqualTo(expected.inherentLevel().name());
        assertThat(factor.get("residualLevel").asText()).isEqualTo(expected.residualLevel().name());
        assertThat(factor.get("mitigationsApplied")).hasSize(expected.mitigationsApplied().size());
        assertThat(factor.get("reasons").get(0).get("ruleId").asText()).isEqualTo(expected.reasons().get(0).ruleId());
        assertThat(factor.get("reasons").get(0).get("matched").isObject()).isTrue();
        assertThat(json.get("principles")).hasSize(report.result().principles().size());
        assertThat(json.get("instrumentalPrinciples")).hasSize(report.result().instrumentalPrinciples().size());
        assertThat(json.get("recommendations")).hasSize(report.result().recommendations().size());
        assertThat(json.get("firedRules")).hasSize(report.result().firedRules().size());
    }

    @Test
    void should_give_back_the_same_answers_when_the_input_block_is_read_as_an_answer_file() throws IOException {
        // GIVEN reports of each kind
        RiskReport risk = Fixtures.riskReport(Fixtures.risk("lfr-escalate.yaml"));
        ReadinessReport readiness = Fixtures.readinessReport(Fixtures.mixedReadiness());
        WorkbookReport workbook = (WorkbookReport) Fixtures.exampleReport("workbook-deployment-open.yaml");

        // WHEN the "input" of each JSON document is read back as an answer file
        RiskAnswers riskBack = Fixtures.files().parseRisk("input.json", input(risk));
        ReadinessAnswers readinessBack = Fixtures.files().parseReadiness("input.json", input(readiness));
        WorkbookAnswers workbookBack = Fixtures.files().parseWorkbook("input.json", input(workbook));

        // THEN nothing was lost
        assertThat(riskBack).isEqualTo(risk.input());
        assertThat(readinessBack).isEqualTo(readiness.input());
        assertThat(workbookBack).isEqualTo(workbook.input());
    }

    @Test
    void should_carry_scores_gaps_and_phase_when_a_readiness_report_is_rendered() throws IOException {
        // GIVEN
        ReadinessReport report = Fixtures.readinessReport(Fixtures.mixedReadiness());
        // WHEN
        JsonNode json = MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null));
        // THEN
        assertThat(json.get("overallLevel").asText()).isEqualTo(report.result().overallLevel().name());
        assertThat(json.get("dimensions")).hasSize(report.result().dimensions().size());
        assertThat(json.get("dimensions").get(0).get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(json.get("gaps")).hasSize(report.result().gaps().size());
        assertThat(json.get("roadmapPhase").get("number").asInt()).isEqualTo(report.result().roadmapPhase().number());
        assertThat(json.get("nextActions")).hasSize(report.result().nextActions().size());
    }

    private static byte[] input(Report report) throws IOException {
        return MAPPER.writeValueAsBytes(MAPPER.readTree(Fixtures.reports().render(report, ReportFormat.JSON, null)).get("input"));
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

    private static String title(Report report) {
        if (report instanceof RiskReport r) {
            return r.input().system().name();
        }
        if (report instanceof ReadinessReport r) {
            return r.input().agency();
        }
        return ((WorkbookReport) report).input().system();
    }
}
