package org.raitoolkit.reports.internal;

import org.raitoolkit.model.Audience;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.reports.ReadinessReport;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.WorkbookReport;
import org.raitoolkit.reports.spi.Doc;
import org.raitoolkit.reports.spi.DocFrame;

/** Turns reports into Markdown, HTML, PDF and DOCX for one content pack. Immutable and thread-safe. */
public final class Rendering {

    private final ContentPack content;

    public Rendering(ContentPack content) {
        this.content = content;
    }

    /** The report, or the brief for {@code audience}, as Markdown. */
    public String markdown(Report report, Audience audience) {
        return MarkdownWriter.write(document(report, audience), Briefs.KICKER, Blocks.footer(report.metadata()));
    }

    /** The report, or the brief for {@code audience}, as one self-contained HTML page. */
    public String html(Report report, Audience audience) {
        // The fixed texts are English; the page's language is the content pack's, which most of it is.
        return HtmlWriter.write(document(report, audience), content.manifest().language(), Briefs.KICKER,
                Blocks.footer(report.metadata()));
    }

    /** The report, or the brief for {@code audience}, as a tagged PDF on A4 pages. */
    public byte[] pdf(Report report, Audience audience) {
        return PdfWriter.write(document(report, audience), content.manifest().language(), Briefs.KICKER,
                Blocks.footer(report.metadata()), pageMark(report.metadata()), report.metadata().generatedAt());
    }

    /** The report, or the brief for {@code audience}, as an editable Word document. */
    public byte[] docx(Report report, Audience audience) {
        return DocxWriter.write(document(report, audience), content.manifest().language(), Briefs.KICKER,
                Blocks.footer(report.metadata()), pageMark(report.metadata()), report.metadata().generatedAt());
    }

    /**
     * The line at the foot of every printed page: enough of the answers' digest to match a page
     * to the answers it reports on (the whole digest is in the report's last lines).
     */
    static String pageMark(ReportMetadata m) {
        String digest = m.answersDigest();
        return "Answers digest (SHA-256, first 16 hex digits): "
                + (digest == null ? "not known" : digest.substring(0, Math.min(16, digest.length())));
    }

    /** Any document as Markdown, framed by {@code frame}. */
    public static String markdown(Doc.Document doc, DocFrame frame) {
        return MarkdownWriter.write(doc, Briefs.KICKER, frame.footer());
    }

    /** Any document as one self-contained HTML page, framed by {@code frame}. */
    public static String html(Doc.Document doc, DocFrame frame) {
        return HtmlWriter.write(doc, frame.language(), Briefs.KICKER, frame.footer());
    }

    /** Any document as a tagged PDF on A4 pages, framed by {@code frame}. */
    public static byte[] pdf(Doc.Document doc, DocFrame frame) {
        return PdfWriter.write(doc, frame.language(), Briefs.KICKER, frame.footer(), frame.pageMark(), frame.madeAt());
    }

    /** Any document as an editable Word document, framed by {@code frame}. */
    public static byte[] docx(Doc.Document doc, DocFrame frame) {
        return DocxWriter.write(doc, frame.language(), Briefs.KICKER, frame.footer(), frame.pageMark(), frame.madeAt());
    }

    private Doc.Document document(Report report, Audience audience) {
        if (report instanceof RiskReport r) {
            return new RiskDocument(content, r).build(audience);
        }
        if (report instanceof ReadinessReport r) {
            return new ReadinessDocument(content, r).build(audience);
        }
        if (report instanceof WorkbookReport r) {
            return new WorkbookDocument(content, r).build(audience);
        }
        throw new IllegalArgumentException("unknown report kind " + report.kind());
    }
}
