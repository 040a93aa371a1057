package org.raitoolkit.reports.internal;

import java.util.regex.Pattern;

/**
 * Escaping of text for HTML (and SVG) and for Markdown. Every string that reaches a report goes
 * through one of these, whether it came from the user, from a content pack or from a rule.
 */
public final class Escape {

    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>#|~&";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9 ._:/+=\\[\\]-]*");

    private Escape() {
    }

    /**
     * Text for HTML element content and attribute values: {@code & < > " '} become character
     * references, and control characters other than tab and line breaks become spaces.
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(isControl(c) && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Text for one line of Markdown: line breaks and control characters become spaces and runs of
     * blanks one space (so that text cannot end a table cell, a list item or a paragraph, nor
     * open a code block), the characters that start
     * emphasis, links, code, HTML, headings, tables or strike-through are escaped with a
     * backslash, and a start that would open a list, a heading underline or a block quote is
     * escaped too.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == ' ') {
                // Runs of blanks collapse: four leading spaces would open a code block.
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        int start = out.length() > 0 && out.charAt(0) == ' ' ? 1 : 0;
        if (start < out.length()) {
            char first = out.charAt(start);
            if (first == '-' || first == '+' || first == '=') {
                out.insert(start, '\\');
            } else {
                var m = ORDERED_LIST_START.matcher(out.subSequence(start, out.length()));
                if (m.find()) {
                    out.insert(start + m.end(1), '\\');
                }
            }
        }
        return out.toString();
    }

    /** An identifier as a Markdown code span, or as escaped text if it holds anything unusual. */
    public static String markdownCode(String text) {
        if (text != null && !text.isEmpty() && SAFE_CODE.matcher(text).matches()) {
            return "`" + text + "`";
        }
        return markdown(text);
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
