package org.raitoolkit.examples.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of YAML text for the templates, where comments must sit beside values. */
final class Yaml {

    private Yaml() {
    }

    /** {@code text} as a double-quoted YAML scalar: safe whatever it contains. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** {@code text} as comment lines of at most 96 characters, each starting with {@code indent + "# "}. */
    static String comment(String indent, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && indent.length() + 2 + line.length() + 1 + word.length() > Text.WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.stream().map(l -> indent + "# " + l).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The names of an enum's constants, comma-separated. */
    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
