package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.util.List;
import java.util.stream.Collectors;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;

/**
 * The provisions a risk factor or readiness dimension engages, from the content pack's
 * crosswalks, as one line of a report: kept apart from the documents so that each shows it the
 * same way.
 */
final class Engagements {

    private Engagements() {
    }

    /** "LED Art. 4(1)(d); CETS 225 Art. 10": each provision with its instrument, in crosswalk order. */
    static String text(List<Citation> citations) {
        return citations.stream().map(c -> c.instrument() + " " + c.article()).collect(Collectors.joining("; "));
    }

    /**
     * "This factor engages: ...", as a paragraph of {@code b}, when the pack maps {@code subject};
     * nothing otherwise, so that a pack without crosswalks renders as before.
     *
     * @param what the kind of subject, such as "factor" or "dimension"
     */
    static void paragraph(Blocks b, ContentPack content, String subject, String what) {
        List<Citation> citations = content.engages(subject);
        if (!citations.isEmpty()) {
            b.p(strong("This " + what + " engages: "), text(citations));
        }
    }
}
