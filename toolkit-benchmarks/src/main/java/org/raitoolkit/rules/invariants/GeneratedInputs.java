package org.raitoolkit.rules.invariants;

import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.RiskAnswers;

/**
 * The rules' property-test generator ({@link RiskInputGenerator}, package-private in
 * toolkit-rules' test jar), opened to the benchmarks: the same seed gives the same valid input.
 * Lives in the generator's package so that it can reach it; immutable and thread-safe.
 */
public final class GeneratedInputs {

    private final RiskInputGenerator generator;

    private GeneratedInputs(ContentPack pack) {
        this.generator = new RiskInputGenerator(pack);
    }

    /** A generator of valid inputs for {@code pack}. */
    public static GeneratedInputs forPack(ContentPack pack) {
        return new GeneratedInputs(pack);
    }

    /** Risk answers drawn from {@code seed} alone. */
    public RiskAnswers risk(long seed) {
        return generator.riskAnswers(seed);
    }
}
