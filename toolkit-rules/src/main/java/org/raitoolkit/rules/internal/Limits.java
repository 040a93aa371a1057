package org.raitoolkit.rules.internal;

import java.time.Duration;

/**
 * How far one assessment may run before it is stopped as a runaway: rule firings, facts inserted
 * and wall time. The default rules need a few hundred firings and facts and a few milliseconds.
 *
 * @param firings the most rule firings
 * @param factsInserted the most facts inserted, by the engine and the rules together
 * @param time the longest an assessment's rules may run
 */
public record Limits(int firings, int factsInserted, Duration time) {

    /** Far above what the default rules need, and stopped long before a runaway fills the memory. */
    public static final Limits DEFAULT = new Limits(200_000, 100_000, Duration.ofSeconds(10));

    public Limits {
        if (firings < 1 || factsInserted < 1 || time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("run limits must be positive: " + firings + " firings, "
                    + factsInserted + " facts inserted, " + time);
        }
    }
}
