package org.raitoolkit.rules.internal;

import java.util.List;

/**
 * The agenda groups each assessment runs through, in order. Extension rules join a phase with
 * {@code agenda-group}; rules without one run last, after every phase.
 */
final class Phases {

    static final List<String> RISK = List.of("risk-applicability", "risk-rate", "risk-aggravate", "risk-inherent",
            "risk-mitigate", "risk-residual", "risk-aggregate", "risk-decide", "risk-recommend");

    static final List<String> READINESS = List.of("readiness-score", "readiness-cap", "readiness-overall",
            "readiness-roadmap", "readiness-recommend");

    static final List<String> WORKBOOK = List.of("workbook-complete", "workbook-plan");

    /** Every phase, in order, for messages. */
    static final List<String> ALL = java.util.stream.Stream.of(RISK, READINESS, WORKBOOK)
            .flatMap(List::stream).toList();

    /** Whether rules of {@code phase} ever run: one of the phases above, or MAIN (after every phase). */
    static boolean isKnown(String phase) {
        return RulePhases.MAIN.equals(phase) || RISK.contains(phase) || READINESS.contains(phase) || WORKBOOK.contains(phase);
    }

    /** A phase's place across all assessments, for sorting; MAIN and unknown phases last. */
    static int order(String phase) {
        int i = RISK.indexOf(phase);
        if (i >= 0) {
            return i;
        }
        i = READINESS.indexOf(phase);
        if (i >= 0) {
            return 100 + i;
        }
        i = WORKBOOK.indexOf(phase);
        return i >= 0 ? 200 + i : 1000;
    }

    private Phases() {
    }
}
