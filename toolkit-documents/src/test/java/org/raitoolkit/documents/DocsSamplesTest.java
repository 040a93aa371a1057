package org.raitoolkit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raitoolkit.reports.ReportFormat;

/**
 * The samples in docs/documents: each document of the emergency-call example in every format, and a
 * picture of its first printed page. The Markdown and JSON must match what the code makes now; with
 * {@code -Draitoolkit.golden.update=true} the test writes them all again, to be read in the diff.
 */
class DocsSamplesTest {

    private static final boolean UPDATE = Boolean.getBoolean("raitoolkit.golden.update");
    private static final Path SAMPLES = Path.of("..", "docs", "documents");
    private static final Path IMAGES = Path.of("..", "docs", "images");

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void should_match_the_samples_in_the_docs_when_the_example_is_drafted(DocumentKind kind) throws IOException {
        FiledDocument doc = Examples.DOCUMENTS.draft(kind, Examples.report("emergency-call-triage"))
                .withAnswersName("examples/risk/emergency-call-triage.yaml");
        if (UPDATE) {
            for (ReportFormat f : ReportFormat.values()) {
                Examples.DOCUMENTS.write(doc, f, SAMPLES.resolve(kind.fileName() + "." + f.extension()));
            }
            Files.createDirectories(IMAGES);
            try (PDDocument pdf = Loader.loadPDF(Examples.DOCUMENTS.renderBytes(doc, ReportFormat.PDF))) {
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 60);
                ImageIO.write(page, "png", IMAGES.resolve("document-" + kind.fileName() + ".png").toFile());
            }
        }
        for (ReportFormat f : new ReportFormat[] {ReportFormat.MARKDOWN, ReportFormat.JSON}) {
            Path file = SAMPLES.resolve(kind.fileName() + "." + f.extension());
            assertThat(file).as("sample %s (write it with -Draitoolkit.golden.update=true)", file).exists();
            assertThat(Files.readString(file)).as(file.toString()).isEqualTo(Examples.DOCUMENTS.render(doc, f));
        }
        for (String name : new String[] {kind.fileName() + ".pdf", kind.fileName() + ".docx"}) {
            assertThat(SAMPLES.resolve(name)).exists();
        }
        assertThat(IMAGES.resolve("document-" + kind.fileName() + ".png")).exists();
    }
}
