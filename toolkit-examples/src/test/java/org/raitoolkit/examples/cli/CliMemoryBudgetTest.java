package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.content.HostileCorpus;

/**
 * {@code toolkit risk FILE} on each file of the hostile corpus, in a JVM of its own with a heap of
 * 128 MB: each is invalid input (exit code 2) with a short message, never a crash, a hang or an
 * OutOfMemoryError.
 */
class CliMemoryBudgetTest {

    @TempDir
    Path dir;

    @Test
    void should_exit_with_invalid_input_on_every_hostile_file_when_the_heap_is_128_mb() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<String> table = new ArrayList<>();
        Map<String, byte[]> cases = new java.util.LinkedHashMap<>(HostileCorpus.cases());
        // Near the 2 MiB limit of the command line: the file it died on with -Xmx128m.
        cases.put("two-megabyte-list.yaml", ("[" + "1,".repeat(1_040_000) + "1]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            // GIVEN
            Path file = Files.write(dir.resolve(c.getKey()), c.getValue());
            Path out = dir.resolve(c.getKey() + ".out");
            Path err = dir.resolve(c.getKey() + ".err");
            // WHEN
            long start = System.nanoTime();
            Process cli = new ProcessBuilder(javaCommand("risk", file.toString()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean ended = cli.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                cli.destroyForcibly().waitFor();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            // THEN
            String stderr = Files.readString(err);
            table.add(String.format("%-24s exit %s in %5d ms; %s", c.getKey(), ended ? cli.exitValue() : "none (killed)", millis,
                    stderr.lines().skip(1).findFirst().orElse(stderr.strip())));
            softly.assertThat(ended).as("%s ended", c.getKey()).isTrue();
            if (ended) {
                softly.assertThat(cli.exitValue()).as("exit code on %s; stderr: %s", c.getKey(), stderr).isEqualTo(ToolkitCli.INVALID_INPUT);
            }
            softly.assertThat(stderr).as("stderr on %s", c.getKey())
                    .doesNotContain("OutOfMemoryError", "out of memory", "\tat ", "Exception")
                    .hasSizeLessThan(20_000);
        }
        System.out.println("toolkit risk FILE with -Xmx128m:\n  " + String.join("\n  ", table));
        softly.assertAll();
    }

    @Test
    void should_say_in_one_line_that_memory_ran_out_when_the_heap_is_too_small_to_build_the_engine() throws Exception {
        // GIVEN a valid risk file, and a heap too small to compile the rules
        Path file = Files.write(dir.resolve("valid.yaml"),
                org.raitoolkit.content.BundledExamples.list("risk").get(0).bytes());
        Path err = dir.resolve("oom.err");
        // WHEN
        List<String> command = javaCommand("risk", file.toString());
        command.set(command.indexOf("-Xmx128m"), System.getProperty("oom.heap", "-Xmx8m"));
        Process cli = new ProcessBuilder(command).redirectOutput(dir.resolve("oom.out").toFile()).redirectError(err.toFile()).start();
        boolean ended = cli.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            cli.destroyForcibly().waitFor();
        }
        // THEN it ends with an internal error and one line that says why
        String stderr = Files.readString(err);
        System.out.println("toolkit risk FILE with a small heap: exit " + (ended ? cli.exitValue() : "none") + "; " + stderr.strip());
        assertThat(ended).isTrue();
        assertThat(cli.exitValue()).as(stderr).isEqualTo(ToolkitCli.INTERNAL_ERROR);
        assertThat(stderr.strip()).startsWith("toolkit: out of memory").doesNotContain("\tat ", "\n");
    }

    /** {@code java -Xmx128m -cp <this test's class path> ToolkitCli args}, as the launcher runs it. */
    private static List<String> javaCommand(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire may start tests with a manifest-only jar on java.class.path; it names the real path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", classPath, ToolkitCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
