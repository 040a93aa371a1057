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
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSetProviders;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.ReferenceBaseline;

/**
 * Warm latency of one risk assessment of the largest bundled example on one thread, as a
 * distribution (read the median, p0.50), and of the plain-Java reference scorer on the same
 * answers in the same run: the ratio of the two medians is the engine's cost over plain Java.
 *
 * <p>Warm-up is 20 s: on two cores the JIT needs some 15 s before an assessment settles.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WarmRiskBenchmark {

    /** The bundled risk example with the most rated factors; checked on every run. */
    static final String LARGEST = "reoffending-risk-score.yaml";

    private ToolkitEngine engine;
    private ReferenceBaseline reference;
    private RiskAnswers answers;

    @Setup
    public void setUp() {
        engine = ToolkitEngine.withDefaults();
        reference = ReferenceBaseline.forPack(engine.content());
        AnswerFiles reader = AnswerFiles.forPack(engine.content())
                .withFactSections(RuleSetProviders.factSections(engine, WarmRiskBenchmark.class.getClassLoader()));
        answers = reader.parseRisk(LARGEST, largestExampleBytes());
        for (BundledExamples.Example e : BundledExamples.list("risk")) {
            if (reader.parseRisk(e.name(), e.bytes()).ratings().size() > answers.ratings().size()) {
                throw new IllegalStateException(e.name() + " now has more rated factors than " + LARGEST
                        + "; update WarmRiskBenchmark.LARGEST and measure.sh");
            }
        }
    }

    /** The candidate: the rules engine. */
    @Benchmark
    public RiskResult engine() {
        return engine.assessRisk(answers);
    }

    /** The baseline: the plain-Java reference scorer on the same answers. */
    @Benchmark
    public Object reference() {
        return reference.score(answers);
    }

    static byte[] largestExampleBytes() {
        return BundledExamples.list("risk").stream()
                .filter(e -> e.name().equals(LARGEST))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(LARGEST + " is not among the bundled risk examples"))
                .bytes();
    }
}
