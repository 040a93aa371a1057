package org.raitoolkit.reports.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What surrounds a {@link Doc.Document} on every page or screen: its language, the lines at its
 * foot (what produced it, the digest of its sources), the short mark printed at the foot of each
 * PDF and Word page, and when it was made.
 *
 * @param language the BCP 47 language of the text, such as {@code en}
 * @param footer the closing lines, in order; the last is usually the "Generated ..." line
 * @param pageMark the line at the foot of each printed page, such as the start of a digest
 * @param madeAt when the document was made; PDF and Word carry it as their creation date
 */
public record DocFrame(String language, List<String> footer, String pageMark, Instant madeAt) {

    public DocFrame {
        Objects.requireNonNull(language, "language");
        footer = List.copyOf(footer);
        Objects.requireNonNull(pageMark, "pageMark");
        Objects.requireNonNull(madeAt, "madeAt");
    }
}
