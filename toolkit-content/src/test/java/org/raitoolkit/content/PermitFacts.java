package org.raitoolkit.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Set;
import org.raitoolkit.model.FactSection;

/**
 * Typed facts of a fictional national permit law, for the reader's tests of fact sections.
 *
 * @param permit the state of the permit
 * @param hoursSinceRequest hours since it was requested
 * @param reviewed a reviewer has seen the request
 * @param grantedOn the day it was granted
 * @param grounds the grounds given for it
 */
public record PermitFacts(Permit permit, @Min(0) @Max(72) Integer hoursSinceRequest, Boolean reviewed,
                          LocalDate grantedOn, Set<Ground> grounds) {

    public PermitFacts {
        grounds = grounds == null ? Set.of() : Set.copyOf(grounds);
    }

    /** The section under {@code system.nationalPermit}. */
    static final FactSection<PermitFacts> SECTION = FactSection.builder("nationalPermit", PermitFacts.class)
            .title("National permit")
            .field("permit", "The state of the permit.")
            .field("hoursSinceRequest", "Hours since the permit was requested.")
            .field("reviewed", "Whether a reviewer has seen the request.")
            .field("grantedOn", "The day the permit was granted.")
            .field("grounds", "The grounds the request gives.")
            .requiredWhen("hoursSinceRequest", "permit", "REQUESTED")
            .requiredWhen("grantedOn", "permit", "GRANTED")
            .build();

    /** The state of a permit. */
    public enum Permit { NONE, REQUESTED, GRANTED }

    /** A ground for a permit. */
    public enum Ground { THREAT, MISSING_PERSON, SERIOUS_CRIME }
}
