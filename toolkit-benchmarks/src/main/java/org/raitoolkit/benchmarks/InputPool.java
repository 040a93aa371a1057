package org.raitoolkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.invariants.GeneratedInputs;

/** A fixed pool of generated risk answers: the same seed gives the same pool on every run. */
final class InputPool {

    static final long SEED = 0xBE4C_2024L;

    private InputPool() {
    }

    /** {@code size} risk answers from the rules' property-test generator, drawn from {@code seed}. */
    static List<RiskAnswers> risk(ContentPack pack, long seed, int size) {
        GeneratedInputs generate = GeneratedInputs.forPack(pack);
        SplittableRandom seeds = new SplittableRandom(seed);
        List<RiskAnswers> pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            pool.add(generate.risk(seeds.nextLong()));
        }
        return List.copyOf(pool);
    }
}
