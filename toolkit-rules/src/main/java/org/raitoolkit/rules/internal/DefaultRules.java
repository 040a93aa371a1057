package org.raitoolkit.rules.internal;

import java.util.List;
import org.raitoolkit.rules.RuleSet;

/**
 * The default rules: the toolkit's assessment method, one topic per file, listed explicitly so
 * that nothing on the class path joins them by accident.
 */
final class DefaultRules {

    static final String ID = "DEFAULT";

    private static final String BASE = "org/raitoolkit/rules/";

    static final List<String> FILES = List.of(
            BASE + "risk/applicability.drl",
            BASE + "risk/rating.drl",
            BASE + "risk/aggravation.drl",
            BASE + "risk/matrix.drl",
            BASE + "risk/mitigation.drl",
            BASE + "risk/residual.drl",
            BASE + "risk/aggregation.drl",
            BASE + "risk/decision.drl",
            BASE + "risk/recommendations.drl",
            BASE + "readiness/scoring.drl",
            BASE + "readiness/overall.drl",
            BASE + "readiness/roadmap.drl",
            BASE + "readiness/recommendations.drl",
            BASE + "workbook/completion.drl",
            BASE + "workbook/actions.drl");

    private DefaultRules() {
    }

    static RuleSet ruleSet() {
        return RuleSet.fromClasspath(ID, "the toolkit's default assessment method",
                DefaultRules.class.getClassLoader(), FILES.toArray(String[]::new));
    }
}
