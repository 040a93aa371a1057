package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.testkit.SampleInputs;

/**
 * The assessment commands as a user meets them: demo, risk, readiness, workbook, new, batch and
 * diff, their exit codes, and what they do with bad input.
 */
class AssessmentCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LFR = "org/raitoolkit/content/examples/risk/live-facial-recognition-missing-persons.yaml";

    @TempDir
    Path dir;

    private Path example(String resource) throws IOException {
        return CliRun.copy(resource, dir);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void should_write_every_report_and_print_a_summary_when_the_demo_runs() throws IOException {
        // GIVEN an empty output folder
        Path out = dir.resolve("reports");
        // WHEN
        CliRun run = CliRun.of("demo", "--out-dir", out.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        long examples;
        try (Stream<Path> s = Files.list(out.resolve("risk"))) {
            examples = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertThat(examples).isGreaterThanOrEqualTo(8);
        assertThat(out.resolve("summary.md")).exists();
        assertThat(out.resolve("readiness/example-agency.html")).exists();
        assertThat(run.out()).contains("Decision", "DO_NOT_PROCEED", "ESCALATE", "PROCEED");
        try (Stream<Path> s = Files.list(out.resolve("risk"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".public.html")).count()).isEqualTo(examples);
        }
        // AND the filed documents: a DPIA and a public record per system, the FRIA and registration where the
        // EU AI Act applies, and every format for the emergency-call example
        try (Stream<Path> s = Files.list(out.resolve("documents"))) {
            assertThat(s.count()).isEqualTo(examples);
        }
        assertThat(out.resolve("documents/patrol-robot/dpia.html")).exists();
        assertThat(out.resolve("documents/patrol-robot/transparency-record.md")).exists();
        assertThat(out.resolve("documents/patrol-robot/fria.md")).doesNotExist();
        for (String kind : new String[] {"dpia", "fria", "registration", "transparency-record"}) {
            for (String format : new String[] {"json", "md", "html", "pdf", "docx"}) {
                assertThat(out.resolve("documents/emergency-call-triage/" + kind + "." + format)).isNotEmptyFile();
            }
        }
        assertThat(run.out()).contains("documents");
    }

    @Test
    void should_print_a_json_report_with_decision_and_levels_when_a_risk_file_is_assessed() throws IOException {
        // GIVEN
        Path file = example(LFR);
        // WHEN
        CliRun run = CliRun.of("risk", file.toString(), "--format", "json");
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("kind").asText()).isEqualTo("risk");
        assertThat(report.path("decision").asText()).isIn("ESCALATE", "DO_NOT_PROCEED");
        assertThat(report.path("factors")).isNotEmpty();
    }

    @Test
    void should_write_the_report_to_the_file_when_out_is_given() throws IOException {
        // GIVEN
        Path file = example(LFR);
        Path html = dir.resolve("out/report.html");
        // WHEN
        CliRun run = CliRun.of("risk", file.toString(), "--format", "html", "--audience", "PUBLIC", "--out", html.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("</html>");
        try (Stream<Path> s = Files.list(html.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).as("no temporary file left").containsExactly("report.html");
        }
    }

    @Test
    void should_exit_2_with_file_and_line_when_a_risk_file_is_malformed() throws IOException {
        // GIVEN a file whose YAML does not parse
        Path file = write("broken.yaml", "system:\n  name: [unclosed\nratings: {}\n");
        // WHEN
        CliRun run = CliRun.of("risk", file.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("broken.yaml:").contains("malformed YAML");
        assertThat(run.clean()).as(run.err()).isTrue();
    }

    @Test
    void should_exit_2_listing_every_problem_when_a_risk_file_has_an_unknown_id_and_an_off_scale_value() throws IOException {
        // GIVEN the live facial recognition example with an extra factor and a likelihood of 7
        String text = new String(getClass().getClassLoader().getResourceAsStream(LFR).readAllBytes(), StandardCharsets.UTF_8);
        text = text.replaceFirst("likelihood: [A-Z_0-9]+", "likelihood: 7")
                .replaceFirst("\nratings:\n", "\nratings:\n  RF-NO-SUCH-FACTOR: { likelihood: 2, severity: 2 }\n");
        Path file = write("bad.yaml", text);
        // WHEN
        CliRun run = CliRun.of("risk", file.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("'7' is not allowed").contains("unknown risk factor 'RF-NO-SUCH-FACTOR'")
                .contains("bad.yaml:");
        assertThat(run.clean()).as(run.err()).isTrue();
    }

    @Test
    void should_escape_a_script_payload_in_the_system_name_in_every_format() throws IOException {
        // GIVEN a system named with a script
        String text = new String(getClass().getClassLoader().getResourceAsStream(LFR).readAllBytes(), StandardCharsets.UTF_8);
        text = text.replaceFirst("(?m)^  name: .*$", "  name: \"<script>alert('x')</script> [link](javascript:alert(1))\"");
        Path file = write("script.yaml", text);
        for (String format : List.of("html", "markdown", "json")) {
            // WHEN
            CliRun run = CliRun.of("risk", file.toString(), "--format", format);
            // THEN
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).doesNotContain("<script>alert");
            if (format.equals("markdown")) {
                // An escaped bracket, \], ends no link text, so no link is made.
                assertThat(run.out()).as(format).doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                        .contains("\\<script\\>");
            }
            if (format.equals("html")) {
                assertThat(run.out()).as(format).contains("&lt;script&gt;alert").doesNotContain("href=\"javascript");
            }
        }
    }

    @Test
    void should_list_the_applicable_factors_and_reject_the_unfilled_template_when_a_risk_template_is_made() throws IOException {
        // GIVEN a profile taken from an example
        Path profile = example(LFR);
        Path template = dir.resolve("template.yaml");
        // WHEN a template is made from it
        CliRun made = CliRun.of("new", "risk", "--profile", profile.toString(), "--out", template.toString());
        // THEN it lists the factors that apply, with guidance
        assertThat(made.exitCode()).as(made.err()).isZero();
        RiskAnswers answers = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(AssessmentCommandsTest.class.getClassLoader())).readRisk(profile);
        String text = Files.readString(template);
        for (String factor : answers.ratings().keySet()) {
            assertThat(text).contains("  " + factor + ":");
        }
        assertThat(text).contains("# Likelihood: ").contains("Mitigations");
        // AND handed in unfilled, it is rejected with a problem per unrated factor
        CliRun unfilled = CliRun.of("risk", template.toString());
        assertThat(unfilled.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(unfilled.err()).contains("/ratings/" + answers.ratings().keySet().iterator().next() + "/likelihood");
    }

    @Test
    void should_write_templates_for_readiness_and_workbook() {
        // GIVEN / WHEN
        CliRun readiness = CliRun.of("new", "readiness");
        CliRun workbook = CliRun.of("new", "workbook", "--stage", "DEPLOYMENT");
        // THEN every question and every item of the stage is there to answer
        assertThat(readiness.exitCode()).isZero();
        ContentPacks.defaults().readinessQuestions().forEach(q -> assertThat(readiness.out()).contains("  " + q.id() + ":"));
        assertThat(workbook.exitCode()).isZero();
        ContentPacks.defaults().workbookItems(org.raitoolkit.model.LifecycleStage.DEPLOYMENT)
                .forEach(w -> assertThat(workbook.out()).contains("  " + w.id() + ":"));
    }

    @Test
    void should_assess_readiness_and_a_workbook_from_the_examples() throws IOException {
        // GIVEN
        Path readiness = example("org/raitoolkit/content/examples/readiness/example-agency.yaml");
        Path risk = example(LFR);
        Path workbook = write("wb.yaml", "system: Live facial recognition\nanswers: {}\n");
        // WHEN
        CliRun r = CliRun.of("readiness", readiness.toString(), "--format", "json");
        CliRun w = CliRun.of("workbook", workbook.toString(), "--stage", "DEPLOYMENT", "--risk", risk.toString(), "--format", "json");
        // THEN
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).path("roadmapPhase").path("number").asInt()).isBetween(1, 6);
        assertThat(w.exitCode()).as(w.err()).isZero();
        assertThat(JSON.readTree(w.out()).path("actionPlan")).isNotEmpty();
    }

    @Test
    void should_show_progress_and_summarise_every_system_when_a_thousand_systems_are_batched() throws IOException {
        // GIVEN 1,000 generated systems
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 20261127L, 1_000);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve(String.format("system-%04d.yaml", i)), AnswerFiles.toYaml(systems.get(i)));
        }
        Path out = dir.resolve("batch");
        // WHEN
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1000/1000 systems 100%").contains("500/1000");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("systems").asInt()).isEqualTo(1_000);
        assertThat(summary.path("assessed").asInt()).isEqualTo(1_000);
        try (Stream<Path> s = Files.list(out.resolve("systems"))) {
            assertThat(s.count()).isEqualTo(1_000);
        }
    }

    @Test
    void should_write_one_line_reports_by_default_and_indented_ones_when_asked_when_a_batch_runs() throws IOException {
        // GIVEN two systems
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 11L, 2);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve("s" + i + ".yaml"), AnswerFiles.toYaml(systems.get(i)));
        }
        // WHEN batched with the default layout and with --indent-json
        assertThat(CliRun.of("batch", in.toString(), "--out-dir", dir.resolve("compact").toString()).exitCode()).isZero();
        assertThat(CliRun.of("batch", in.toString(), "--out-dir", dir.resolve("indented").toString(), "--indent-json").exitCode())
                .isZero();
        // THEN the same documents, one line each by default
        String compact = Files.readString(dir.resolve("compact/systems/s1.json"));
        String indented = Files.readString(dir.resolve("indented/systems/s1.json"));
        assertThat(compact).hasLineCount(1).endsWith("}\n");
        assertThat(indented).contains("\n  \"kind\": \"risk\",\n");
        JsonNode one = JSON.readTree(compact);
        JsonNode two = JSON.readTree(indented);
        ((com.fasterxml.jackson.databind.node.ObjectNode) one).remove("generatedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) two).remove("generatedAt");
        assertThat(one).isEqualTo(two);
    }

    @Test
    void should_skip_finished_systems_and_redo_the_missing_ones_when_a_batch_resumes() throws IOException {
        // GIVEN a batch whose run was cut short: some reports missing
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 7L, 12);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve("s" + i + ".yaml"), AnswerFiles.toYaml(systems.get(i)));
        }
        Path out = dir.resolve("batch");
        assertThat(CliRun.of("batch", in.toString(), "--out-dir", out.toString()).exitCode()).isZero();
        String before = Files.readString(out.resolve("systems/s3.json"));
        Files.delete(out.resolve("systems/s3.json"));
        Files.delete(out.resolve("systems/s7.json"));
        // WHEN it resumes
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", out.toString(), "--resume");
        // THEN the ten finished systems are skipped and the two missing ones redone
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("12 systems: 2 assessed, 10 already done, 0 invalid");
        assertThat(Files.readString(out.resolve("systems/s3.json")).replaceAll("\"generatedAt\": *\"[^\"]+\"", ""))
                .isEqualTo(before.replaceAll("\"generatedAt\": *\"[^\"]+\"", ""));
    }

    @Test
    void should_report_invalid_files_and_still_summarise_the_rest_when_a_batch_has_a_broken_file() throws IOException {
        // GIVEN two systems, one broken
        Path in = Files.createDirectories(dir.resolve("systems"));
        Files.writeString(in.resolve("good.yaml"), AnswerFiles.toYaml(SampleInputs.risk(ContentPacks.defaults(), 3L, 1).get(0)));
        Files.writeString(in.resolve("bad.yaml"), "system: {name: x}\n");
        // WHEN
        CliRun run = CliRun.of("batch", in.toString(), "--out-dir", dir.resolve("b").toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.out()).contains("2 systems: 1 assessed, 0 already done, 1 invalid");
        assertThat(run.err()).contains("bad.yaml");
        assertThat(run.clean()).as(run.err()).isTrue();
    }

    @Test
    void should_name_every_change_when_two_assessments_of_a_system_differ() throws IOException {
        // GIVEN an assessment and a later one: a profile fact, a likelihood and a mitigation changed
        Path old = example(LFR);
        RiskAnswers a = AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(AssessmentCommandsTest.class.getClassLoader())).readRisk(old);
        String factor = a.ratings().keySet().iterator().next();
        var rating = a.ratings().get(factor);
        var changedRatings = new java.util.LinkedHashMap<>(a.ratings());
        changedRatings.put(factor, new org.raitoolkit.model.FactorRating(
                org.raitoolkit.model.Likelihood.ALMOST_CERTAIN, rating.severity(), rating.severityCriteria(),
                List.of(), "reassessed"));
        RiskAnswers b = new RiskAnswers(a.system().toBuilder().lifecycleStage(org.raitoolkit.model.LifecycleStage.RETIREMENT).build(),
                changedRatings, a.organisationalReadiness());
        Path neu = write("new.yaml", AnswerFiles.toYaml(b));
        // WHEN
        CliRun run = CliRun.of("diff", old.toString(), neu.toString());
        // THEN the answer changes and the result changes are named
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("system.lifecycleStage: DEPLOYMENT -> RETIREMENT")
                .contains("ratings." + factor + ".likelihood: ")
                .contains("-> ALMOST_CERTAIN")
                .contains("ratings." + factor + ".rationale");
        for (var m : rating.mitigations()) {
            assertThat(run.out()).contains("ratings." + factor + ".mitigations." + m.id() + ": removed (was ");
        }
        assertThat(run.out()).contains("Results");
        // AND the same file against itself has no change
        assertThat(CliRun.of("diff", old.toString(), old.toString()).out()).contains("No changes");
    }
}
