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
 * Renders a {@link Document} as CommonMark with GitHub tables. Charts appear as their text
 * fallback; no HTML or SVG is embedded.
 */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static String write(Document doc, String kicker, List<String> footer) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("# ").append(Escape.markdown(doc.title())).append("\n\n");
        out.append('*').append(Escape.markdown(kicker + " · " + doc.subtitle())).append("*\n\n");
        for (Block block : doc.blocks()) {
            block(out, block);
        }
        out.append("---\n\n");
        for (String line : footer) {
            out.append(Escape.markdown(line)).append("\n\n");
        }
        // One newline at the end, whatever the last block wrote.
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void block(StringBuilder out, Block block) {
        if (block instanceof Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(Escape.markdown(h.text())).append("\n\n");
        } else if (block instanceof Paragraph p) {
            out.append(inlines(p.inlines())).append("\n\n");
        } else if (block instanceof Bullets b) {
            int n = 1;
            for (List<Inline> item : b.items()) {
                out.append(b.ordered() ? (n++) + ". " : "- ").append(inlines(item)).append('\n');
            }
            out.append('\n');
        } else if (block instanceof Table t) {
            table(out, t);
        } else if (block instanceof Notice n) {
            out.append("> ");
            if (!n.title().isEmpty()) {
                out.append("**").append(Escape.markdown(n.title())).append("** ");
            }
            out.append(inlines(n.inlines())).append("\n\n");
        } else if (block instanceof Figure f) {
            out.append('*').append(Escape.markdown(f.caption())).append("*\n\n");
            f.fallback().forEach(b -> block(out, b));
        } else if (block instanceof Group g) {
            g.blocks().forEach(b -> block(out, b));
        }
    }

    private static void table(StringBuilder out, Table t) {
        out.append('|');
        for (String h : t.headers()) {
            out.append(' ').append(Escape.markdown(h)).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(t.numeric().get(i) ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<List<Inline>> row : t.rows()) {
            out.append('|');
            for (List<Inline> cell : row) {
                String text = inlines(cell);
                out.append(' ').append(text.isEmpty() ? " " : text).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(Escape.markdown(t.value()));
            } else if (inline instanceof Strong s) {
                wrap(out, "**", Escape.markdown(s.value()));
            } else if (inline instanceof Code c) {
                out.append(Escape.markdownCode(c.value()));
            } else if (inline instanceof Muted m) {
                wrap(out, "*", Escape.markdown(m.value()));
            } else if (inline instanceof Badge b) {
                wrap(out, "**", Escape.markdown(b.word()));
            }
        }
        return out.toString();
    }

    // Emphasis must hug its text: "** x**" is not emphasis in CommonMark.
    private static void wrap(StringBuilder out, String marker, String text) {
        String core = text.strip();
        if (core.isEmpty()) {
            out.append(text);
            return;
        }
        int lead = text.indexOf(core);
        out.append(text, 0, lead).append(marker).append(core).append(marker)
                .append(text.substring(lead + core.length()));
    }
}
