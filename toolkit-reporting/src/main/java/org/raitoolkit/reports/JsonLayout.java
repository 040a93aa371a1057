package org.raitoolkit.reports;

/**
 * How the JSON document is laid out as text. Both layouts are the same document: they parse to
 * equal trees, validate against the same schema and differ only in white space.
 */
public enum JsonLayout {
    /** Two-space indents and {@code \n} line ends, for people to read; the default. */
    INDENTED,
    /**
     * No white space between tokens: one line, ending in a newline. About a quarter smaller, for
     * reports that programs read.
     */
    COMPACT
}
