package org.raitoolkit.examples.cli.internal;

import java.io.PrintWriter;

/** Plain-text layout for the terminal. */
final class Text {

    /** Lines are kept this short so that they read well in a terminal of 100 columns. */
    static final int WIDTH = 96;

    private Text() {
    }

    /** Prints {@code text} as lines of at most {@link #WIDTH} characters, each after {@code indent}. */
    static void wrap(String text, String indent, PrintWriter out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            out.println(line);
        }
    }

    /**
     * {@code text}, which may run over several lines, safe for a terminal: every control character
     * but the line break shown as an escape, nothing cut. For messages that quote input, such as
     * an unknown id made of escape sequences.
     */
    static String lines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            s.append(i == 0 ? "" : "\n").append(printable(lines[i], Integer.MAX_VALUE));
        }
        return s.toString();
    }

    /**
     * {@code text} safe for a terminal: control characters (which could move the cursor or change
     * colours) shown as escapes, and at most {@code max} characters.
     */
    static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max && printable(text)) {
            // Most text is: the batch summary escapes two names per system.
            return text;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length() && s.length() < max; i++) {
            char c = text.charAt(i);
            if (!printable(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return text.length() > max || s.length() > max ? s.substring(0, Math.min(s.length(), max)) + "..." : s.toString();
    }

    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!printable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Not a control character, which could move the cursor or change colours, nor an invisible format character. */
    private static boolean printable(char c) {
        return !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
    }
}
