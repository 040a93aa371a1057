package org.raitoolkit.examples.cli.internal;

/** Escapes text for Markdown, so that a file or system name cannot add markup, links or HTML. */
final class Markdown {

    private Markdown() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (char c : Text.printable(text, 500).toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '<', '>', '&', '~' ->
                        s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
