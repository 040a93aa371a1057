package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpia}, {@code fria}, {@code registration} and {@code transparency-record}: drafts from a risk answer file. */
class DocumentCommandsTest {

    private static final String TRIAGE = "org/raitoolkit/content/examples/risk/emergency-call-triage.yaml";
    private static final String HOTSPOTS = "org/raitoolkit/content/examples/risk/patrol-route-optimisation.yaml";

    @TempDir
    Path dir;

    @Test
    void should_print_the_numbered_sections_when_a_dpia_is_asked_for() throws IOException {
        // GIVEN
        Path file = CliRun.copy(TRIAGE, dir);
        // WHEN
        CliRun run = CliRun.of("dpia", file.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("# Data protection impact assessment: Emergency call transcription and triage assistant")
                .contains("Risks to the rights and freedoms of data subjects").contains("Prior consultation of the supervisory authority")
                .contains("To be completed").contains("| Answers read from | emergency-call-triage.yaml |");
    }

    @Test
    void should_refuse_and_name_the_option_when_a_fria_is_asked_for_without_the_eu_rules() throws IOException {
        // GIVEN the default rules only
        Path file = CliRun.copy(TRIAGE, dir);
        // WHEN
        CliRun run = CliRun.of("fria", file.toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("emergency-call-triage.yaml").contains("--jurisdiction EU").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_write_a_readable_pdf_when_a_fria_is_asked_for_with_the_eu_rules() throws IOException {
        // GIVEN
        Path file = CliRun.copy(TRIAGE, dir);
        Path pdf = dir.resolve("fria.pdf");
        // WHEN
        CliRun run = CliRun.of("--jurisdiction", "EU", "fria", file.toString(), "--format", "pdf", "--out", pdf.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote").contains("to be completed");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Fundamental rights impact assessment").contains("Emergency call transcription");
        }
    }

    @Test
    void should_give_every_section_c_field_when_registration_data_is_asked_for_as_json() throws IOException {
        // GIVEN
        Path file = CliRun.copy(TRIAGE, dir);
        // WHEN
        CliRun run = CliRun.of("--jurisdiction", "EU", "registration", file.toString(), "--format", "json");
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("sectionC").fieldNames()).toIterable()
                .containsExactly("deployer", "submitter", "providerEntryUrl", "friaSummary", "dpiaSummary");
    }

    @Test
    void should_write_a_word_document_with_headings_when_a_transparency_record_is_asked_for() throws IOException {
        // GIVEN a system with no EU facts: the record needs none
        Path file = CliRun.copy(HOTSPOTS, dir);
        Path docx = dir.resolve("record.docx");
        // WHEN
        CliRun run = CliRun.of("transparency-record", file.toString(), "--format", "docx", "--out", docx.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(p -> p.getText())
                    .anySatisfy(h -> assertThat(h).contains("What the system does"));
        }
    }

    @Test
    void should_refuse_with_the_way_out_when_a_pdf_document_is_asked_for_on_standard_output() throws IOException {
        // GIVEN
        Path file = CliRun.copy(TRIAGE, dir);
        // WHEN
        CliRun run = CliRun.of("dpia", file.toString(), "--format", "pdf");
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("--out dpia.pdf");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_format_as_invalid_input_when_a_report_document_or_batch_is_asked_for() throws IOException {
        // GIVEN
        Path file = CliRun.copy(TRIAGE, dir);
        for (String[] args : new String[][] {{"risk", file.toString(), "--format", "xml"}, {"dpia", file.toString(), "--format", "xml"},
                {"batch", dir.toString(), "--out-dir", dir.resolve("out").toString(), "--format", "json,xml"}}) {
            // WHEN
            CliRun run = CliRun.of(args);
            // THEN it is the user's input, named with what is allowed, not an internal error
            assertThat(run.exitCode()).as(args[0] + ": " + run.err()).isEqualTo(ToolkitCli.INVALID_INPUT);
            assertThat(run.err()).contains("--format").contains("'xml'").contains("allowed: json").doesNotContain("internal error");
        }
    }
}
