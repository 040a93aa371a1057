package org.raitoolkit.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule file: a DRL file ({@code .drl}) or a decision table ({@code .drl.csv},
 * {@code .drl.xlsx}, or plain {@code .csv} / {@code .xlsx}). Immutable.
 */
public final class RuleResource {

    /** The kinds of rule file the engine compiles. */
    public enum Kind {
        DRL, DECISION_TABLE_CSV, DECISION_TABLE_XLSX
    }

    private final String name;
    private final byte[] content;
    private final Kind kind;

    private RuleResource(String name, byte[] content, Kind kind) {
        this.name = name;
        this.content = content;
        this.kind = kind;
    }

    /**
     * A rule file named {@code name} (its kind is read from the extension) with {@code content}.
     *
     * @throws IllegalArgumentException if the extension is not one the engine compiles
     */
    public static RuleResource of(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        return new RuleResource(name, content.clone(), kindOf(name));
    }

    /** A DRL file given as text. */
    public static RuleResource drl(String name, String text) {
        return of(name.endsWith(".drl") ? name : name + ".drl", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the engine compiles files named like {@code name}. */
    public static boolean isRuleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".drl") || n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    private static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".drl")) {
            return Kind.DRL;
        }
        if (n.endsWith(".csv")) {
            return Kind.DECISION_TABLE_CSV;
        }
        if (n.endsWith(".xlsx")) {
            return Kind.DECISION_TABLE_XLSX;
        }
        throw new IllegalArgumentException("'" + name + "' is not a rule file; allowed: .drl, .drl.csv, .drl.xlsx (or .csv, .xlsx)");
    }

    /** The file's name, as used in error messages. */
    public String name() { return name; }

    /** A copy of the file's bytes. */
    public byte[] content() { return content.clone(); }

    /** The kind of file. */
    public Kind kind() { return kind; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleResource r && r.name.equals(name) && Arrays.equals(r.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name;
    }
}
