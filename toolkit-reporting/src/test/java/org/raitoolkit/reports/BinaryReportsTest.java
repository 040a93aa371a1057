package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.Audience;

/** PDF and DOCX reports: they open in PDFBox and POI and carry the report's title, sections and digest. */
class BinaryReportsTest {

    @TempDir
    Path dir;

    static Stream<Report> reports() {
        return Stream.concat(Fixtures.allKinds().stream(), Fixtures.hostile().stream());
    }

    /** The report's title and its section headings, read from the Markdown form of the same report. */
    private static List<String> titles(Report report, Audience audience) {
        List<String> out = new ArrayList<>();
        for (String line : Fixtures.reports().render(report, ReportFormat.MARKDOWN, audience).split("\n")) {
            if (line.startsWith("# ") || line.startsWith("## ")) {
                out.add(unescapeMarkdown(line.substring(line.indexOf(' ') + 1)));
            }
        }
        return out;
    }

    private static String unescapeMarkdown(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    /** PDF text without line breaks, so that a title broken over two lines still matches. */
    private static String pdfText(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    /** Text without any blank: where the layout breaks a line, the extracted text may gain or lose a space. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void should_make_a_tagged_pdf_with_the_title_and_every_section_when_a_report_is_rendered(Report report)
            throws IOException {
        // GIVEN / WHEN
        byte[] bytes = Fixtures.reports().renderBytes(report, ReportFormat.PDF, null);
        // THEN
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            String text = pdfText(pdf);
            // A title long enough to run over a page break has the page's foot in the middle of it.
            String body = squeezed(text).replaceAll("Answersdigest\\(SHA-256,first16hexdigits\\):[0-9a-f]{16}Page\\d+of\\d+", "");
            for (String title : titles(report, null)) {
                assertThat(body).contains(squeezed(title));
            }
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages(),
                    "Answers digest (SHA-256, first 16 hex digits): " + report.metadata().answersDigest().substring(0, 16));
            assertThat(squeezed(text)).contains(squeezed("not affiliated with, or endorsed by, INTERPOL or UNICRI"),
                    squeezed("it is not legal advice"));
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(Fixtures.pack().manifest().language());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(titles(report, null).get(0));
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void should_include_the_system_name_and_draw_charts_when_a_risk_report_is_rendered_as_pdf() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport();
        // WHEN
        byte[] bytes = Fixtures.reports().renderBytes(report, ReportFormat.PDF, null);
        // THEN the charts are vector drawings in the page content, not images
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdfText(pdf)).contains(Fixtures.system().name());
            boolean images = false;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images |= page.getResources().isImageXObject(name);
                }
            }
            assertThat(images).isFalse();
            // Each chart is a tagged figure with its caption as the alternative text.
            List<String> alt = new ArrayList<>();
            figures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alt);
            assertThat(alt).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
        }
    }

    @Test
    void should_give_the_same_bytes_when_the_same_report_is_rendered_twice() {
        // GIVEN
        RiskReport report = Fixtures.riskReport();
        // WHEN / THEN
        assertThat(Fixtures.reports().renderBytes(report, ReportFormat.PDF, Audience.LEGAL_OVERSIGHT))
                .isEqualTo(Fixtures.reports().renderBytes(report, ReportFormat.PDF, Audience.LEGAL_OVERSIGHT));
        assertThat(Fixtures.reports().renderBytes(report, ReportFormat.DOCX, null))
                .isEqualTo(Fixtures.reports().renderBytes(report, ReportFormat.DOCX, null));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void should_make_a_word_document_with_heading_styles_and_header_rows_when_a_report_is_rendered(Report report)
            throws IOException {
        // GIVEN / WHEN
        byte[] bytes = Fixtures.reports().renderBytes(report, ReportFormat.DOCX, null);
        // THEN
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> titles = titles(report, null);
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactlyElementsOf(titles.subList(1, titles.size()));
            assertThat(docx.getParagraphs()).filteredOn(p -> "Title".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly(titles.get(0));
            // Word lists a heading in its navigation pane by its style's outline level.
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            List<XWPFTable> tables = docx.getTables();
            assertThat(tables).isNotEmpty();
            assertThat(tables).filteredOn(t -> t.getNumberOfRows() > 0 && t.getRow(0).isRepeatHeader()).isNotEmpty();
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(titles.get(0));
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText())
                    .contains("not affiliated with, or endorsed by, INTERPOL or UNICRI", "it is not legal advice");
            assertThat(docx.getProperties().getCoreProperties().getSubject()).isNotBlank();
            XWPFFooter footer = docx.getFooterList().get(0);
            assertThat(footer.getText()).contains("Answers digest (SHA-256, first 16 hex digits): "
                    + report.metadata().answersDigest().substring(0, 16), "Page ");
            assertThat(footer.getParagraphs().get(1).getCTP().getFldSimpleList())
                    .extracting(f -> f.getInstr()).containsExactly("PAGE", "NUMPAGES");
        }
    }

    @Test
    void should_keep_bold_code_and_lists_when_a_risk_report_is_rendered_as_docx() throws IOException {
        // GIVEN
        byte[] bytes = Fixtures.reports().renderBytes(Fixtures.riskReport(), ReportFormat.DOCX, null);
        // WHEN
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            // THEN
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getNumID()).isNotNull());
            assertThat(docx.getBodyElements().toString()).isNotEmpty();
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
            assertThat(all).contains(Fixtures.system().name());
            assertThat(docx.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                    .flatMap(p -> p.getRuns().stream()))
                    .anySatisfy(r -> assertThat(r.isBold()).isTrue())
                    .anySatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Consolas"));
        }
    }

    @Test
    void should_refuse_to_render_a_binary_format_as_text() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.reports().render(Fixtures.riskReport(), ReportFormat.PDF, null))
                .withMessage("a pdf report is binary, not text: render it as bytes or write it to a file");
    }

    @Test
    void should_replace_the_old_file_whole_when_a_pdf_is_written_over_it() throws IOException {
        // GIVEN
        Path file = dir.resolve("risk.pdf");
        Files.writeString(file, "old");
        RiskReport report = Fixtures.riskReport();
        // WHEN
        Fixtures.reports().write(report, ReportFormat.PDF, null, file);
        Fixtures.reports().write(report, ReportFormat.DOCX, null, dir.resolve("risk.docx"));
        // THEN
        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.reports().renderBytes(report, ReportFormat.PDF, null));
        assertThat(Files.readAllBytes(dir.resolve("risk.docx")))
                .isEqualTo(Fixtures.reports().renderBytes(report, ReportFormat.DOCX, null));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("risk.pdf", "risk.docx");
        }
    }

    @Test
    void should_give_the_text_bytes_when_a_text_format_is_rendered_as_bytes() {
        RiskReport report = Fixtures.riskReport();
        assertThat(new String(Fixtures.reports().renderBytes(report, ReportFormat.HTML, Audience.PUBLIC),
                java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.reports().render(report, ReportFormat.HTML, Audience.PUBLIC));
    }

    @Test
    void should_make_the_guide_as_pdf_and_docx_with_its_sections() throws IOException {
        // GIVEN
        var pack = ContentPacks.defaults();
        // WHEN
        byte[] pdfBytes = GuideRenderer.renderBytes(pack, ReportFormat.PDF);
        byte[] docxBytes = GuideRenderer.renderBytes(pack, ReportFormat.DOCX);
        // THEN
        try (PDDocument pdf = Loader.loadPDF(pdfBytes);
             XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            String text = pdfText(pdf);
            assertThat(text).contains(pack.guide().title());
            pack.guide().sections().forEach(s -> assertThat(squeezed(text)).contains(squeezed(s.title())));
            assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsAll(pack.guide().sections().stream().map(s -> s.title()).toList());
        }
    }

    private static void figures(List<Object> kids, List<String> alt) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alt.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alt);
            }
        }
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                out.add(resources.getFont(name));
            }
        }
        return out;
    }
}
