package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReportFormat;

/**
 * What {@code toolkit verify} reads back from a report: the fields of JSON, and the title, audit
 * table and footer of HTML and Markdown, including the answers digest reports carry.
 */
class ReportFileTest {

    private static final String DIGEST = "ab".repeat(32);
    private static final String FOOTER = "Generated 2026-12-07T12:44:18.123Z with toolkit engine 0.1.0-SNAPSHOT, "
            + "content pack RAI-TOOLKIT-DEFAULT 1.0.0, report format 1.1.";

    @TempDir
    Path dir;

    @Test
    void should_read_kind_time_rule_sets_and_answers_digest_from_a_json_report() throws IOException {
        // GIVEN
        Path file = write("r.json", "{\n  \"kind\": \"workbook\",\n  \"generatedAt\": \"2026-12-07T12:44:18Z\",\n"
                + "  \"engine\": {\"version\": \"0.1.0\", \"ruleSets\": [\"DEFAULT\", \"EU-AI-ACT\"]},\n"
                + "  \"contentPack\": {\"id\": \"P\", \"version\": \"1\"},\n  \"answersDigest\": \"" + DIGEST + "\",\n"
                + "  \"input\": {\"answersDigest\": \"not this one\"},\n  \"stage\": \"DESIGN_DEVELOPMENT\"\n}\n");
        // WHEN
        ReportFile report = ReportFile.read(file, 1000);
        // THEN
        assertThat(report.format()).isEqualTo(ReportFormat.JSON);
        assertThat(report.layout()).isEqualTo(JsonLayout.INDENTED);
        assertThat(report.kind()).isEqualTo("workbook");
        assertThat(report.stage()).isEqualTo(LifecycleStage.DESIGN_DEVELOPMENT);
        assertThat(report.generatedAt()).isEqualTo(Instant.parse("2026-12-07T12:44:18Z"));
        assertThat(report.ruleSets()).containsExactly("DEFAULT", "EU-AI-ACT");
        assertThat(report.contentPack()).isEqualTo("P 1");
        assertThat(report.answersDigest()).isEqualTo(DIGEST);
    }

    @Test
    void should_read_the_audit_table_and_footer_of_a_markdown_report() throws IOException {
        // GIVEN a workbook review whose system's name reads like a stage, as Markdown escapes it
        Path file = write("r.md", String.join("\n", List.of(
                "# Workbook review: Cameras at the retirement stage\\. Really",
                "",
                "*Kicker · Responsible AI in action: workbook review · full report*",
                "",
                "This review covers **Cameras at the retirement stage\\. Really** at the design and development stage\\. "
                        + "**40\\.0%** of the stage's applicable actions are done\\.",
                "",
                "| Item | Value |",
                "| --- | --- |",
                "| Generated at | 2026\\-12\\-07T12:44:18\\.123Z |",
                "| Rule sets | DEFAULT, EU\\-AI\\-ACT, NATIONAL\\-LAW |",
                "",
                "---",
                "",
                "Answers digest \\(SHA\\-256\\): " + DIGEST + "\\.",
                "",
                FOOTER.replace("-", "\\-").replace(".", "\\."),
                "")));
        // WHEN
        ReportFile report = ReportFile.read(file, 10_000);
        // THEN
        assertThat(report.format()).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(report.kind()).isEqualTo("workbook");
        assertThat(report.stage()).isEqualTo(LifecycleStage.DESIGN_DEVELOPMENT);
        assertThat(report.generatedAt()).isEqualTo(Instant.parse("2026-12-07T12:44:18.123Z"));
        assertThat(report.ruleSets()).containsExactly("DEFAULT", "EU-AI-ACT", "NATIONAL-LAW");
        assertThat(report.engineVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(report.contentPack()).isEqualTo("RAI-TOOLKIT-DEFAULT 1.0.0");
        assertThat(report.answersDigest()).isEqualTo(DIGEST);
    }

    @Test
    void should_read_the_audit_table_of_an_html_report_with_the_digest_as_code() throws IOException {
        // GIVEN
        Path file = write("r.html", String.join("\n", List.of(
                "<!DOCTYPE html>",
                "<html lang=\"en\">",
                "<title>AI risk assessment: Tom &amp; Jerry</title>",
                "<p class=\"subtitle\">AI system risk assessment · full report</p>",
                "<tr><td>Rule sets</td><td>DEFAULT</td></tr>",
                "<tr><td>Answers digest (SHA-256)</td><td><code>" + DIGEST + "</code></td></tr>",
                "<footer>",
                "<p>" + FOOTER + "</p>",
                "</footer>",
                "")));
        // WHEN
        ReportFile report = ReportFile.read(file, 10_000);
        // THEN
        assertThat(report.format()).isEqualTo(ReportFormat.HTML);
        assertThat(report.kind()).isEqualTo("risk");
        assertThat(report.stage()).isNull();
        assertThat(report.ruleSets()).containsExactly("DEFAULT");
        assertThat(report.answersDigest()).isEqualTo(DIGEST);
    }

    @Test
    void should_refuse_a_report_whose_name_says_another_format_or_that_is_too_large() throws IOException {
        // GIVEN
        Path html = write("r.json", "<!DOCTYPE html>\n<title>AI risk assessment: x</title>\n");
        Path large = write("large.md", "# AI risk assessment: x\n" + "y".repeat(100));
        // WHEN / THEN
        assertThatThrownBy(() -> ReportFile.read(html, 1000)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("its name says JSON but it holds HTML");
        assertThatThrownBy(() -> ReportFile.read(large, 100)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("large.md").hasMessageContaining("larger than");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
