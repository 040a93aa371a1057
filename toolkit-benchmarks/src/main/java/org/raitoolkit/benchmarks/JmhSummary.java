package org.raitoolkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) and prints, as a Markdown table, each
 * figure of docs/performance.md as a median next to its target, with the ratios to the baselines
 * measured in the same run.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.JmhSummary FILE
 * </pre>
 *
 * <p>The median is JMH's p0.50: over every sample for SampleTime, over the forks' single shots
 * for SingleShotTime, over the measurement iterations for Throughput.
 */
public final class JmhSummary {

    private JmhSummary() {
    }

    /** One benchmark's median and the spread JMH reports. */
    private record Figure(double median, double score, double error, String unit, String mode) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary JMH-RESULT.json");
            System.exit(2);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            String name = run.path("benchmark").asText().replaceFirst("^org\\.raitoolkit\\.benchmarks\\.", "");
            JsonNode m = run.path("primaryMetric");
            figures.put(name, new Figure(m.path("scorePercentiles").path("50.0").asDouble(Double.NaN),
                    m.path("score").asDouble(), m.path("scoreError").asDouble(Double.NaN), m.path("scoreUnit").asText(),
                    run.path("mode").asText()));
        }

        System.out.println("| Figure | Median | Mean ± 99.9% error | Target | Met | Baseline (same run) |");
        System.out.println("|---|---|---|---|---|---|");
        Figure start = figures.get("EngineStartBenchmark.defaultRules");
        Figure startExt = figures.get("EngineStartBenchmark.withNationalLaw");
        if (start != null) {
            row("Engine start in a fresh JVM, default rules (JVM start excluded)", start, "<= 1500 ms (with JVM start)",
                    start.median() <= 1500, "-");
        }
        if (startExt != null) {
            row("Engine start in a fresh JVM, default + national-law rules", startExt, "report", null,
                    start == null ? "-" : String.format("+%.0f ms over default rules (x%.2f)",
                            startExt.median() - start.median(), startExt.median() / start.median()));
        }
        Figure risk = figures.get("WarmAssessmentBenchmark.riskLargestExample");
        Figure riskRef = figures.get("WarmAssessmentBenchmark.riskLargestExampleReference");
        if (risk != null) {
            row("Warm risk assessment, largest example", risk, "<= 300 us", risk.median() <= 300,
                    riskRef == null ? "-" : String.format("reference scorer %.2f us: x%.0f", riskRef.median(), risk.median() / riskRef.median()));
        }
        Figure readiness = figures.get("WarmAssessmentBenchmark.readinessExample");
        if (readiness != null) {
            row("Warm readiness assessment, example agency", readiness, "<= 200 us", readiness.median() <= 200, "-");
        }
        Figure engine = figures.get("OverheadBenchmark.engine");
        Figure reference = figures.get("OverheadBenchmark.reference");
        if (engine != null && reference != null) {
            double ratio = engine.median() / reference.median();
            row("Risk assessment, 1,000 generated inputs (engine)", engine, "-", null,
                    String.format("reference scorer %.2f us", reference.median()));
            System.out.printf("| Overhead ratio, engine / reference scorer (medians) | x%.1f | | <= x20 | %s | reference median %.2f us |%n",
                    ratio, ratio <= 20 ? "yes" : "**no**", reference.median());
        }
        Figure tput = figures.get("ThroughputBenchmark.engine");
        Figure tputRef = figures.get("ThroughputBenchmark.reference");
        if (tput != null) {
            row("Throughput, 2 threads, generated inputs", tput, ">= 5000 ops/s", tput.median() >= 5000,
                    tputRef == null ? "-" : String.format("reference scorer %.0f ops/s: engine at 1/%.0f of it",
                            tputRef.median(), tputRef.median() / tput.median()));
        }
        System.out.println();
        System.out.println("All benchmarks (median = p0.50):");
        System.out.println();
        System.out.println("| Benchmark | Mode | Median | Mean ± 99.9% error |");
        System.out.println("|---|---|---|---|");
        figures.forEach((name, f) -> System.out.printf("| %s | %s | %s | %s |%n", name, f.mode(), value(f.median(), f.unit()),
                spread(f)));
    }

    private static void row(String what, Figure f, String target, Boolean met, String baseline) {
        System.out.printf("| %s | %s | %s | %s | %s | %s |%n", what, value(f.median(), f.unit()), spread(f), target,
                met == null ? "-" : met ? "yes" : "**no**", baseline);
    }

    private static String value(double v, String unit) {
        return (v >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v)) + " " + unit;
    }

    private static String spread(Figure f) {
        return (f.score() >= 100 ? String.format("%,.0f ± %,.0f", f.score(), f.error())
                : String.format("%.2f ± %.2f", f.score(), f.error()));
    }
}
