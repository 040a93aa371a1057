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
 * Cold start inside a fresh JVM: each fork loads the content pack, builds one engine, reads the
 * largest example's answer file and assesses it once, timed as a single shot, so nothing is warm
 * (JVM start itself is outside; StartupProbe times the whole process). With and without the
 * example national-law extension rule set (a DRL and a CSV decision table, compiled at run
 * time): the difference is what an extension adds.
 *
 * <p>Only the file's bytes are fetched in the setup, outside the timing. Run from the
 * repository root, or pass {@code -p nationalLaw=PATH}.
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

    private String name;
    private byte[] bytes;
    private Path folder;

    @Setup
    public void setUp() {
        folder = Path.of(nationalLaw);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no national-law rule set at " + folder.toAbsolutePath()
                    + "; run from the repository root or pass -p nationalLaw=PATH");
        }
        // Which example is largest is known before the fork's timing starts; finding it here
        // would warm the very reader and content pack that the timing must include.
        name = Examples.RISK_FOLDER + "/" + Examples.LARGEST_RISK;
        bytes = Examples.bytes(name);
    }

    /** Default rules (precompiled when the library was built): build, then first assessment. */
    @Benchmark
    public RiskResult defaultRules() {
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        return engine.assessRisk(AnswerFiles.forPack(engine.content()).parseRisk(name, bytes));
    }

    /** Default rules plus the national-law rule set compiled now: build, then first assessment. */
    @Benchmark
    public RiskResult withNationalLaw() {
        ToolkitEngine engine = ToolkitEngine.builder().ruleSet(RuleSet.fromFolder("NATIONAL-LAW", folder)).build();
        return engine.assessRisk(AnswerFiles.forPack(engine.content()).parseRisk(name, bytes));
    }
}
