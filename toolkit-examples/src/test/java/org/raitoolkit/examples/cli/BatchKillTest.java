package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.testkit.SampleInputs;

/**
 * Fault injection: a batch killed again and again, as the operating system kills it (no shutdown
 * hook, no finally block), each time resumed, must end with the very reports and summary of a
 * run that was never interrupted. The batch runs in a JVM of its own, started with this test's
 * class path, so that each kill is real. The kill points are random but seeded; the seed is
 * printed, and {@code -Dbatch.kill.seed=N} replays a run.
 */
class BatchKillTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Enough systems that most kills land mid-run. */
    private static final int SYSTEMS = 200;

    private static final int KILLS = 20;

    /** How long one run may take to start and make the progress a kill waits for. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    private static final Pattern GENERATED_AT = Pattern.compile("\"generatedAt\" *: *\"[^\"]*\"");

    @TempDir
    Path dir;

    @Test
    void should_end_with_the_reports_and_summary_of_a_clean_run_when_a_batch_is_killed_and_resumed_many_times()
            throws Exception {
        long seed = Long.getLong("batch.kill.seed", System.nanoTime());
        System.out.println("BatchKillTest seed: " + seed + " (replay with -Dbatch.kill.seed=" + seed + ")");
        Random random = new Random(seed);

        // GIVEN a few hundred generated systems
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 20261128L, SYSTEMS);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve(String.format("system-%04d.yaml", i)), AnswerFiles.toYaml(systems.get(i)));
        }
        Path out = dir.resolve("killed");

        // WHEN a batch in another JVM is killed at random points, resuming after each kill
        int killedMidRun = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int before = count(out.resolve("sources"));
            // Kill after 0 to 12 more systems are recorded, and a random fraction of a system later:
            // on start-up, mid-write of a report, between a report and its record.
            int more = random.nextInt(13);
            long extraMicros = random.nextInt(40_000);
            Process batch = new ProcessBuilder(javaCommand("batch", in.toString(), "--out-dir", out.toString(),
                    "--resume", "--threads", "2"))
                    .redirectOutput(dir.resolve("batch.out").toFile())
                    .redirectError(dir.resolve("batch.err").toFile())
                    .start();
            try {
                boolean ended = awaitRecords(batch, out.resolve("sources"), before + more);
                if (!ended) {
                    TimeUnit.MICROSECONDS.sleep(extraMicros);
                }
            } finally {
                batch.destroyForcibly();
                batch.waitFor(30, TimeUnit.SECONDS);
            }
            if (count(out.resolve("sources")) < SYSTEMS) {
                killedMidRun++;
            }
            System.out.println("BatchKillTest kill " + (kill + 1) + ": after " + more + " more systems + " + extraMicros
                    + " us; " + count(out.resolve("sources")) + " systems recorded");
        }
        // ... and a file is added that takes, by sorted order, the report name of another
        Files.write(in.resolve("SYSTEM-0000.yaml"), example("reoffending-risk-score.yaml"));
        CliRun resumed = CliRun.of("batch", in.toString(), "--out-dir", out.toString(), "--resume", "--threads", "2");

        // THEN the last resume succeeds, and its reports and summary are those of a clean run
        assertThat(killedMidRun).as("kills that left the batch unfinished").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        Path clean = dir.resolve("clean");
        CliRun cleanRun = CliRun.of("batch", in.toString(), "--out-dir", clean.toString(), "--threads", "2");
        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();

        assertThat(names(out.resolve("systems"))).isEqualTo(names(clean.resolve("systems")));
        for (String name : names(clean.resolve("systems"))) {
            assertThat(withoutTime(out.resolve("systems").resolve(name))).as(name)
                    .isEqualTo(withoutTime(clean.resolve("systems").resolve(name)));
        }
        assertThat(withoutCounts(out.resolve("summary.json"))).isEqualTo(withoutCounts(clean.resolve("summary.json")));
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).path("systems").asInt()).isEqualTo(SYSTEMS + 1);
        assertThat(temporaryFiles(out)).as("temporary files left").isEmpty();
        JsonNode added = rows(out).stream().filter(r -> r.path("file").asText().equals("SYSTEM-0000.yaml")).findFirst().orElseThrow();
        assertThat(added.path("decision").asText()).isEqualTo("DO_NOT_PROCEED");
    }

    private static byte[] example(String name) {
        return BundledExamples.list("risk").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().bytes();
    }

    /**
     * Waits until {@code folder} holds {@code count} records or the batch ends; true if it ended.
     * Fails if the time runs out first.
     */
    private boolean awaitRecords(Process batch, Path folder, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!batch.isAlive()) {
                assertThat(batch.exitValue()).as(Files.readString(dir.resolve("batch.err"))).isZero();
                return true;
            }
            if (count(folder) >= count) {
                return false;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no " + count + " records after " + RUN_TIMEOUT + ":\n" + Files.readString(dir.resolve("batch.err")));
    }

    private static int count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return (int) s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> temporaryFiles(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static JsonNode withoutTime(Path report) throws IOException {
        return JSON.readTree(GENERATED_AT.matcher(Files.readString(report)).replaceAll("\"generatedAt\":\"\""));
    }

    /** The summary without what differs between a resumed and a clean run: how many were already done, and each row's status. */
    private static JsonNode withoutCounts(Path summary) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(summary.toFile());
        node.remove("assessed");
        node.remove("alreadyDone");
        node.path("rows").forEach(r -> ((ObjectNode) r).remove("status"));
        return node;
    }

    private static List<JsonNode> rows(Path out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(out.resolve("summary.json").toFile()).path("rows").forEach(rows::add);
        return rows;
    }

    /** {@code java -cp <this test's class path> ToolkitCli args}. */
    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire may start tests with a manifest-only jar on java.class.path; it names the real path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", classPath, ToolkitCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

}
