package org.raitoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.ReferenceBaseline;

/**
 * Warm latency of one assessment on one thread, as a distribution (SampleTime: read p0.50, the
 * median): the largest bundled risk use case, the example agency's readiness, and the
 * plain-Java reference scorer on the same risk answers as the baseline of the same run.
 *
 * <p>Warm-up is 20 s: on two cores the JIT needs about 15 s (some 15,000 assessments) before an
 * assessment settles at its steady cost; shorter warm-ups report two to three times the time.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WarmAssessmentBenchmark {

    private ToolkitEngine engine;
    private ReferenceBaseline reference;
    private Examples.RiskExample largest;
    private ReadinessAnswers readiness;

    @Setup
    public void setUp() {
        engine = ToolkitEngine.withDefaults();
        reference = ReferenceBaseline.forPack(engine.content());
        largest = Examples.largestRisk(engine.content());
        readiness = Examples.readiness(engine.content());
        if (!largest.name().equals(Examples.LARGEST_RISK)) {
            throw new IllegalStateException("the largest risk example is now " + largest.name()
                    + "; set Examples.LARGEST_RISK to it, so that the start-up figures use it too");
        }
        System.out.println("largest risk example: " + largest.name() + " (" + largest.answers().ratings().size()
                + " rated factors)");
    }

    /** The largest bundled use case through the engine: the figure with the 300 µs target. */
    @Benchmark
    public RiskResult riskLargestExample() {
        return engine.assessRisk(largest.answers());
    }

    /** The same answers through the plain-Java reference scorer: the baseline. */
    @Benchmark
    public Object riskLargestExampleReference() {
        return reference.score(largest.answers());
    }

    /** The example agency's readiness: the figure with the 200 µs target. */
    @Benchmark
    public ReadinessResult readinessExample() {
        return engine.assessReadiness(readiness);
    }
}
