package org.raitoolkit.reports;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.reports.internal.GuideDocument;

/**
 * Renders the introductory guide of a content pack as Markdown, as one self-contained,
 * accessible HTML page, as a tagged PDF or as a Word document (headings in order, a list of contents, the glossary terms and
 * principles each section uses, and the terms defined at the end), with the same escaping as
 * every report. Stateless.
 */
public final class GuideRenderer {

    private GuideRenderer() {
    }

    /**
     * The guide of {@code pack} as text, ending in a newline.
     *
     * @param format {@link ReportFormat#MARKDOWN} or {@link ReportFormat#HTML}
     * @throws IllegalArgumentException for {@link ReportFormat#JSON}: the guide is prose, and the
     *     pack itself is its structured form
     * @throws NullPointerException if an argument is null
     */
    public static String render(ContentPack pack, ReportFormat format) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(format, "format");
        GuideDocument doc = new GuideDocument(pack);
        return switch (format) {
            case MARKDOWN -> doc.markdown();
            case HTML -> doc.html();
            case JSON -> throw new IllegalArgumentException(
                    "the guide is written as markdown, html, pdf or docx, not json; the content pack's guide file is its structured form");
            case PDF, DOCX -> throw new IllegalArgumentException("a " + format.extension()
                    + " guide is binary, not text: render it as bytes");
        };
    }

    /**
     * The guide of {@code pack} as the bytes of a file: UTF-8 text for Markdown and HTML, a
     * tagged PDF on A4 pages, or an editable Word document with Word's heading styles.
     *
     * @param format {@link ReportFormat#MARKDOWN}, {@link ReportFormat#HTML}, {@link ReportFormat#PDF}
     *     or {@link ReportFormat#DOCX}
     * @throws IllegalArgumentException for {@link ReportFormat#JSON}
     * @throws NullPointerException if an argument is null
     */
    public static byte[] renderBytes(ContentPack pack, ReportFormat format) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(format, "format");
        GuideDocument doc = new GuideDocument(pack);
        return switch (format) {
            case PDF -> doc.pdf();
            case DOCX -> doc.docx();
            default -> render(pack, format).getBytes(StandardCharsets.UTF_8);
        };
    }
}
