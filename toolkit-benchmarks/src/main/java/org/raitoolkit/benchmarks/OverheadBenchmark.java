package org.raitoolkit.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.infra.ThreadParams;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.ReferenceBaseline;

/**
 * The cost of the rules engine over plain Java: the Drools engine and the reference scorer on
 * the same 1,000 generated inputs, cycled in the same order, in the same run. The ratio of the
 * two medians is the overhead (target at most 20x). The setup first checks that both agree on
 * every input's overall level and decision, so that the two really do the same work.
 *
 * <p>Warm-up is 20 s: on two cores the JIT needs about 15 s (some 15,000 assessments) before an
 * assessment settles at its steady cost; shorter warm-ups report two to three times the time.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OverheadBenchmark {

    static final int POOL = 1_000;

    /** The engine, the reference and the inputs, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        ToolkitEngine engine;
        ReferenceBaseline reference;
        List<RiskAnswers> inputs;

        @Setup
        public void setUp() {
            engine = ToolkitEngine.withDefaults();
            reference = ReferenceBaseline.forPack(engine.content());
            inputs = InputPool.risk(engine.content(), InputPool.SEED, POOL);
            for (RiskAnswers a : inputs) {
                RiskResult r = engine.assessRisk(a);
                ReferenceBaseline.Outcome expected = reference.outcome(a);
                if (r.overallLevel() != expected.overallLevel() || r.decision() != expected.decision()) {
                    throw new IllegalStateException("engine and reference disagree on " + a.system().name()
                            + ": " + r.overallLevel() + "/" + r.decision() + " vs " + expected);
                }
            }
        }
    }

    /** Each thread's place in the pool; threads start spread over it. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * POOL / thread.getThreadCount();
        }

        RiskAnswers next(List<RiskAnswers> inputs) {
            RiskAnswers a = inputs.get(next);
            next = next + 1 == inputs.size() ? 0 : next + 1;
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
