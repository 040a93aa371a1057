package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An entry of the recommendation catalogue: advice the rules give when its trigger occurs.
 *
 * @param id stable id, for example {@code REC-LEGAL-BASIS}
 * @param title a short name
 * @param text the advice, specific enough to act on
 * @param priority how urgent it is
 * @param principle the id of the principle it serves (core or instrumental)
 * @param stage the life-cycle stage in which it is acted on
 * @param audience who acts on it
 * @param trigger when it applies
 * @param citations the provisions of law, conventions or standards that support the advice
 */
public record RecommendationTemplate(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) @Pattern(regexp = Identifiers.PATTERN) String id,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 3000) String text,
        @NotNull Priority priority,
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) String principle,
        @NotNull LifecycleStage stage,
        @NotNull Audience audience,
        @NotNull @Valid Trigger trigger,
        @NotNull @Size(max = 20) List<@NotNull @Valid Citation> citations) {

    public RecommendationTemplate {
        citations = Lists.copy(citations);
    }

    /** An entry with no citations, as entries were before they cited their sources. */
    public RecommendationTemplate(String id, String title, String text, Priority priority, String principle,
            LifecycleStage stage, Audience audience, Trigger trigger) {
        this(id, title, text, priority, principle, stage, audience, trigger, List.of());
    }

    /** The recommendation this entry gives, with the reason it was triggered. */
    public Recommendation issue(Reason why) {
        return new Recommendation(id, title, text, priority, principle, stage, audience, List.of(why), citations);
    }
}
