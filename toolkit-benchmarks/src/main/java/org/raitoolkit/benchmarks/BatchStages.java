package org.raitoolkit.benchmarks;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.raitoolkit.content.AnswerChecks;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.Constraints;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.JsonLayout;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.internal.AtomicFiles;
import org.raitoolkit.reports.internal.JsonReports;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Where the time of {@code toolkit batch} goes, per system, on one thread: each step of the
 * batch's work timed on its own over the same answer files, after a warm-up, as the median of
 * five rounds, in wall time and in the thread's CPU time. Steps that the batch does inside one
 * library call are also timed apart (YAML parsing alone, bean validation alone, the checks
 * against the pack alone), and some alternatives for comparison; these lines are indented and
 * left out of the total.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.BatchStages DIR [FILES=2000]
 * </pre>
 */
public final class BatchStages {

    private BatchStages() {
    }

    private interface Step {
        Object run(int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BatchStages DIR [FILES=2000]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(count).toList();
        }
        int n = files.size();
        Path out = Files.createTempDirectory("batch-stages");

        ToolkitEngine engine = ToolkitEngine.withDefaults();
        AnswerFiles reader = AnswerFiles.forPack(engine.content());
        Reports reports = Reports.of(engine.content(), engine.provenance());
        YAMLMapper yaml = new YAMLMapper();

        byte[][] bytes = new byte[n][];
        RiskAnswers[] answers = new RiskAnswers[n];
        RiskReport[] report = new RiskReport[n];
        byte[][] json = new byte[n][];

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("read the file's bytes", i -> bytes[i] = Files.readAllBytes(files.get(i)));
        steps.put("AnswerFiles.parseRisk (YAML, binding, validation, pack checks)",
                i -> answers[i] = reader.parseRisk(files.get(i).getFileName().toString(), bytes[i]));
        steps.put("  of which: YAML to a tree alone (Jackson)", i -> yaml.readTree(bytes[i]));
        steps.put("  of which: bean validation alone (Constraints.check)", i -> Constraints.check(answers[i]));
        steps.put("  of which: checks against the pack alone (AnswerChecks.risk)", i -> AnswerChecks.risk(engine.content(), answers[i]));
        steps.put("Reports.risk = engine.assessRisk (checks the answers again) + metadata",
                i -> report[i] = reports.risk(answers[i], engine.assessRisk(answers[i])));
        steps.put("  for comparison: engine.assessRisk alone", i -> engine.assessRisk(answers[i]));
        steps.put("render the JSON report, compact as batch writes it (JsonReports.utf8)",
                i -> json[i] = JsonReports.utf8(report[i], JsonLayout.COMPACT));
        steps.put("  for comparison: indented, the default layout", i -> JsonReports.utf8(report[i], JsonLayout.INDENTED));
        steps.put("  for comparison: as a String (Reports.render)", i -> reports.render(report[i], ReportFormat.JSON, null));
        steps.put("write the JSON atomically (AtomicFiles: temp file, one write, rename)",
                i -> {
                    AtomicFiles.writeBytes(out.resolve("system-" + i + ".json"), () -> json[i]);
                    return null;
                });
        steps.put("  for comparison: the same bytes with Files.write (a write call per 8 KB) and a rename", i -> {
            Path target = out.resolve("system-" + i + ".json");
            Path temp = out.resolve(".system-" + i + ".json.tmp");
            Files.write(temp, json[i]);
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        });

        // Warm-up: every step over every file until at least 16,000 of each have run, so that the
        // timed pass runs compiled code (the engine alone needs about 15,000 on two cores).
        for (int pass = 0; pass < Math.max(2, (16_000 + n - 1) / n); pass++) {
            for (Step step : steps.values()) {
                for (int i = 0; i < n; i++) {
                    step.run(i);
                }
            }
        }
        // Five timed rounds, the steps interleaved in each; the median round per step, so that a
        // moment when other work had the CPU does not decide a step's figure. Wall time and this
        // thread's CPU time (user and system): on a shared machine the wall time also counts the
        // time other processes had the core, the CPU time does not. Neither counts the work of
        // the garbage collector's threads.
        int rounds = 5;
        Map<String, double[]> wallPerRound = new LinkedHashMap<>();
        Map<String, double[]> cpuPerRound = new LinkedHashMap<>();
        steps.keySet().forEach(k -> {
            wallPerRound.put(k, new double[rounds]);
            cpuPerRound.put(k, new double[rounds]);
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Step> e : steps.entrySet()) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    e.getValue().run(i);
                }
                cpuPerRound.get(e.getKey())[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / n;
                wallPerRound.get(e.getKey())[round] = (System.nanoTime() - start) / 1e3 / n;
            }
        }
        Map<String, Double> wall = medians(wallPerRound);
        Map<String, Double> cpu = medians(cpuPerRound);
        System.out.printf("%d files, one thread, after warm-up; microseconds per system, median of %d rounds%n%n", n, rounds);
        System.out.println("| Step | us per system (wall) | us per system (CPU) | share of the batch's steps (CPU) |");
        System.out.println("|---|---|---|---|");
        double totalWall = topLevelSum(wall);
        double totalCpu = topLevelSum(cpu);
        wall.forEach((step, us) -> System.out.printf("| %s | %.0f | %.0f | %s |%n", step, us, cpu.get(step),
                step.startsWith(" ") ? "" : String.format("%.0f%%", 100 * cpu.get(step) / totalCpu)));
        System.out.printf("| total of the batch's steps | %.0f | %.0f | 100%% |%n", totalWall, totalCpu);
        deleteAll(out);
    }

    private static Map<String, Double> medians(Map<String, double[]> perRound) {
        Map<String, Double> medians = new LinkedHashMap<>();
        perRound.forEach((k, v) -> {
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            medians.put(k, sorted[sorted.length / 2]);
        });
        return medians;
    }

    /** The sum of the steps the batch runs, leaving out the indented ones (parts and comparisons). */
    private static double topLevelSum(Map<String, Double> micros) {
        return micros.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).mapToDouble(Map.Entry::getValue).sum();
    }

    private static void deleteAll(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
