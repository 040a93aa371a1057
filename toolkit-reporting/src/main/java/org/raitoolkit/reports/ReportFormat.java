package org.raitoolkit.reports;

import java.util.Locale;

/** The formats a {@link Report} can be rendered in. */
public enum ReportFormat {
    /** The documented JSON document, valid against the kind's JSON Schema. */
    JSON("json"),
    /** CommonMark with GitHub tables; charts become text tables. */
    MARKDOWN("md"),
    /** One self-contained HTML page: inline CSS and SVG, no script, no external assets. */
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot: {@code json}, {@code md} or {@code html}. */
    public String extension() {
        return extension;
    }

    /**
     * Reads a format name as a person types it: {@code json}, {@code markdown}, {@code md} or
     * {@code html}, in any case, with surrounding blanks ignored.
     *
     * @throws IllegalArgumentException naming the text given and the allowed values
     * @throws NullPointerException if {@code text} is null
     */
    public static ReportFormat parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "json" -> JSON;
            case "markdown", "md" -> MARKDOWN;
            case "html", "htm" -> HTML;
            default -> throw new IllegalArgumentException(
                    "unknown report format '" + text + "'; allowed: json, markdown (or md), html");
        };
    }
}
