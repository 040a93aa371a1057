package org.raitoolkit.documents;

import java.util.List;
import java.util.Objects;

/** One piece of a {@link Section}: a statement, a list, a table, or a gap the agency must fill. */
public sealed interface Part permits Part.Statement, Part.Items, Part.Grid, Part.ToBeCompleted {

    /** What the piece is about, such as "Purpose"; may be empty. */
    String label();

    /**
     * A statement filled from the answers or the assessment.
     *
     * @param label what it states, such as "Purpose"; may be empty
     * @param text the statement
     */
    record Statement(String label, String text) implements Part {
        public Statement {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A list of short statements, such as the data sources. */
    record Items(String label, List<String> items) implements Part {
        public Items {
            Objects.requireNonNull(label, "label");
            items = List.copyOf(items);
        }
    }

    /** A table: each row has one cell per heading. */
    record Grid(String label, List<String> headers, List<List<String>> rows) implements Part {
        public Grid {
            Objects.requireNonNull(label, "label");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of table '" + label + "' has " + row.size()
                            + " cells for " + headers.size() + " headings");
                }
            }
        }
    }

    /**
     * What the answers do not establish: the agency completes it.
     *
     * @param label what is missing, such as "Period of use"
     * @param needed what is needed to complete it, in words; never empty
     */
    record ToBeCompleted(String label, String needed) implements Part {
        public ToBeCompleted {
            Objects.requireNonNull(label, "label");
            if (needed == null || needed.isBlank()) {
                throw new IllegalArgumentException("a 'to be completed' marker must say what is needed: " + label);
            }
        }
    }
}
