package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * Every file of the hostile corpus, read as each kind of answer file and as a file of a content
 * pack, is rejected with a clear problem within a budget of CPU time and allocation on the
 * reading thread: bounded cost, whatever the input. Each read is measured after one unmeasured
 * read of the same file (class loading and the compiler's warm-up are not the input's cost).
 */
class HostileInputBudgetTest {

    /** Thread CPU time allowed for one read, in nanoseconds. */
    private static final long CPU_BUDGET_NANOS = 500_000_000L;
    /** Bytes the reading thread may allocate for one read. */
    private static final long HEAP_BUDGET_BYTES = 64L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    /** What one reading does, given the file (or the pack folder holding it). */
    private interface Reading {
        void read(Path file);
    }

    /** The CPU time and allocation of one read, and the problems it reported. */
    private record Cost(long cpuNanos, long allocatedBytes, List<Problem> problems) {
    }

    @Test
    void should_reject_every_hostile_file_within_the_budget_when_read_as_an_answer_file_or_a_pack_file() throws IOException {
        // GIVEN the corpus, and a reader for each kind of file
        AnswerFiles files = AnswerFiles.forPack(ContentPacks.defaults());
        Map<String, Reading> readings = new java.util.LinkedHashMap<>();
        readings.put("risk", files::readRisk);
        readings.put("readiness", files::readReadiness);
        readings.put("workbook", files::readWorkbook);
        readings.put("pack", ContentPacks::load);
        SoftAssertions softly = new SoftAssertions();
        List<String> table = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : HostileCorpus.cases().entrySet()) {
            Path file = Files.write(dir.resolve(c.getKey()), c.getValue());
            Path pack = packWith(c.getKey(), c.getValue());
            for (Map.Entry<String, Reading> r : readings.entrySet()) {
                Path input = r.getKey().equals("pack") ? pack : file;
                // WHEN read twice, the second time measured
                measure(r.getValue(), input);
                Cost cost = measure(r.getValue(), input);
                // THEN rejected with a clear problem, within the budget
                String what = c.getKey() + " as " + r.getKey();
                table.add(String.format("%-22s %-10s %7.1f ms CPU %8.1f MB allocated %4d problems; first: %s", c.getKey(),
                        r.getKey(), cost.cpuNanos() / 1e6, cost.allocatedBytes() / 1048576.0, cost.problems().size(),
                        cost.problems().get(0)));
                softly.assertThat(cost.cpuNanos()).as("CPU of %s", what).isLessThan(CPU_BUDGET_NANOS);
                softly.assertThat(cost.allocatedBytes()).as("allocation of %s", what).isLessThan(HEAP_BUDGET_BYTES);
                softly.assertThat(cost.problems()).as("problems of %s", what).isNotEmpty().hasSizeLessThanOrEqualTo(101);
                softly.assertThat(cost.problems().get(0).line()).as("line of the first problem of %s", what).isPositive();
                softly.assertThat(cost.problems()).as("problems of %s", what).allSatisfy(p -> {
                    assertThat(p.message()).doesNotContain("java.", "Exception", "com.fasterxml", "org.yaml");
                    assertThat(p.toString()).hasSizeLessThan(1_000);
                });
            }
        }
        System.out.println("Hostile input, measured on the reading thread:\n  " + String.join("\n  ", table));
        softly.assertAll();
    }

    @Test
    void should_list_the_first_100_problems_and_say_that_more_may_follow_when_a_file_has_thousands() {
        // GIVEN a workbook file with 4,000 unknown properties
        AnswerFiles files = AnswerFiles.forPack(ContentPacks.defaults());
        byte[] bytes = HostileCorpus.cases().get("bad-values.yaml");
        // WHEN
        InvalidInputException e = assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> files.parseWorkbook("bad-values.yaml", bytes)).actual();
        // THEN 100 problems with their places, and one line for the rest
        assertThat(e.problems()).hasSize(101);
        assertThat(e.problems().subList(0, 100)).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(e.problems().get(100).message()).contains("first 100 problems", "more problems may follow");
    }

    private Cost measure(Reading reading, Path input) {
        long threadId = Thread.currentThread().getId();
        long allocated = THREADS.getThreadAllocatedBytes(threadId);
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<Problem> problems = List.of();
        try {
            reading.read(input);
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        long bytes = THREADS.getThreadAllocatedBytes(threadId) - allocated;
        assertThat(problems).as("problems of %s", input).isNotEmpty();
        return new Cost(cpuNanos, bytes, problems);
    }

    /** A copy of the default pack whose glossary is {@code content}, in a folder of its own. */
    private Path packWith(String name, byte[] content) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack-" + name));
        PackFolder.copyOfDefault(pack);
        Files.delete(pack.resolve("glossary.yaml"));
        Files.write(pack.resolve("glossary" + name.substring(name.lastIndexOf('.'))), content);
        return pack;
    }
}
