package org.raitoolkit.model;

/**
 * The form every content id takes: upper-case words of letters and digits joined by '.', '-' or
 * '_', such as {@code LAW.NECESSITY} or {@code RF-FRT-BIAS}. One form keeps ids readable in
 * reasons, reports and rule files, and safe in file names and HTML.
 */
public final class Identifiers {

    /** The regular expression an id must match. */
    public static final String PATTERN = "[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)*";

    /** The longest id allowed. */
    public static final int MAX_LENGTH = 80;

    private Identifiers() {
    }

    /** Whether {@code id} is a well-formed id. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && id.matches(PATTERN);
    }
}
