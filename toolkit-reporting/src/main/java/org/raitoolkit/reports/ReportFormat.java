package org.raitoolkit.reports;

import java.util.Locale;

/** The formats a {@link Report} can be rendered in. */
public enum ReportFormat {
    /** The documented JSON document, valid against the kind's JSON Schema. */
    JSON("json"),
    /** CommonMark with GitHub tables; charts become text tables. */
    MARKDOWN("md"),
    /** One self-contained HTML page: inline CSS and SVG, no script, no external assets. */
    HTML("html"),
    /** A tagged PDF (PDF/UA) on A4 pages with its font embedded and charts as vector graphics; binary. */
    PDF("pdf"),
    /** An editable Word document with Word's heading styles, lists and tables; charts become text tables; binary. */
    DOCX("docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot: {@code json}, {@code md}, {@code html}, {@code pdf} or {@code docx}. */
    public String extension() {
        return extension;
    }

    /**
     * Whether the format is bytes rather than text: PDF and DOCX. A binary report is made with
     * {@link Reports#renderBytes} or {@link Reports#write}, never {@link Reports#render}.
     */
    public boolean binary() {
        return this == PDF || this == DOCX;
    }

    /** The media type a web server sends the format with, such as {@code application/pdf}. */
    public String mediaType() {
        return switch (this) {
            case JSON -> "application/json";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        };
    }

    /**
     * Reads a format name as a person types it: {@code json}, {@code markdown}, {@code md},
     * {@code html}, {@code pdf} or {@code docx}, in any case, with surrounding blanks ignored.
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
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> throw new IllegalArgumentException(
                    "unknown report format '" + text + "'; allowed: json, markdown (or md), html, pdf, docx");
        };
    }
}
