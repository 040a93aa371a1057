package org.raitoolkit.benchmarks;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * Where the time of {@code toolkit batch} goes, per system, on one thread: each step of the
 * batch's work timed on its own over the same answer files, after a warm-up, as the median of
 * five rounds. Steps that
 * the batch does inside one library call are also timed apart (YAML parsing alone, bean
 * validation alone, the checks against the pack alone), so the sum is larger than one pass.
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
        Reports reports = Reports.of(engine);
        YAMLMapper yaml = new YAMLMapper();

        byte[][] bytes = new byte[n][];
        RiskAnswers[] answers = new RiskAnswers[n];
        RiskReport[] report = new RiskReport[n];
        String[] json = new String[n];

        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("read the file's bytes", i -> bytes[i] = Files.readAllBytes(files.get(i)));
        steps.put("AnswerFiles.parseRisk (YAML, binding, validation, pack checks)",
                i -> answers[i] = reader.parseRisk(files.get(i).getFileName().toString(), bytes[i]));
        steps.put("  of which: YAML to a tree alone (Jackson)", i -> yaml.readTree(bytes[i]));
        steps.put("  of which: bean validation alone (Constraints.check)", i -> Constraints.check(answers[i]));
        steps.put("  of which: checks against the pack alone (AnswerChecks.risk)", i -> AnswerChecks.risk(engine.content(), answers[i]));
        steps.put("Reports.risk = engine.assessRisk + metadata", i -> report[i] = reports.risk(answers[i]));
        steps.put("  of which: engine.assessRisk alone (checks the input again)", i -> engine.assessRisk(answers[i]));
        steps.put("render the JSON report (Reports.render)", i -> json[i] = reports.render(report[i], ReportFormat.JSON, null));
        steps.put("  not done any more: Reports.toJson a second time, for the portfolio row", i -> Reports.toJson(report[i]));
        steps.put("write the JSON atomically (temp file + rename)", i -> {
            Path target = out.resolve("system-" + i + ".json");
            Path temp = out.resolve(".system-" + i + ".json.tmp");
            Files.writeString(temp, json[i], StandardCharsets.UTF_8);
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
        // moment when other work had the CPU does not decide a step's figure.
        int rounds = 5;
        Map<String, double[]> perRound = new LinkedHashMap<>();
        steps.keySet().forEach(k -> perRound.put(k, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Step> e : steps.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    e.getValue().run(i);
                }
                perRound.get(e.getKey())[round] = (System.nanoTime() - start) / 1e3 / n;
            }
        }
        Map<String, Double> micros = new LinkedHashMap<>();
        perRound.forEach((k, v) -> {
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            micros.put(k, sorted[rounds / 2]);
        });
        System.out.printf("%d files, one thread, after warm-up; microseconds per system, median of %d rounds%n%n", n, rounds);
        System.out.println("| Step | us per system | share of the batch's steps |");
        System.out.println("|---|---|---|");
        double total = micros.entrySet().stream().filter(e -> !e.getKey().startsWith(" "))
                .mapToDouble(Map.Entry::getValue).sum();
        micros.forEach((step, us) -> System.out.printf("| %s | %.0f | %s |%n", step, us,
                step.startsWith(" ") ? "" : String.format("%.0f%%", 100 * us / total)));
        System.out.printf("| total of the batch's steps | %.0f | 100%% |%n", total);
        deleteAll(out);
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
