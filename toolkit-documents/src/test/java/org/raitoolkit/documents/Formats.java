package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.raitoolkit.reports.ReportFormat;

/** Reads rendered documents back: PDF text with PDFBox, Word headings with POI, JSON against a schema. */
final class Formats {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Formats() {
    }

    /** The text of every page, blanks folded to one space. */
    static String pdfText(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the paragraphs in Word's style {@code style}, such as {@code Heading1}. */
    static List<String> docxParagraphs(byte[] bytes, String style) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders {@code doc} in all five formats and checks each: the JSON against the filed-document
     * schema, every section title in the Markdown, HTML, PDF text and Word's Heading 1 paragraphs, the
     * system's name in the PDF and the answers' digest in the Markdown.
     */
    static void assertRendersEverywhere(FiledDocument doc, List<String> titles, String answersDigest) {
        String json = new String(Examples.DOCUMENTS.renderBytes(doc, ReportFormat.JSON), StandardCharsets.UTF_8);
        assertThat(schemaErrors("filed-document.schema.json", json)).isEmpty();
        String markdown = Examples.DOCUMENTS.render(doc, ReportFormat.MARKDOWN);
        String html = Examples.DOCUMENTS.render(doc, ReportFormat.HTML);
        String pdf = pdfText(Examples.DOCUMENTS.renderBytes(doc, ReportFormat.PDF));
        List<String> headings = docxParagraphs(Examples.DOCUMENTS.renderBytes(doc, ReportFormat.DOCX), "Heading1");
        for (String title : titles) {
            assertThat(markdown).contains(title);
            assertThat(html).contains(title.replace("'", "&#39;"));
            assertThat(pdf).contains(title);
            assertThat(headings).anySatisfy(h -> assertThat(h).endsWith(title));
        }
        String system = doc.systemName();
        assertThat(pdf).contains(system.length() > 30 ? system.substring(0, 30) : system);
        assertThat(markdown).contains(answersDigest);
    }

    /**
     * Checks that every "to be completed" marker of {@code doc} has a label and says what is needed in
     * a sentence that names the answer field that holds it or the article that asks for it.
     */
    static void assertEveryMarkerNamesWhatIsMissing(FiledDocument doc) {
        assertThat(doc.toBeCompleted()).allSatisfy(t -> {
            assertThat(t.label()).isNotBlank();
            assertThat(t.needed()).hasSizeGreaterThan(40)
                    .containsPattern("\\b(system|assessment|euLed|euAiAct|ratings)\\.|\\(assessment\\)|Art\\. \\d");
        });
    }

    /** The errors of {@code json} against the schema {@code name} in this module's jar; empty when valid. */
    static List<String> schemaErrors(String name, String json) {
        try (InputStream in = Formats.class.getResourceAsStream("/org/raitoolkit/documents/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name + " in the jar");
            }
            Schema schema = SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(com.networknt.schema.Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
