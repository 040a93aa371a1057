package org.raitoolkit.model;

import java.util.List;

/**
 * Advice produced by an assessment.
 *
 * @param id the catalogue id, or {@code MIT:<mitigation id>} for a mitigation not yet in place
 * @param title a short name
 * @param text what to do
 * @param priority how urgent
 * @param principle the principle it serves
 * @param stage the life-cycle stage in which to act
 * @param audience who acts
 * @param reasons why it was given
 * @param citations the provisions that support it; empty when none is known (a mitigation's
 *     advice, for example)
 */
public record Recommendation(
        String id,
        String title,
        String text,
        Priority priority,
        String principle,
        LifecycleStage stage,
        Audience audience,
        List<Reason> reasons,
        List<Citation> citations) {

    public Recommendation {
        reasons = Lists.copy(reasons);
        citations = Lists.copy(citations);
    }

    /** Advice with no citations. */
    public Recommendation(String id, String title, String text, Priority priority, String principle,
            LifecycleStage stage, Audience audience, List<Reason> reasons) {
        this(id, title, text, priority, principle, stage, audience, reasons, List.of());
    }
}
