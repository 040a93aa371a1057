package org.raitoolkit.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Guide;
import org.raitoolkit.model.GuideSection;
import org.raitoolkit.reports.spi.Doc;

/**
 * The introductory guide of a content pack as a {@link Doc.Document}, so that it is written by
 * the same HTML and Markdown writers, and escaped by the same functions, as every report.
 */
public final class GuideDocument {

    /** The line under the guide's title. */
    static final String SUBTITLE = "Introductory guide to AI for law enforcement";

    /**
     * The creation date written into the guide's PDF and DOCX: the guide depends on the pack
     * alone, so it carries no time of its own and one pack gives one file.
     */
    private static final java.time.Instant GUIDE_DATE = java.time.Instant.EPOCH;

    private final ContentPack pack;

    public GuideDocument(ContentPack pack) {
        this.pack = pack;
    }

    /** The guide as Markdown. */
    public String markdown() {
        return MarkdownWriter.write(build(), Briefs.KICKER, footer());
    }

    /** The guide as one self-contained HTML page, with a list of contents. */
    public String html() {
        return HtmlWriter.write(build(), pack.manifest().language(), Briefs.KICKER, footer());
    }

    /** The guide as a tagged PDF on A4 pages. */
    public byte[] pdf() {
        return PdfWriter.write(build(), pack.manifest().language(), Briefs.KICKER, footer(), pageMark(), GUIDE_DATE);
    }

    /** The guide as an editable Word document. */
    public byte[] docx() {
        return DocxWriter.write(build(), pack.manifest().language(), Briefs.KICKER, footer(), pageMark(), GUIDE_DATE);
    }

    /** What a printed page of the guide comes from: the pack, which is all the guide depends on. */
    private String pageMark() {
        return "Content pack " + pack.manifest().id() + " " + pack.manifest().version();
    }

    /** The anchor of a section in the HTML page: its id in lower case, which ids keep safe. */
    public static String anchor(GuideSection section) {
        return section.id().toLowerCase(Locale.ROOT);
    }

    private List<String> footer() {
        return List.of(Briefs.FOOTER, "From content pack " + pack.manifest().id() + " " + pack.manifest().version() + ".");
    }

    private Doc.Document build() {
        Guide guide = pack.guide();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(Doc.paragraph(guide.introduction()));
        for (GuideSection section : guide.sections()) {
            section(section, blocks);
        }
        termsUsed(guide, blocks);
        return new Doc.Document(guide.title(), SUBTITLE, blocks);
    }

    private void section(GuideSection section, List<Doc.Block> blocks) {
        blocks.add(new Doc.Heading(2, section.title(), anchor(section)));
        section.paragraphs().forEach(p -> blocks.add(Doc.paragraph(p)));
        if (!section.bullets().isEmpty()) {
            blocks.add(new Doc.Bullets(section.bullets().stream().map(b -> Doc.line(b)).toList(), false));
        }
        if (!section.glossaryTerms().isEmpty()) {
            blocks.add(Doc.paragraph(Doc.strong("Glossary terms:"), " ",
                    String.join(", ", section.glossaryTerms().stream().map(pack::glossaryTermName).toList()) + "."));
        }
        if (!section.principles().isEmpty()) {
            blocks.add(Doc.paragraph(Doc.strong("Principles:"), " ",
                    String.join(", ", section.principles().stream().map(id -> pack.principleName(id) + " (" + id + ")").toList()) + "."));
        }
    }

    /** Every glossary term the guide links, defined once at the end, in order of first use. */
    private void termsUsed(Guide guide, List<Doc.Block> blocks) {
        Set<String> ids = new LinkedHashSet<>();
        guide.sections().forEach(s -> ids.addAll(s.glossaryTerms()));
        List<List<Doc.Inline>> items = ids.stream()
                .flatMap(id -> pack.glossaryTerm(id).stream())
                .map(t -> Doc.line(Doc.strong(t.term()), ": ", t.definition()))
                .toList();
        if (!items.isEmpty()) {
            blocks.add(new Doc.Heading(2, "Terms used in this guide", "terms-used"));
            blocks.add(new Doc.Bullets(items, false));
        }
    }
}
