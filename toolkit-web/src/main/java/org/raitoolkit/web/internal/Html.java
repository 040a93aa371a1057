package org.raitoolkit.web.internal;

/**
 * Builds HTML with escaping as the default: text and attribute values always go through
 * {@link #escape}, and only the app's own fixed markup goes in through {@link #raw}. Not
 * thread-safe; one per response.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    /**
     * {@code text} safe as element content and as a quoted attribute value: {@code & < > " '}
     * become character references, and control characters other than tab and line breaks become
     * spaces (they are not allowed in HTML and some would end a line in odd places).
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
            }
        }
        return s.toString();
    }

    /**
     * An element id made from a field name: letters, digits, {@code -} and {@code _} kept, anything
     * else as {@code -}. Field names come from the content pack's ids, which already fit.
     */
    static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element with no content, such as {@code input}. */
    Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding {@code text}, escaped. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** {@code text}, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** The app's own markup, as is. Never give it anything that came from a request or a file. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A line break in the source, to keep the page readable in "view source". */
    Html nl() {
        out.append('\n');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]);
            // Boolean attributes (checked, required) are given with an empty value.
            if (!value.isEmpty() || !BOOLEAN.contains(attributes[i])) {
                out.append("=\"").append(escape(value)).append('"');
            }
        }
    }

    private static final java.util.Set<String> BOOLEAN = java.util.Set.of("checked", "selected", "required", "hidden",
            "disabled", "open", "multiple", "novalidate", "formnovalidate", "autofocus");

    @Override
    public String toString() {
        return out.toString();
    }
}
