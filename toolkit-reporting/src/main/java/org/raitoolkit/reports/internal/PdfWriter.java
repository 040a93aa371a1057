package org.raitoolkit.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.raitoolkit.reports.spi.Doc.Block;
import org.raitoolkit.reports.spi.Doc.Document;
import org.raitoolkit.reports.spi.Doc.Figure;
import org.raitoolkit.reports.spi.Doc.Group;
import org.raitoolkit.reports.spi.Doc.Heading;
import org.raitoolkit.reports.spi.Doc;

/**
 * Renders a {@link Document} as a tagged PDF (PDF/UA) on A4 pages: the HTML writer's blocks as
 * XHTML with print styles, laid out by openhtmltopdf, charts drawn as vector graphics, one font
 * embedded, and a footer on every page with the page number and a mark of what the report is
 * about (the answers' digest). Nothing is fetched from outside: every resource request is refused.
 */
final class PdfWriter {

    /** The only font: PDFBox ships it in its jar, so the PDF needs no font from the system or the network. */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";

    // Only one weight ships with PDFBox, so strong text is set apart by colour, not by a bold face.
    private static final String CSS = """
            @page{size:A4;margin:18mm 16mm 20mm 16mm;
            @bottom-left{content:"PAGE_MARK";font-family:'Liberation Sans';font-size:7.5pt;color:#4b5563}
            @bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:'Liberation Sans';font-size:7.5pt;color:#4b5563}}
            *{font-family:'Liberation Sans'}
            body{margin:0;color:#1f2937;font-size:10pt;line-height:1.4}
            header.top{border-bottom:2pt solid #1e3a8a;padding-bottom:8pt;margin-bottom:10pt}
            .kicker{text-transform:uppercase;letter-spacing:.05em;font-size:7.5pt;color:#4b5563;margin:0 0 3pt}
            h1{font-size:19pt;line-height:1.2;margin:0 0 3pt;color:#0f172a}
            .subtitle{color:#4b5563;margin:0}
            h2{font-size:14pt;margin:18pt 0 6pt;padding-top:6pt;border-top:0.5pt solid #cbd5e1;color:#1e3a8a;page-break-after:avoid}
            h3{font-size:11.5pt;margin:12pt 0 4pt;color:#0f172a;page-break-after:avoid}
            h4{font-size:9.5pt;margin:10pt 0 3pt;color:#4b5563;text-transform:uppercase;letter-spacing:.04em;page-break-after:avoid}
            p{margin:5pt 0}
            strong{color:#0f172a;font-weight:normal;text-decoration:underline}
            table{width:100%;border-collapse:collapse;margin:6pt 0 9pt;font-size:8.5pt;-fs-table-paginate:paginate}
            th,td{text-align:left;vertical-align:top;padding:3pt 5pt;border-bottom:0.5pt solid #e5e7eb}
            th{background-color:#f1f5f9;border-bottom:1pt solid #cbd5e1}
            td.num,th.num{text-align:right}
            tr{page-break-inside:avoid}
            table.facts{table-layout:fixed}table.facts td{word-wrap:break-word}table.facts td:first-child,table.facts th:first-child{width:32%}
            h1,h2,h3,h4,p,li,figcaption,.subtitle{word-wrap:break-word}
            ul,ol{margin:4pt 0 6pt;padding-left:16pt}
            li{margin:2pt 0}
            code{font-size:8.5pt;background-color:#f3f4f6;padding:0 2pt}
            .muted{color:#4b5563;font-size:8.5pt}
            .badge{padding:0 4pt;border:0.5pt solid;font-size:7.5pt;letter-spacing:.03em;white-space:nowrap}
            .tone-green{background-color:#dcfce7;color:#14532d;border-color:#4ade80}
            .tone-blue{background-color:#dbeafe;color:#1e3a8a;border-color:#60a5fa}
            .tone-amber{background-color:#fef3c7;color:#713f12;border-color:#facc15}
            .tone-orange{background-color:#ffedd5;color:#7c2d12;border-color:#fb923c}
            .tone-red{background-color:#fee2e2;color:#7f1d1d;border-color:#f87171}
            .tone-grey{background-color:#f3f4f6;color:#374151;border-color:#9ca3af}
            .notice{border-left:3pt solid;padding:5pt 8pt;margin:8pt 0;page-break-inside:avoid}
            .notice.tone-grey{border-color:#64748b}
            .notice p{margin:2pt 0}
            .notice-title{margin-right:4pt;text-decoration:underline}
            figure{margin:8pt 0 4pt;page-break-inside:avoid}
            figure svg{display:block;max-width:100%}
            figcaption{font-size:8.5pt;color:#4b5563;margin-top:3pt}
            .group{page-break-inside:avoid}
            footer{margin-top:16pt;padding-top:6pt;border-top:0.5pt solid #e5e7eb;font-size:8pt;color:#4b5563}
            """;

    private PdfWriter() {
    }

    /**
     * The document as PDF bytes.
     *
     * @param language the document's language, a BCP 47 tag
     * @param kicker the line above the title
     * @param footer the lines at the end of the document
     * @param pageMark the text at the foot of every page, beside the page number
     * @param madeAt the creation date written into the PDF, so that one report gives one PDF
     */
    static byte[] write(Document doc, String language, String kicker, List<String> footer, String pageMark,
                        Instant madeAt) {
        PdfLog.install();
        String xhtml = xhtml(doc, language, kicker, footer, pageMark);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Responsible AI toolkit for law enforcement")
                .useFont(PdfWriter::font, FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useSVGDrawer(new BatikSVGDrawer())
                // The report is self-contained; a stray reference must not reach the network or the disk.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument pdf = renderer.createPDFKeepOpen()) {
            // The clock of the report, not of the machine, so the same report gives the same file.
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            at.setTimeInMillis(madeAt.toEpochMilli());
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(at);
            info.setModificationDate(at);
            info.setSubject(doc.subtitle());
            pdf.setDocumentId(madeAt.toEpochMilli());
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the report as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PdfWriter.class.getResourceAsStream(FONT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the font " + FONT_RESOURCE + " is missing from the class path; "
                    + "it ships in the Apache PDFBox jar that PDF reports need");
        }
        return in;
    }

    /** The page as XHTML: the HTML writer's blocks, with print styles and PDF bookmarks for the sections. */
    static String xhtml(Document doc, String language, String kicker, List<String> footer, String pageMark) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String lang = Escape.html(language);
        out.append("<html lang=\"").append(lang).append("\" xml:lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<title>").append(Escape.html(doc.title())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Escape.html(doc.subtitle())).append("\"/>\n")
                .append("<style>\n")// The style sheet is XML text here, so the mark is escaped for CSS and then for XML.
                .append(CSS.replace("PAGE_MARK", Escape.html(cssString(pageMark)))).append("</style>\n");
        bookmarks(out, doc.blocks());
        out.append("</head>\n<body>\n<header class=\"top\">\n<p class=\"kicker\">").append(Escape.html(kicker)).append("</p>\n")
                .append("<h1>").append(Escape.html(doc.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(Escape.html(doc.subtitle())).append("</p>\n</header>\n");
        for (Block block : doc.blocks()) {
            block(out, block);
        }
        out.append("<footer>\n");
        for (String line : footer) {
            out.append("<p>").append(Escape.html(line)).append("</p>\n");
        }
        out.append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A block as the HTML writer writes it, but charts made readable to the PDF renderer and its tags. */
    private static void block(StringBuilder out, Block block) {
        if (block instanceof Figure f) {
            out.append("<figure>\n").append(printable(f.svg(), f.caption())).append("\n<figcaption>")
                    .append(Escape.html(f.caption())).append("</figcaption>\n</figure>\n");
        } else if (block instanceof Group g) {
            out.append("<div class=\"group\">\n");
            g.blocks().forEach(b -> block(out, b));
            out.append("</div>\n");
        } else {
            HtmlWriter.block(out, block);
        }
    }

    /**
     * The chart's SVG with an {@code alt} text, which tagged PDF needs for every figure, and
     * without the SVG 2 marker orientation the SVG 1.1 renderer rejects: the charts only put
     * markers at line ends, where {@code auto} points the same way.
     */
    static String printable(String svg, String caption) {
        return svg.replaceFirst("<svg ", "<svg alt=\"" + java.util.regex.Matcher.quoteReplacement(Escape.html(caption)) + "\" ")
                .replace("orient=\"auto-start-reverse\"", "orient=\"auto\"");
    }

    /** The sections as the PDF's outline, so that a reader can jump to them. */
    private static void bookmarks(StringBuilder out, List<Block> blocks) {
        List<Heading> sections = blocks.stream()
                .filter(b -> b instanceof Heading h && h.level() == 2 && h.anchor() != null && !h.anchor().isEmpty())
                .map(Heading.class::cast)
                .toList();
        if (sections.isEmpty()) {
            return;
        }
        out.append("<bookmarks>\n");
        for (Heading h : sections) {
            out.append("<bookmark name=\"").append(Escape.html(h.text())).append("\" href=\"#")
                    .append(Escape.html(h.anchor())).append("\"/>\n");
        }
        out.append("</bookmarks>\n");
    }

    /** Text inside a CSS string: quotes and backslashes escaped, line breaks and controls dropped. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
