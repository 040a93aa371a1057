package org.raitoolkit.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.GeneratedInputs;
import org.raitoolkit.rules.invariants.ReferenceBaseline;

/**
 * Risk assessments per second with two threads sharing one engine, cycling through 1,000
 * generated inputs (the same on every run); the reference scorer on the same inputs and threads
 * is the baseline. The setup checks that both agree on every input's level and decision.
 *
 * <p>Warm-up is 20 s: on two cores the JIT needs some 15 s before an assessment settles.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ThroughputBenchmark {

    static final int INPUTS = 1_000;
    static final long SEED = 0xBE4C_2024L;

    /** The engine, the reference and the inputs, shared by both threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        ToolkitEngine engine;
        ReferenceBaseline reference;
        List<RiskAnswers> inputs;

        @Setup
        public void setUp() {
            engine = ToolkitEngine.withDefaults();
            reference = ReferenceBaseline.forPack(engine.content());
            GeneratedInputs generate = GeneratedInputs.forPack(engine.content());
            SplittableRandom seeds = new SplittableRandom(SEED);
            inputs = Stream.generate(() -> generate.risk(seeds.nextLong())).limit(INPUTS).toList();
            for (RiskAnswers a : inputs) {
                RiskResult r = engine.assessRisk(a);
                ReferenceBaseline.Outcome expected = reference.outcome(a);
                if (r.overallLevel() != expected.overallLevel() || r.decision() != expected.decision()) {
                    throw new IllegalStateException("engine and reference disagree on " + a.system().name());
                }
            }
        }
    }

    /** Each thread's place in the inputs; the threads start half-way apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * INPUTS / thread.getThreadCount();
        }

        RiskAnswers next(List<RiskAnswers> inputs) {
            RiskAnswers a = inputs.get(next);
            next = (next + 1) % inputs.size();
            return a;
        }
    }

    @Benchmark
    public RiskResult engine(Shared s, Cursor c) {
        return s.engine.assessRisk(c.next(s.inputs));
    }

    /** The baseline. */
    @Benchmark
    public Object reference(Shared s, Cursor c) {
        return s.reference.score(c.next(s.inputs));
    }
}
