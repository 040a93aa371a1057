package org.raitoolkit.reports.internal;

import java.util.List;
import org.raitoolkit.reports.spi.Doc.Badge;
import org.raitoolkit.reports.spi.Doc.Block;
import org.raitoolkit.reports.spi.Doc.Bullets;
import org.raitoolkit.reports.spi.Doc.Code;
import org.raitoolkit.reports.spi.Doc.Document;
import org.raitoolkit.reports.spi.Doc.Figure;
import org.raitoolkit.reports.spi.Doc.Group;
import org.raitoolkit.reports.spi.Doc.Heading;
import org.raitoolkit.reports.spi.Doc.Inline;
import org.raitoolkit.reports.spi.Doc.Muted;
import org.raitoolkit.reports.spi.Doc.Notice;
import org.raitoolkit.reports.spi.Doc.Paragraph;
import org.raitoolkit.reports.spi.Doc.Strong;
import org.raitoolkit.reports.spi.Doc.Table;
import org.raitoolkit.reports.spi.Doc.Text;
import org.raitoolkit.reports.spi.Doc;

/**
 * Renders a {@link Document} as one self-contained HTML page: inline CSS and SVG, no script, no
 * external resource of any kind, so it opens offline and prints cleanly.
 */
final class HtmlWriter {

    private static final String CSS = """
            :root{--ink:#1f2937;--soft:#4b5563;--line:#e5e7eb;--head:#f1f5f9;--accent:#1e3a8a}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#eef1f5;color:var(--ink);font:15px/1.55 "Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;overflow-wrap:break-word}
            main{max-width:1040px;margin:24px auto;background:#fff;padding:36px 48px 28px;border-radius:6px;box-shadow:0 1px 3px rgba(15,23,42,.12)}
            header.top{border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:18px}
            .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--soft);margin:0 0 4px}
            h1{font-size:26px;line-height:1.25;margin:0 0 4px;color:#0f172a}
            .subtitle{color:var(--soft);margin:0}
            h2{font-size:20px;margin:34px 0 10px;padding-top:14px;border-top:1px solid var(--line);color:#0f172a}
            h3{font-size:16px;margin:22px 0 8px;color:#0f172a}
            h4{font-size:14px;margin:16px 0 6px;color:var(--soft);text-transform:uppercase;letter-spacing:.05em}
            p{margin:8px 0}
            h1,h2,h3,h4,p,li,figcaption,.subtitle,footer{overflow-wrap:anywhere}
            .table-wrap{overflow-x:auto}
            nav.toc{font-size:13px;color:var(--soft);margin:10px 0 4px}
            nav.toc a{color:var(--accent);text-decoration:none;margin-right:14px;white-space:nowrap}
            table{width:100%;border-collapse:collapse;margin:10px 0 14px;font-size:14px}
            th,td{text-align:left;vertical-align:top;padding:6px 9px;border-bottom:1px solid var(--line)}
            th{background:var(--head);font-weight:600;border-bottom:2px solid #cbd5e1}
            td.num,th.num{text-align:right;white-space:nowrap}
            table.facts{table-layout:fixed}table.facts td{overflow-wrap:anywhere}table.facts td:first-child,table.facts th:first-child{width:32%}
            ul,ol{margin:6px 0 10px;padding-left:22px}
            li{margin:4px 0}
            code{font:12.5px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;background:#f3f4f6;border-radius:3px;padding:0 3px}
            .muted{color:var(--soft);font-size:13px}
            .badge{display:inline-block;padding:0 8px;border-radius:9px;border:1px solid;font-size:12px;font-weight:700;letter-spacing:.03em;line-height:18px;white-space:nowrap}
            .tone-green{background:#dcfce7;color:#14532d;border-color:#4ade80}
            .tone-blue{background:#dbeafe;color:#1e3a8a;border-color:#60a5fa}
            .tone-amber{background:#fef3c7;color:#713f12;border-color:#facc15}
            .tone-orange{background:#ffedd5;color:#7c2d12;border-color:#fb923c}
            .tone-red{background:#fee2e2;color:#7f1d1d;border-color:#f87171}
            .tone-grey{background:#f3f4f6;color:#374151;border-color:#9ca3af}
            .notice{border-left:4px solid;padding:10px 14px;margin:12px 0;border-radius:0 4px 4px 0}
            .notice.tone-grey{border-color:#64748b}
            .notice p{margin:4px 0}
            .notice .notice-title{font-weight:700;margin-right:6px}
            figure{margin:12px 0 6px}
            figure svg{max-width:100%;height:auto;display:block}
            figcaption{font-size:13px;color:var(--soft);margin-top:4px}
            .group{break-inside:avoid}
            footer{margin-top:32px;padding-top:12px;border-top:1px solid var(--line);font-size:12px;color:var(--soft)}
            @media (max-width:700px){main{padding:20px 16px;margin:0}}
            @media print{body{background:#fff;font-size:11pt}main{box-shadow:none;margin:0;max-width:none;padding:0}nav.toc{display:none}
            h2,h3,h4{break-after:avoid}table,figure,.notice{break-inside:avoid}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private HtmlWriter() {
    }

    static String write(Document doc, String language, String kicker, List<String> footer) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // The page needs nothing but its own inline styles; the policy makes the browser
                // refuse any script or outside resource, should escaping ever be bypassed.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                // An empty icon, so that no browser asks for /favicon.ico.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(Escape.html(doc.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header class=\"top\">\n<p class=\"kicker\">").append(Escape.html(kicker)).append("</p>\n")
                .append("<h1>").append(Escape.html(doc.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(Escape.html(doc.subtitle())).append("</p>\n");
        contents(out, doc.blocks());
        out.append("</header>\n");
        for (Block block : doc.blocks()) {
            block(out, block);
        }
        out.append("<footer>\n");
        for (String line : footer) {
            out.append("<p>").append(Escape.html(line)).append("</p>\n");
        }
        out.append("</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void contents(StringBuilder out, List<Block> blocks) {
        List<Heading> sections = blocks.stream()
                .filter(b -> b instanceof Heading h && h.level() == 2)
                .map(Heading.class::cast)
                .toList();
        if (sections.size() < 3) {
            return;
        }
        out.append("<nav class=\"toc\" aria-label=\"Contents\">");
        for (Heading h : sections) {
            out.append("<a href=\"#").append(Escape.html(h.anchor())).append("\">")
                    .append(Escape.html(h.text())).append("</a>");
        }
        out.append("</nav>\n");
    }

    /** One block as HTML that is also well-formed XML, which the PDF writer lays out. */
    static void block(StringBuilder out, Block block) {
        if (block instanceof Heading h) {
            out.append("<h").append(h.level());
            if (h.anchor() != null && !h.anchor().isEmpty()) {
                out.append(" id=\"").append(Escape.html(h.anchor())).append('"');
            }
            out.append('>').append(Escape.html(h.text())).append("</h").append(h.level()).append(">\n");
        } else if (block instanceof Paragraph p) {
            out.append("<p>");
            inlines(out, p.inlines());
            out.append("</p>\n");
        } else if (block instanceof Bullets b) {
            String tag = b.ordered() ? "ol" : "ul";
            out.append('<').append(tag).append(">\n");
            for (List<Inline> item : b.items()) {
                out.append("<li>");
                inlines(out, item);
                out.append("</li>\n");
            }
            out.append("</").append(tag).append(">\n");
        } else if (block instanceof Table t) {
            table(out, t);
        } else if (block instanceof Notice n) {
            out.append("<div class=\"notice tone-").append(css(n.tone())).append("\" role=\"note\"><p>");
            if (!n.title().isEmpty()) {
                out.append("<span class=\"notice-title\">").append(Escape.html(n.title())).append("</span>");
            }
            inlines(out, n.inlines());
            out.append("</p></div>\n");
        } else if (block instanceof Figure f) {
            out.append("<figure>\n").append(f.svg()).append("\n<figcaption>")
                    .append(Escape.html(f.caption())).append("</figcaption>\n</figure>\n");
        } else if (block instanceof Group g) {
            out.append("<div class=\"group\">\n");
            g.blocks().forEach(b -> block(out, b));
            out.append("</div>\n");
        }
    }

    private static void table(StringBuilder out, Table t) {
        // A wide table scrolls inside its own box instead of widening the page.
        out.append("<div class=\"table-wrap\"><table");
        if (!t.css().isEmpty()) {
            out.append(" class=\"").append(Escape.html(t.css())).append('"');
        }
        out.append(">\n<thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(t.numeric().get(i) ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                    .append(Escape.html(t.headers().get(i))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<List<Inline>> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                boolean numeric = i < t.numeric().size() && t.numeric().get(i);
                out.append(numeric ? "<td class=\"num\">" : "<td>");
                inlines(out, row.get(i));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void inlines(StringBuilder out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(Escape.html(t.value()));
            } else if (inline instanceof Strong s) {
                out.append("<strong>").append(Escape.html(s.value())).append("</strong>");
            } else if (inline instanceof Code c) {
                out.append("<code>").append(Escape.html(c.value())).append("</code>");
            } else if (inline instanceof Muted m) {
                out.append("<span class=\"muted\">").append(Escape.html(m.value())).append("</span>");
            } else if (inline instanceof Badge b) {
                out.append("<span class=\"badge tone-").append(css(b.tone())).append("\">")
                        .append(Escape.html(b.word())).append("</span>");
            }
        }
    }

    /** The CSS class suffix of a tone, such as {@code amber}. */
    private static String css(Doc.Tone tone) {
        return tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
