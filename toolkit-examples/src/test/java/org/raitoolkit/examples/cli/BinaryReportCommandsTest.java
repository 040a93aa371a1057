package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.ToolkitEngine;

/** {@code --format pdf} and {@code --format docx}: a readable file with --out, a clear refusal without. */
class BinaryReportCommandsTest {

    private static final String LFR = "org/raitoolkit/content/examples/risk/live-facial-recognition-missing-persons.yaml";
    private static final String AGENCY = "org/raitoolkit/content/examples/readiness/example-agency.yaml";
    private static final String WORKBOOK = "org/raitoolkit/content/examples/workbook/live-facial-recognition-missing-persons-deployment.yaml";

    @TempDir
    Path dir;

    @Test
    void should_write_a_readable_pdf_when_a_risk_report_is_asked_for_as_pdf() throws IOException {
        // GIVEN
        Path file = CliRun.copy(LFR, dir);
        Path pdf = dir.resolve("out/risk.pdf");
        // WHEN
        CliRun run = CliRun.of("risk", file.toString(), "--format", "pdf", "--out", pdf.toString());
        // THEN
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Live facial recognition");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        try (Stream<Path> s = Files.list(pdf.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("risk.pdf");
        }
    }

    @Test
    void should_write_a_word_document_when_readiness_and_workbook_reports_are_asked_for_as_docx() throws IOException {
        // GIVEN
        Path agency = CliRun.copy(AGENCY, dir);
        Path risk = CliRun.copy(LFR, dir);
        Path workbook = CliRun.copy(WORKBOOK, dir);
        Path readinessDocx = dir.resolve("readiness.docx");
        Path workbookDocx = dir.resolve("workbook.docx");
        // WHEN
        CliRun r = CliRun.of("readiness", agency.toString(), "--format", "docx", "--out", readinessDocx.toString());
        CliRun w = CliRun.of("workbook", workbook.toString(), "--stage", "DEPLOYMENT", "--risk", risk.toString(),
                "--format", "DOCX", "--out", workbookDocx.toString());
        // THEN
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(w.exitCode()).as(w.err()).isZero();
        for (Path file : new Path[] {readinessDocx, workbookDocx}) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
                assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).isNotEmpty();
                assertThat(docx.getTables()).isNotEmpty();
            }
        }
    }

    @Test
    void should_refuse_with_the_way_out_when_a_pdf_is_asked_for_on_standard_output() throws IOException {
        // GIVEN
        Path file = CliRun.copy(LFR, dir);
        // WHEN
        CliRun run = CliRun.of("risk", file.toString(), "--format", "pdf");
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("toolkit: --format pdf makes a binary file, not text for standard output; "
                + "give --out FILE, such as --out report.pdf\n");
    }

    @Test
    void should_write_the_guide_as_pdf_and_docx_and_refuse_standard_output() throws IOException {
        // GIVEN
        Path pdf = dir.resolve("guide.pdf");
        Path docx = dir.resolve("guide.docx");
        // WHEN
        CliRun p = CliRun.of("guide", "--format", "pdf", "--out", pdf.toString());
        CliRun d = CliRun.of("guide", "--format", "docx", "--out", docx.toString());
        CliRun refused = CliRun.of("guide", "--format", "docx");
        // THEN
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(d.exitCode()).as(d.err()).isZero();
        String title = ContentPacks.defaults().guide().title();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).filteredOn(x -> "Title".equals(x.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly(title);
        }
        assertThat(refused.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(refused.err()).contains("--out FILE, such as --out guide.docx");
    }

    /** Time and size of the largest bundled risk example as PDF and DOCX, printed for the record. */
    @Test
    void should_render_the_largest_risk_example_as_pdf_and_docx_in_reasonable_time() throws IOException {
        // GIVEN
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        RiskAnswers answers = AnswerFiles.forPack(engine.content())
                .withFactSections(RuleSetProviders.factSections(getClass().getClassLoader()))
                .readRisk(CliRun.copy(LFR, dir));
        Reports reports = Reports.of(engine.content(), engine.provenance());
        RiskReport report = reports.risk(answers, engine.assessRisk(answers));
        reports.renderBytes(report, ReportFormat.PDF, null); // warm-up: class loading and font parsing
        reports.renderBytes(report, ReportFormat.DOCX, null);
        for (ReportFormat format : new ReportFormat[] {ReportFormat.PDF, ReportFormat.DOCX}) {
            // WHEN
            // Processor time of this thread too: on a busy machine the wall time says little.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            byte[] bytes = reports.renderBytes(report, format, null);
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            long millis = (System.nanoTime() - start) / 1_000_000;
            // THEN
            System.out.printf("render %s of live-facial-recognition-missing-persons: %d ms (%d ms processor), %d bytes%n",
                    format.extension(), millis, cpuMillis, bytes.length);
            assertThat(bytes.length).isBetween(10_000, 5_000_000);
            assertThat(millis).as("render time of " + format).isLessThan(30_000);
        }
    }
}
