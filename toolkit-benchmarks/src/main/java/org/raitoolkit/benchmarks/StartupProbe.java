package org.raitoolkit.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * New JVM to first risk result, for timing as a whole process (hyperfine, see
 * docs/performance.md): builds an engine, reads the largest bundled risk example and assesses it,
 * then prints the decision and exits.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.StartupProbe [--rules DIR | --jvm-only]
 * </pre>
 *
 * {@code --rules DIR} adds the rule set in DIR (compiled at run time) to the default rules;
 * {@code --jvm-only} returns at once, to time the bare JVM as the baseline.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--jvm-only")) {
            return;
        }
        ToolkitEngine.Builder builder = ToolkitEngine.builder();
        if (args.length == 2 && args[0].equals("--rules")) {
            builder.ruleSet(RuleSet.fromFolder("EXTENSION", Path.of(args[1])));
        } else if (args.length != 0) {
            System.err.println("usage: StartupProbe [--rules DIR | --jvm-only]");
            System.exit(2);
        }
        ToolkitEngine engine = builder.build();
        String name = Examples.RISK_FOLDER + "/" + Examples.LARGEST_RISK;
        RiskResult result = engine.assessRisk(AnswerFiles.forPack(engine.content()).parseRisk(name, Examples.bytes(name)));
        Duration sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now())).orElse(Duration.ZERO);
        System.out.println(Examples.LARGEST_RISK + ": " + result.decision() + " (" + result.factors().size()
                + " factors, rule sets " + engine.ruleSets() + ") " + sinceStart.toMillis() + " ms after the JVM started");
    }
}
