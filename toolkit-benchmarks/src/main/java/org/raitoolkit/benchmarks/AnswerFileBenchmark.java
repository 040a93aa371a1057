package org.raitoolkit.benchmarks;

import java.nio.charset.StandardCharsets;
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
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.testkit.SampleInputs;

/**
 * Warm cost of reading one risk answer file ({@code AnswerFiles.parseRisk}: YAML to a located
 * tree, shape check, binding, bean validation, checks against the pack), as a distribution
 * (SampleTime: read p0.50): the batch's generated files (the same generator and seed as
 * {@code BatchInputs}, cycled in order), and the largest bundled example.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnswerFileBenchmark {

    /** Enough distinct files that one file's shape does not decide the figure. */
    private static final int FILES = 500;

    private AnswerFiles reader;
    private byte[][] generated;
    private byte[] largest;
    private int next;

    @Setup
    public void setUp() {
        ContentPack pack = ContentPacks.defaults();
        reader = AnswerFiles.forPack(pack);
        List<RiskAnswers> answers = SampleInputs.risk(pack, 20_240_201L, FILES);
        generated = answers.stream().map(a -> AnswerFiles.toYaml(a).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        largest = Examples.bytes(Examples.RISK_FOLDER + "/" + Examples.LARGEST_RISK);
    }

    /** A generated file, as the batch reads them: the figure behind the batch's 0.39 ms per system. */
    @Benchmark
    public RiskAnswers parseRiskGenerated() {
        int i = next;
        next = (i + 1) % FILES;
        return reader.parseRisk("system.yaml", generated[i]);
    }

    /** The largest bundled example (17 rated factors, comments and long rationales). */
    @Benchmark
    public RiskAnswers parseRiskLargestExample() {
        return reader.parseRisk(Examples.LARGEST_RISK, largest);
    }
}
