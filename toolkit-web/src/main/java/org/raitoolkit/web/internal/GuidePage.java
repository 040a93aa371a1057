package org.raitoolkit.web.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.GuideSection;
import org.raitoolkit.web.internal.Views.Frame;
import org.raitoolkit.web.internal.Views.Term;

/**
 * The introductory guide to AI ({@code guide.jte}): the content pack's guide, with a list of
 * contents, each section's glossary terms and principles by name, and those terms defined at the end.
 */
final class GuidePage {

    /** One section as the page shows it. */
    record Section(String anchor, String title, List<String> paragraphs, List<String> bullets, String terms, String principles) {
    }

    /** What the guide page shows. */
    record View(Frame frame, String title, String introduction, List<Section> sections, List<Term> terms) {
    }

    private GuidePage() {
    }

    static Response render(ContentPack pack, Pages pages) {
        List<Section> sections = pack.guide().sections().stream().map(s -> section(pack, s)).toList();
        return pages.page(200, "guide.jte", new View(Frame.of(pack, "Guide", "/guide"), pack.guide().title(),
                pack.guide().introduction(), sections, termsUsed(pack)));
    }

    private static Section section(ContentPack pack, GuideSection s) {
        // Ids are upper-case words joined by '.', '-' or '_', so in lower case they are safe anchors.
        return new Section(s.id().toLowerCase(Locale.ROOT), s.title(), s.paragraphs(), s.bullets(),
                String.join(", ", s.glossaryTerms().stream().map(pack::glossaryTermName).toList()),
                String.join(", ", s.principles().stream().map(id -> pack.principleName(id) + " (" + id + ")").toList()));
    }

    /** Every glossary term the guide links, in order of first use. */
    private static List<Term> termsUsed(ContentPack pack) {
        Set<String> ids = new LinkedHashSet<>();
        pack.guide().sections().forEach(s -> ids.addAll(s.glossaryTerms()));
        return ids.stream().flatMap(id -> pack.glossaryTerm(id).stream()).map(t -> new Term(t.term(), t.definition())).toList();
    }
}
