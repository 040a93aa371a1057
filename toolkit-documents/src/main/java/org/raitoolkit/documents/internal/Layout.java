package org.raitoolkit.documents.internal;

import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.documents.Sources;
import org.raitoolkit.model.RuleSetStamp;
import org.raitoolkit.reports.spi.Doc;
import org.raitoolkit.reports.spi.DocFrame;
import org.raitoolkit.reports.spi.Wording;

/**
 * Lays a {@link FiledDocument} out as the report tree the Markdown, HTML, PDF and Word writers
 * share: the draft notices, the sources, then each numbered section with what it cites, and each
 * "to be completed" marker as a boxed note, so that no gap can pass for content.
 */
public final class Layout {

    private static final String NOT_KNOWN = "not known";

    private Layout() {
    }

    /** The document as a tree. */
    public static Doc.Document tree(FiledDocument doc) {
        List<Doc.Block> blocks = new ArrayList<>();
        // The first notice is always the draft notice; the others say whether the law asks for the document.
        for (int i = 0; i < doc.notices().size(); i++) {
            blocks.add(new Doc.Notice(Doc.Tone.AMBER, i == 0 ? "Draft for the agency to complete" : "Note",
                    line(doc.notices().get(i))));
        }
        blocks.add(new Doc.Heading(2, "Sources", "sources"));
        blocks.add(Doc.table(List.of("Source", "Value"), sourceRows(doc.sources())));
        int gaps = doc.toBeCompleted().size();
        blocks.add(Doc.paragraph(gaps == 0 ? "The answers fill every part of this draft."
                : gaps + (gaps == 1 ? " part" : " parts") + " of this draft " + (gaps == 1 ? "is" : "are")
                        + " marked 'to be completed'."));
        for (Section section : doc.sections()) {
            blocks.add(new Doc.Heading(2, section.number() + ". " + section.title(), "s-" + section.id()));
            if (!section.cites().isEmpty()) {
                blocks.add(new Doc.Paragraph(line(muted(Wording.cites(section.cites())))));
            }
            for (Part part : section.parts()) {
                blocks.addAll(blocks(part));
            }
        }
        return new Doc.Document(doc.title(), doc.kind().title() + " · draft", blocks);
    }

    /** The frame: the pack's language, the footer lines and the page mark. */
    public static DocFrame frame(FiledDocument doc, String language) {
        Sources s = doc.sources();
        String digest = s.answersDigest();
        List<String> footer = List.of(
                "A draft made by an independent open-source tool; not legal advice and not affiliated with INTERPOL or UNICRI.",
                "Answers digest (SHA-256, covering the assessment record): " + (digest == null ? NOT_KNOWN : digest) + ".",
                "Generated " + DateTimeFormatter.ISO_INSTANT.format(s.generatedAt()) + " with toolkit engine "
                        + s.engineVersion() + ", content pack " + s.contentPackId() + " " + s.contentPackVersion()
                        + ", document format " + FiledDocument.FORMAT_VERSION + ".");
        String mark = "Answers digest (SHA-256, first 16 hex digits): "
                + (digest == null ? NOT_KNOWN : digest.substring(0, Math.min(16, digest.length())));
        return new DocFrame(language, footer, mark, s.generatedAt());
    }

    private static List<List<List<Doc.Inline>>> sourceRows(Sources s) {
        List<List<List<Doc.Inline>>> rows = new ArrayList<>();
        if (s.answersName() != null) {
            rows.add(row("Answers read from", s.answersName()));
        }
        rows.add(row("Answers and assessment record (SHA-256)", s.answersDigest() == null ? NOT_KNOWN : s.answersDigest()));
        rows.add(row("Content pack", s.contentPackId() + " " + s.contentPackVersion()
                + (s.contentPackDigest() == null ? "" : " (SHA-256 " + s.contentPackDigest() + ")")));
        List<String> sets = new ArrayList<>();
        for (RuleSetStamp stamp : s.ruleSets()) {
            sets.add(stamp.id() + " (SHA-256 " + stamp.digest() + ")");
        }
        rows.add(row("Rule sets", sets.isEmpty() ? NOT_KNOWN : String.join("; ", sets)));
        rows.add(row("Toolkit engine", s.engineVersion()));
        rows.add(row("Assessment reported", DateTimeFormatter.ISO_INSTANT.format(s.generatedAt())));
        return rows;
    }

    private static List<List<Doc.Inline>> row(String name, String value) {
        return List.of(line(name), line(value));
    }

    private static List<Doc.Block> blocks(Part part) {
        List<Doc.Block> out = new ArrayList<>();
        if (part instanceof Part.Statement s) {
            out.add(s.label().isEmpty() ? Doc.paragraph(s.text()) : Doc.paragraph(strong(s.label() + ": "), s.text()));
        } else if (part instanceof Part.Items i) {
            if (!i.label().isEmpty()) {
                out.add(Doc.paragraph(strong(i.label())));
            }
            List<List<Doc.Inline>> items = i.items().stream().map(text -> line(text)).toList();
            out.add(items.isEmpty() ? Doc.paragraph("None.") : new Doc.Bullets(items, false));
        } else if (part instanceof Part.Grid g) {
            if (!g.label().isEmpty()) {
                out.add(Doc.paragraph(strong(g.label())));
            }
            List<List<List<Doc.Inline>>> rows = g.rows().stream()
                    .map(r -> r.stream().map(cell -> line(cell)).toList()).toList();
            out.add(rows.isEmpty() ? Doc.paragraph("None.") : Doc.table(g.headers(), rows));
        } else if (part instanceof Part.ToBeCompleted t) {
            out.add(new Doc.Notice(Doc.Tone.AMBER, "To be completed: " + t.label(), line(t.needed())));
        }
        return out;
    }
}
