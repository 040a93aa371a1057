package org.raitoolkit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Engine start in a fresh JVM, timed once per fork: a new engine, then the first assessment of
 * the largest example's answer file (JVM start itself is left out; measure.sh startup times the
 * whole process). With the default rules, and with the example national-law rule set compiled
 * at run time on top: the difference is what an extension adds. Run from the repository root,
 * or pass {@code -p nationalLaw=PATH}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class EngineStartBenchmark {

    @Param("toolkit-testkit/src/test/resources/national-law")
    public String nationalLaw;

    private byte[] largest;
    private Path folder;

    @Setup
    public void setUp() {
        folder = Path.of(nationalLaw);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no rule set at " + folder.toAbsolutePath()
                    + "; run from the repository root or pass -p nationalLaw=PATH");
        }
        // Only the file's bytes: reading them does not touch the content pack or the reader.
        largest = WarmRiskBenchmark.largestExampleBytes();
    }

    @Benchmark
    public RiskResult defaultRules() {
        return assess(ToolkitEngine.withDefaults());
    }

    @Benchmark
    public RiskResult withNationalLaw() {
        return assess(ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("NATIONAL-LAW", folder)).build());
    }

    private RiskResult assess(ToolkitEngine engine) {
        return engine.assessRisk(AnswerFiles.forPack(engine.content())
                .withFactSections(org.raitoolkit.rules.RuleSetProviders.factSections(engine, EngineStartBenchmark.class.getClassLoader()))
                .parseRisk(WarmRiskBenchmark.LARGEST, largest));
    }
}
