package org.raitoolkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A section of its own in the JSON risk report that gathers one rule set's findings, next to the
 * list of every finding: for a reader who looks for, say, a classification and its obligations
 * in one place. A rule set declares it; the engine passes it on in its {@link Provenance}; the
 * report writes it under {@code key} when the rule set made at least one finding. Each entry
 * takes the findings of one kind: the first one's code, text and reference as fields of the
 * section ({@link Entry#isList()} false), or every one as an item of a list. Immutable.
 *
 * @param key the section's key at the top of the JSON report, for example {@code nationalWarrant}
 * @param title a short title for people, for example "National warrant"
 * @param ruleSet the id of the rule set whose findings the section gathers
 * @param entries what the section holds, in the order written
 */
public record ReportSection(String key, String title, String ruleSet, List<Entry> entries) {

    /** Checks the names and copies the entries. */
    public ReportSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ruleSet, "ruleSet");
        if (!key.matches("[a-z][A-Za-z0-9]{0,49}")) {
            throw new IllegalArgumentException("report section key '" + key
                    + "' must be a lower-case letter followed by letters and digits (at most 50)");
        }
        entries = List.copyOf(entries);
    }

    /** A section {@code key} titled {@code title} of the findings of rule set {@code ruleSet}, with no entries yet. */
    public static Builder builder(String key, String title, String ruleSet) {
        return new Builder(key, title, ruleSet);
    }

    /** The findings of this section's rule set, in the order given. */
    public List<Finding> findingsIn(List<Finding> findings) {
        return findings.stream().filter(f -> ruleSet.equals(f.ruleSet())).toList();
    }

    /**
     * The findings of one kind in the section. The names say under which field the finding's
     * code, text and reference are written; {@code null} leaves that part out.
     *
     * @param kind the findings' kind, for example {@code OBLIGATION}
     * @param listField for a list, the field of the list; {@code null} for a single finding
     * @param codeAs the field of the finding's code, or {@code null}
     * @param textAs the field of its text, or {@code null}
     * @param referenceAs the field of its reference, or {@code null}
     * @param details for a list, the details to copy into each item when the finding has them
     */
    public record Entry(String kind, String listField, String codeAs, String textAs, String referenceAs, List<String> details) {

        /** Checks that the kind is given and copies the details. */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            details = List.copyOf(details);
        }

        /** Whether every finding of the kind is an item of a list (else the first one's parts are fields of the section). */
        public boolean isList() {
            return listField != null;
        }
    }

    /** Declares a {@link ReportSection} entry by entry; not thread-safe. */
    public static final class Builder {
        private final String key;
        private final String title;
        private final String ruleSet;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(String key, String title, String ruleSet) {
            this.key = key;
            this.title = title;
            this.ruleSet = ruleSet;
        }

        /** The first finding of {@code kind}: its code, text and reference as fields of the section ({@code null} leaves one out). */
        public Builder single(String kind, String codeAs, String textAs, String referenceAs) {
            entries.add(new Entry(kind, null, codeAs, textAs, referenceAs, List.of()));
            return this;
        }

        /** Every finding of {@code kind} as an item of the list {@code field}, with its code, text, reference and {@code details}. */
        public Builder list(String field, String kind, String codeAs, String textAs, String referenceAs, String... details) {
            entries.add(new Entry(kind, Objects.requireNonNull(field, "field"), codeAs, textAs, referenceAs, List.of(details)));
            return this;
        }

        /** The section. */
        public ReportSection build() {
            return new ReportSection(key, title, ruleSet, entries);
        }
    }
}
