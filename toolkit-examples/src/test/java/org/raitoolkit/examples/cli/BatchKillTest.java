package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.testkit.SampleInputs;

/**
 * A batch killed mid-run, as the operating system kills it: no shutdown hook, no finally block.
 * The batch runs in a JVM of its own, started with this test's class path, so that the kill is
 * real; the resumed run then has to make whole what the kill left.
 */
class BatchKillTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Enough systems that the kill lands mid-run even on a fast machine. */
    private static final int SYSTEMS = 300;

    /** How many reports to wait for before the kill. */
    private static final int KILL_AFTER = 5;

    /** How long a slow machine may take to start the JVM, build the engine and write those reports. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void should_leave_only_whole_reports_and_resume_to_one_report_per_system_when_a_batch_is_killed() throws Exception {
        // GIVEN a few hundred generated systems
        Path in = Files.createDirectories(dir.resolve("systems"));
        List<RiskAnswers> systems = SampleInputs.risk(ContentPacks.defaults(), 20261128L, SYSTEMS);
        for (int i = 0; i < systems.size(); i++) {
            Files.writeString(in.resolve(String.format("system-%04d.yaml", i)), AnswerFiles.toYaml(systems.get(i)));
        }
        Path out = dir.resolve("batch");
        Path reports = out.resolve("systems");

        // WHEN a batch in another JVM is killed once some, but not all, reports exist
        Process batch = new ProcessBuilder(javaCommand("batch", in.toString(), "--out-dir", out.toString(), "--threads", "1"))
                .redirectOutput(dir.resolve("batch.out").toFile())
                .redirectError(dir.resolve("batch.err").toFile())
                .start();
        int atKill;
        try {
            atKill = awaitReports(batch, reports, KILL_AFTER);
        } finally {
            batch.destroyForcibly();
            batch.waitFor(30, TimeUnit.SECONDS);
        }

        // THEN the kill came mid-run, and every file that looks like a report is a whole one
        List<Path> left = reports(reports);
        assertThat(left.size()).as("reports when killed").isBetween(atKill, SYSTEMS - 1);
        assertThat(out.resolve("summary.json")).as("a summary is written only at the end").doesNotExist();
        for (Path report : left) {
            assertThat(parse(report).path("kind").asText()).as(report.toString()).isEqualTo("risk");
        }

        // WHEN the batch resumes
        Run resumed = run("batch", in.toString(), "--out-dir", out.toString(), "--resume", "--threads", "1");

        // THEN finished systems are skipped, the rest (the interrupted one among them) assessed,
        // and every system has exactly one whole report
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        Matcher counts = Pattern.compile("(\\d+) systems: (\\d+) assessed, (\\d+) already done, (\\d+) invalid").matcher(resumed.out());
        assertThat(counts.find()).as(resumed.out()).isTrue();
        int total = Integer.parseInt(counts.group(1));
        int assessed = Integer.parseInt(counts.group(2));
        int alreadyDone = Integer.parseInt(counts.group(3));
        assertThat(total).isEqualTo(SYSTEMS);
        // A report whose record in sources/ the kill stopped is assessed again (one thread: at most one).
        assertThat(alreadyDone).isBetween(left.size() - 1, left.size());
        assertThat(assessed + alreadyDone).isEqualTo(SYSTEMS);
        assertThat(Integer.parseInt(counts.group(4))).isZero();

        List<Path> all = reports(reports);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < SYSTEMS; i++) {
            expected.add(String.format("system-%04d.json", i));
        }
        assertThat(all.stream().map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 0; i < SYSTEMS; i++) {
            JsonNode report = parse(reports.resolve(expected.get(i)));
            assertThat(report.path("input").path("system").path("name").asText()).as(expected.get(i))
                    .isEqualTo(systems.get(i).system().name());
        }
        JsonNode summary = parse(out.resolve("summary.json"));
        assertThat(summary.path("systems").asInt()).isEqualTo(SYSTEMS);
        assertThat(summary.path("assessed").asInt()).isEqualTo(assessed);
        assertThat(summary.path("alreadyDone").asInt()).isEqualTo(alreadyDone);
    }

    /**
     * Waits until {@code folder} holds at least {@code count} reports and returns how many it holds.
     * Fails if the batch ends or the time runs out first.
     */
    private int awaitReports(Process batch, Path folder, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            int n = Files.isDirectory(folder) ? reports(folder).size() : 0;
            if (n >= count) {
                return n;
            }
            if (!batch.isAlive()) {
                fail("the batch ended (exit " + batch.exitValue() + ") before it was killed, with " + n + " reports:\n"
                        + Files.readString(dir.resolve("batch.err")));
            }
            Thread.sleep(5);
        }
        return fail("no " + count + " reports after " + START_TIMEOUT + ":\n" + Files.readString(dir.resolve("batch.err")));
    }

    /** The files a person or a resumed batch would take for reports. */
    private static List<Path> reports(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** {@code java -cp <this test's class path> ToolkitCli args}. */
    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire may start tests with a manifest-only jar on java.class.path; it names the real path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, ToolkitCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** What one in-process run printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = ToolkitCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }
}
