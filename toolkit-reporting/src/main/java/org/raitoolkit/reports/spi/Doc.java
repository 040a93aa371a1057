package org.raitoolkit.reports.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a tree of blocks and inline runs, with no markup in it: every report, the guide
 * and any document a module builds (such as a data protection impact assessment) is one of these,
 * and {@link org.raitoolkit.reports.DocRenderer} writes it as Markdown, HTML, PDF or Word, so the
 * formats carry the same content and every piece of text passes through one escaping function per
 * format. Build one with the small builders below; all records are immutable.
 */
public final class Doc {

    /** A run of text inside a paragraph, list item or table cell. */
    public sealed interface Inline permits Text, Strong, Code, Badge, Muted {
    }

    /** Plain text. */
    public record Text(String value) implements Inline {
    }

    /** Emphasised text. */
    public record Strong(String value) implements Inline {
    }

    /** An identifier such as a rule or factor id. */
    public record Code(String value) implements Inline {
    }

    /** Secondary text, such as a reason under a recommendation. */
    public record Muted(String value) implements Inline {
    }

    /**
     * A level, decision or status word on a coloured background; the word is always printed, so
     * the colour is never the only carrier of meaning.
     */
    public record Badge(String word, Tone tone) implements Inline {
    }

    /** The colours of badges, cells and bars. */
    public enum Tone {
        GREEN, BLUE, AMBER, ORANGE, RED, GREY
    }

    /** A block of the document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Notice, Figure, Group {
    }

    /** A heading; level 2 headings also appear in the HTML contents list. */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    public record Paragraph(List<Inline> inlines) implements Block {
    }

    public record Bullets(List<List<Inline>> items, boolean ordered) implements Block {
    }

    /**
     * A table.
     *
     * @param headers the column headings
     * @param rows each row a list of cells, each cell a list of runs
     * @param numeric for each column, whether it holds numbers (right-aligned)
     * @param css an extra class for the HTML table, or empty
     */
    public record Table(List<String> headers, List<List<List<Inline>>> rows, List<Boolean> numeric, String css) implements Block {
    }

    /** A boxed note: the disclaimer, the public brief's omission notice, and the like. */
    public record Notice(Tone tone, String title, List<Inline> inlines) implements Block {
    }

    /**
     * A chart. HTML and PDF embed {@code svg} as it is, so it must be SVG the builder made and
     * escaped itself, never text from input;
     * Markdown shows {@code fallback} instead.
     */
    public record Figure(String svg, String caption, List<Block> fallback) implements Block {
    }

    /** Blocks kept together on a printed page, such as one recommendation group. */
    public record Group(List<Block> blocks) implements Block {
    }

    /**
     * The whole document.
     *
     * @param title the page title
     * @param subtitle the line under the title (the kind of report or brief)
     * @param blocks the body
     */
    public record Document(String title, String subtitle, List<Block> blocks) {
    }

    private Doc() {
    }

    // ---------------------------------------------------------------- small builders

    public static Text text(String value) {
        return new Text(value == null ? "" : value);
    }

    public static Strong strong(String value) {
        return new Strong(value == null ? "" : value);
    }

    public static Code code(String value) {
        return new Code(value == null ? "" : value);
    }

    public static Muted muted(String value) {
        return new Muted(value == null ? "" : value);
    }

    /** A line of runs; strings become plain text. */
    public static List<Inline> line(Object... parts) {
        List<Inline> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Inline inline) {
                out.add(inline);
            } else if (part instanceof List<?> list) {
                for (Object o : list) {
                    out.add((Inline) o);
                }
            } else if (part != null) {
                out.add(text(String.valueOf(part)));
            }
        }
        return out;
    }

    public static Paragraph paragraph(Object... parts) {
        return new Paragraph(line(parts));
    }

    /** A table whose columns are all text. */
    public static Table table(List<String> headers, List<List<List<Inline>>> rows) {
        List<Boolean> numeric = new ArrayList<>();
        headers.forEach(h -> numeric.add(false));
        return new Table(headers, rows, numeric, "");
    }
}
