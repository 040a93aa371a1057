package org.raitoolkit.documents;

import java.util.Locale;

/** The documents this module drafts. */
public enum DocumentKind {
    /** The data protection impact assessment of Directive (EU) 2016/680, Art. 27. */
    DPIA("dpia", "Data protection impact assessment"),
    /** The fundamental rights impact assessment a deployer of a high-risk system makes before first use. */
    FRIA("fria", "Fundamental rights impact assessment"),
    /** The deployer's data for the EU database of high-risk systems. */
    REGISTRATION("registration", "EU database registration data"),
    /** A plain-language record of the system for the public. */
    TRANSPARENCY_RECORD("transparency-record", "Public transparency record");

    private final String fileName;
    private final String title;

    DocumentKind(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    /** The base of a file name for this kind, such as {@code dpia}. */
    public String fileName() {
        return fileName;
    }

    /** The kind in words, such as "Data protection impact assessment". */
    public String title() {
        return title;
    }

    /**
     * Reads a kind as a person types it: {@code dpia}, {@code fria}, {@code registration} or
     * {@code transparency-record}, in any case.
     *
     * @throws IllegalArgumentException naming the text and the allowed values
     */
    public static DocumentKind parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            if (kind.fileName.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown document '" + text + "'; allowed: dpia, fria, registration, transparency-record");
    }
}
