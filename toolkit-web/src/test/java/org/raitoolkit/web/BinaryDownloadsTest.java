package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.ToolkitEngine;

/** The PDF and Word downloads of a result page: the right type, an attachment name, and a file that opens. */
class BinaryDownloadsTest {

    private static ToolkitWebServer server;
    private static WebForms web;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.withDefaults()).port(0).start();
        web = new WebForms(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_offer_pdf_and_word_downloads_on_the_result_page() {
        // GIVEN / WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(WebForms.risk(WebForms.riskExample(WebForms.LFR)), "action", "assess"));
        // THEN
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"format\" value=\"pdf\"", "name=\"format\" value=\"docx\"");
    }

    @Test
    void should_return_a_pdf_attachment_when_the_report_is_downloaded_as_pdf() throws IOException {
        // GIVEN the answers a result page carries
        String answers = new String(WebForms.resource(WebForms.LFR), StandardCharsets.UTF_8);
        // WHEN
        HttpResponse<byte[]> pdf = web.postForBytes("/risk/download", List.of(new Field("answers", answers),
                new Field("format", "pdf"), new Field("audience", "LEGAL_OVERSIGHT")));
        // THEN
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"risk-live-facial-recognition-at-the-riverside-festival.legal-oversight.pdf\"");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Live facial recognition");
        }
    }

    @Test
    void should_return_a_word_attachment_when_the_readiness_report_is_downloaded_as_docx() throws IOException {
        // GIVEN
        String answers = new String(WebForms.resource(WebForms.AGENCY), StandardCharsets.UTF_8);
        // WHEN
        HttpResponse<byte[]> docx = web.postForBytes("/readiness/download", List.of(new Field("answers", answers),
                new Field("format", "docx")));
        // THEN
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".docx\""));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).isNotEmpty();
        }
    }
}
