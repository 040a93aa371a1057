package org.raitoolkit.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a tree of blocks and inline runs, with no markup in it. {@link HtmlWriter} and
 * {@link MarkdownWriter} both render this tree, so the two formats carry the same content and
 * every piece of text passes through one escaping function per format.
 */
final class Doc {

    /** A run of text inside a paragraph, list item or table cell. */
    sealed interface Inline permits Text, Strong, Code, Badge, Muted {
    }

    /** Plain text. */
    record Text(String value) implements Inline {
    }

    /** Emphasised text. */
    record Strong(String value) implements Inline {
    }

    /** An identifier such as a rule or factor id. */
    record Code(String value) implements Inline {
    }

    /** Secondary text, such as a reason under a recommendation. */
    record Muted(String value) implements Inline {
    }

    /**
     * A level, decision or status word on a coloured background; the word is always printed, so
     * the colour is never the only carrier of meaning.
     */
    record Badge(String word, Tone tone) implements Inline {
    }

    /** The colours of badges, cells and bars. */
    enum Tone {
        GREEN, BLUE, AMBER, ORANGE, RED, GREY;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A block of the document. */
    sealed interface Block permits Heading, Paragraph, Bullets, Table, Notice, Figure, Group {
    }

    /** A heading; level 2 headings also appear in the HTML contents list. */
    record Heading(int level, String text, String anchor) implements Block {
    }

    record Paragraph(List<Inline> inlines) implements Block {
    }

    record Bullets(List<List<Inline>> items, boolean ordered) implements Block {
    }

    /**
     * A table.
     *
     * @param headers the column headings
     * @param rows each row a list of cells, each cell a list of runs
     * @param numeric for each column, whether it holds numbers (right-aligned)
     * @param css an extra class for the HTML table, or empty
     */
    record Table(List<String> headers, List<List<List<Inline>>> rows, List<Boolean> numeric, String css) implements Block {
    }

    /** A boxed note: the disclaimer, the public brief's omission notice, and the like. */
    record Notice(Tone tone, String title, List<Inline> inlines) implements Block {
    }

    /**
     * A chart. HTML embeds {@code svg}, which the chart builders have escaped themselves;
     * Markdown shows {@code fallback} instead.
     */
    record Figure(String svg, String caption, List<Block> fallback) implements Block {
    }

    /** Blocks kept together on a printed page, such as one recommendation group. */
    record Group(List<Block> blocks) implements Block {
    }

    /**
     * The whole document.
     *
     * @param title the page title
     * @param subtitle the line under the title (the kind of report or brief)
     * @param blocks the body
     */
    record Document(String title, String subtitle, List<Block> blocks) {
    }

    private Doc() {
    }

    // ---------------------------------------------------------------- small builders

    static Text text(String value) {
        return new Text(value == null ? "" : value);
    }

    static Strong strong(String value) {
        return new Strong(value == null ? "" : value);
    }

    static Code code(String value) {
        return new Code(value == null ? "" : value);
    }

    static Muted muted(String value) {
        return new Muted(value == null ? "" : value);
    }

    /** A line of runs; strings become plain text. */
    static List<Inline> line(Object... parts) {
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

    static Paragraph paragraph(Object... parts) {
        return new Paragraph(line(parts));
    }

    /** A table whose columns are all text. */
    static Table table(List<String> headers, List<List<List<Inline>>> rows) {
        List<Boolean> numeric = new ArrayList<>();
        headers.forEach(h -> numeric.add(false));
        return new Table(headers, rows, numeric, "");
    }
}
