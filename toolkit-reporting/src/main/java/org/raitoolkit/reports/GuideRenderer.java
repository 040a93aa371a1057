package org.raitoolkit.reports;

import java.util.Objects;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.reports.internal.GuideDocument;

/**
 * Renders the introductory guide of a content pack as Markdown or as one self-contained,
 * accessible HTML page (headings in order, a list of contents, the glossary terms and
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
                    "the guide is written as markdown or html, not json; the content pack's guide file is its structured form");
        };
    }
}
