package org.raitoolkit.rules.invariants;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds that property tests run over. Each test names its seed in its display name and in
 * every assertion message, so a failure can be replayed alone:
 *
 * <pre>{@code
 * mvn -o test -Dtest=ReferenceScoringPropertyTest -Draitoolkit.seeds=-4410871023466914302
 * }</pre>
 *
 * <p>{@code -Draitoolkit.seedCount=N} runs N seeds per property instead of the default, and
 * {@code -Draitoolkit.seedBase=B} draws them from another base, to explore further.
 */
final class Seeds {

    /** Comma-separated seeds to replay instead of the generated ones. */
    static final String REPLAY_PROPERTY = "raitoolkit.seeds";
    static final String COUNT_PROPERTY = "raitoolkit.seedCount";
    static final String BASE_PROPERTY = "raitoolkit.seedBase";

    private static final long DEFAULT_BASE = 0x5EED_2024_0201L;

    private Seeds() {
    }

    /**
     * {@code count} seeds for one property, or the replayed seeds if any are given. {@code salt}
     * gives each property its own seeds, so that together they cover more inputs.
     */
    static LongStream of(int count, long salt) {
        String replay = System.getProperty(REPLAY_PROPERTY, "").strip();
        if (!replay.isEmpty()) {
            return Arrays.stream(replay.split(",")).map(String::strip).mapToLong(Long::parseLong);
        }
        int n = Integer.getInteger(COUNT_PROPERTY, count);
        long base = Long.getLong(BASE_PROPERTY, DEFAULT_BASE);
        return new SplittableRandom(base ^ salt).longs(n);
    }
}
