package org.raitoolkit.reports.internal;

import java.util.Locale;

/** Number formats that do not depend on the default locale. */
final class Numbers {

    private Numbers() {
    }

    /** One decimal, with a dot: {@code 62.5}. */
    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A coordinate for SVG: at most one decimal, no trailing zero. */
    static String px(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
