package org.raitoolkit.web.internal;

import org.raitoolkit.model.Decision;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.web.internal.Views.Badge;

/**
 * Levels and decisions as the reports print them: the word itself, in a coloured badge, so that
 * colour is never the only sign. The colours are the reports' own ({@code tone-*} classes).
 */
final class Badges {

    private Badges() {
    }

    static Badge of(RiskLevel level, String id) {
        return new Badge(Words.word(level), switch (level) {
            case LOW -> "green";
            case MEDIUM -> "amber";
            case HIGH -> "orange";
            case VERY_HIGH -> "red";
        }, id);
    }

    static Badge of(Decision decision, String id) {
        return new Badge(Words.word(decision), switch (decision) {
            case PROCEED -> "green";
            case PROCEED_WITH_CONDITIONS -> "amber";
            case ESCALATE -> "orange";
            case DO_NOT_PROCEED -> "red";
        }, id);
    }

    static Badge of(ReadinessLevel level, String id) {
        return new Badge(Words.word(level), switch (level) {
            case BEGINNING -> "red";
            case DEVELOPING -> "orange";
            case ESTABLISHED -> "blue";
            case ADVANCED -> "green";
        }, id);
    }

    /** A badge for a percentage of completion, in the reports' bands. */
    static Badge percent(double percent, String id) {
        String tone = percent >= 100.0 ? "green" : percent >= 75.0 ? "blue" : percent >= 50.0 ? "amber"
                : percent >= 25.0 ? "orange" : "red";
        return new Badge(String.format(java.util.Locale.ROOT, "%.0f%%", percent), tone, id);
    }
}
