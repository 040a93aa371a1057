package org.raitoolkit.testkit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Typed facts of a fictional national warrant law, for tests of typed extension facts; public,
 * since the rule compiler's generated classes must see it.
 *
 * @param warrant the state of the warrant
 * @param hoursSinceRequest hours since it was requested
 */
public record WarrantFacts(Warrant warrant, @Min(0) @Max(72) Integer hoursSinceRequest) {

    /** The state of a national warrant. */
    public enum Warrant { NONE, REQUESTED, GRANTED }
}
