package org.raitoolkit.reports.internal;

import org.raitoolkit.model.Decision;
import org.raitoolkit.model.Priority;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.WorkbookStatus;
import org.raitoolkit.reports.spi.Doc.Badge;
import org.raitoolkit.reports.spi.Doc.Tone;
import org.raitoolkit.reports.spi.Doc;
import org.raitoolkit.reports.spi.Wording;

/** Which colour each level, decision, priority and status gets, and the badges that print them. */
final class Tones {

    private Tones() {
    }

    static Tone of(RiskLevel level) {
        return switch (level) {
            case LOW -> Tone.GREEN;
            case MEDIUM -> Tone.AMBER;
            case HIGH -> Tone.ORANGE;
            case VERY_HIGH -> Tone.RED;
        };
    }

    static Tone of(Decision decision) {
        return switch (decision) {
            case PROCEED -> Tone.GREEN;
            case PROCEED_WITH_CONDITIONS -> Tone.AMBER;
            case ESCALATE -> Tone.ORANGE;
            case DO_NOT_PROCEED -> Tone.RED;
        };
    }

    static Tone of(Priority priority) {
        return switch (priority) {
            case CRITICAL -> Tone.RED;
            case HIGH -> Tone.ORANGE;
            case MEDIUM -> Tone.AMBER;
            case LOW -> Tone.GREY;
        };
    }

    static Tone of(ReadinessLevel level) {
        return switch (level) {
            case BEGINNING -> Tone.RED;
            case DEVELOPING -> Tone.ORANGE;
            case ESTABLISHED -> Tone.BLUE;
            case ADVANCED -> Tone.GREEN;
        };
    }

    static Tone of(WorkbookStatus status) {
        return switch (status) {
            case DONE -> Tone.GREEN;
            case PARTIAL -> Tone.AMBER;
            case NOT_DONE -> Tone.RED;
            case NOT_APPLICABLE -> Tone.GREY;
        };
    }

    /** The tone of a completion percentage. */
    static Tone ofPercent(double percent) {
        if (percent >= 100.0) {
            return Tone.GREEN;
        }
        if (percent >= 75.0) {
            return Tone.BLUE;
        }
        if (percent >= 50.0) {
            return Tone.AMBER;
        }
        return percent >= 25.0 ? Tone.ORANGE : Tone.RED;
    }

    static Badge badge(RiskLevel level) {
        return new Badge(Wording.word(level), of(level));
    }

    static Badge badge(Decision decision) {
        return new Badge(Wording.word(decision), of(decision));
    }

    static Badge badge(Priority priority) {
        return new Badge(Wording.word(priority), of(priority));
    }

    static Badge badge(ReadinessLevel level) {
        return new Badge(Wording.word(level), of(level));
    }

    static Badge badge(WorkbookStatus status) {
        return new Badge(status == WorkbookStatus.NOT_APPLICABLE ? "N/A" : Wording.word(status), of(status));
    }

    /** Fill colours for chart areas (lighter than badges) and strokes for bars. */
    static String fill(Tone tone) {
        return switch (tone) {
            case GREEN -> "#dcfce7";
            case BLUE -> "#dbeafe";
            case AMBER -> "#fef3c7";
            case ORANGE -> "#fed7aa";
            case RED -> "#fecaca";
            case GREY -> "#f3f4f6";
        };
    }

    static String strong(Tone tone) {
        return switch (tone) {
            case GREEN -> "#16a34a";
            case BLUE -> "#2563eb";
            case AMBER -> "#ca8a04";
            case ORANGE -> "#ea580c";
            case RED -> "#dc2626";
            case GREY -> "#6b7280";
        };
    }

    static String ink(Tone tone) {
        return switch (tone) {
            case GREEN -> "#14532d";
            case BLUE -> "#1e3a8a";
            case AMBER -> "#713f12";
            case ORANGE -> "#7c2d12";
            case RED -> "#7f1d1d";
            case GREY -> "#374151";
        };
    }
}
