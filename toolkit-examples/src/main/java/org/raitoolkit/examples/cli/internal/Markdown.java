package org.raitoolkit.examples.cli.internal;

/** Escapes text for Markdown, so that a file or system name cannot add markup, links or HTML. */
final class Markdown {

    private Markdown() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String printable = Text.printable(text, 500);
        // Room for a few escapes without growing: a file name such as system-00001.yaml has two.
        StringBuilder s = new StringBuilder(printable.length() + 16);
        for (char c : printable.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '<', '>', '&', '~' ->
                        s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
