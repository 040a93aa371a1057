package org.raitoolkit.rules.invariants;

import java.util.SplittableRandom;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;

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

    /** Readiness answers drawn from {@code random}. */
    public ReadinessAnswers readiness(SplittableRandom random) {
        return generator.readinessAnswers(random);
    }

    /** A life-cycle stage drawn from {@code random}. */
    public LifecycleStage stage(SplittableRandom random) {
        return RiskInputGenerator.pick(random, LifecycleStage.values());
    }

    /** Workbook answers for {@code system} at {@code stage}, drawn from {@code random}. */
    public WorkbookAnswers workbook(String system, LifecycleStage stage, SplittableRandom random) {
        return generator.workbookAnswers(system, stage, random);
    }
}
