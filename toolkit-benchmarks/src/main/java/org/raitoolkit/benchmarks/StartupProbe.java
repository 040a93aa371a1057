package org.raitoolkit.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * New JVM to first risk result, for timing as a whole process (hyperfine, see
 * docs/performance.md): builds an engine, reads the largest bundled risk example and assesses it,
 * then prints the decision and exits.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.StartupProbe [--phases] [--rules DIR | --jvm-only]
 * </pre>
 *
 * {@code --phases} also prints how long each step took (content pack, engine, answer file, first
 * result), measured inside the process;
 * {@code --rules DIR} adds the rule set in DIR (compiled at run time) to the default rules;
 * {@code --jvm-only} returns at once, to time the bare JVM as the baseline.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean phases = rest.remove("--phases");
        if (rest.equals(List.of("--jvm-only"))) {
            return;
        }
        Path extension = null;
        if (rest.size() == 2 && rest.get(0).equals("--rules")) {
            extension = Path.of(rest.get(1));
        } else if (!rest.isEmpty()) {
            System.err.println("usage: StartupProbe [--phases] [--rules DIR | --jvm-only]");
            System.exit(2);
        }
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        List<String> log = new ArrayList<>();
        long t = System.nanoTime();
        log.add(String.format("%5d ms  main() entered", Duration.between(jvmStart, Instant.now()).toMillis()));

        ContentPack pack = ContentPacks.defaults();
        t = phase(log, "content pack loaded and checked", t);
        ToolkitEngine.Builder builder = ToolkitEngine.builder().content(pack);
        if (extension != null) {
            builder.ruleSet(RuleSet.fromFolder("EXTENSION", extension));
        }
        ToolkitEngine engine = builder.build();
        t = phase(log, "engine built" + (extension == null ? "" : " (extension compiled)"), t);
        String name = Examples.RISK_FOLDER + "/" + Examples.LARGEST_RISK;
        RiskAnswers answers = AnswerFiles.forPack(engine.content()).parseRisk(name, Examples.bytes(name));
        t = phase(log, "answer file read", t);
        RiskResult result = engine.assessRisk(answers);
        phase(log, "first risk result", t);
        Duration sinceStart = Duration.between(jvmStart, Instant.now());
        System.out.println(Examples.LARGEST_RISK + ": " + result.decision() + " (" + result.factors().size()
                + " factors, rule sets " + engine.ruleSets() + ") " + sinceStart.toMillis() + " ms after the JVM started");
        if (phases) {
            log.forEach(System.out::println);
        }
    }

    private static long phase(List<String> log, String what, long since) {
        long now = System.nanoTime();
        log.add(String.format("%5d ms  %s", (now - since) / 1_000_000, what));
        return now;
    }
}
