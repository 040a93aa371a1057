package org.raitoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.raitoolkit.model.RiskResult;

/**
 * Risk assessments per second with two threads sharing one engine (target at least 5,000/s on
 * a 2-core machine), over the same 1,000 generated inputs as {@link OverheadBenchmark}; the
 * reference scorer's throughput on the same threads is the baseline.
 *
 * <p>Warm-up is 20 s: on two cores the JIT needs about 15 s (some 15,000 assessments) before an
 * assessment settles at its steady cost; shorter warm-ups report two to three times the time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ThroughputBenchmark {

    @Benchmark
    public RiskResult engine(OverheadBenchmark.Shared s, OverheadBenchmark.Cursor c) {
        return s.engine.assessRisk(c.next(s.inputs));
    }

    /** The baseline. */
    @Benchmark
    public Object reference(OverheadBenchmark.Shared s, OverheadBenchmark.Cursor c) {
        return s.reference.score(c.next(s.inputs));
    }
}
