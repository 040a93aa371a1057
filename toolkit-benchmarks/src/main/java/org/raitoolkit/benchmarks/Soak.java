package org.raitoolkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.rules.invariants.GeneratedInputs;

/**
 * The load test: many threads share one engine and run mixed assessments (risk, readiness and
 * workbook reviews, rated and profile-only) over a pool of distinct generated inputs, and every
 * result must equal the one the same input gave on a single thread before the load started.
 * Heap in use after GC is sampled every few seconds while the load runs, and once more at the
 * end when the workers are idle.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.Soak \
 *     [--threads 8] [--per-thread 100000] [--pool 2000] [--sample-seconds 15] [--tolerance-mb 8] [--seed N]
 * </pre>
 *
 * <p>Exits 0 when there was no error (an exception from an assessment), no mismatch and no heap
 * growth beyond the tolerance; otherwise 1. Growth is measured twice and both must stay within
 * the tolerance: idle heap at the end against idle heap before the load (after the expected
 * results were computed), and, under load, the median of the last third of the samples against
 * the median of the first third (medians, so that one sample taken while many sessions were in
 * flight does not decide). See {@link Heap} for how heap after GC is read under load.
 */
public final class Soak {

    private Soak() {
    }

    /** One input with its assessment and the result it gave on a single thread. */
    private record Case(String name, Supplier<Object> assess, Object expected) {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse("Soak [--threads N] [--per-thread N] [--pool N] [--sample-seconds N] [--tolerance-mb N] [--seed N]",
                Set.of("threads", "per-thread", "pool", "sample-seconds", "tolerance-mb", "seed"), args);
        int threads = o.integer("threads", 8);
        long perThread = o.number("per-thread", 100_000);
        int poolSize = o.integer("pool", 2_000);
        int sampleSeconds = o.integer("sample-seconds", 15);
        long tolerance = o.number("tolerance-mb", 8) * 1024 * 1024;
        long seed = o.number("seed", 0x50A4_2024L);

        long t0 = System.nanoTime();
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        List<Case> cases = cases(engine, poolSize, seed);
        System.out.printf("%d distinct inputs (seed %d) assessed on one thread in %.1f s: %d risk, %d readiness, %d workbook%n",
                cases.size(), seed, (System.nanoTime() - t0) / 1e9,
                cases.stream().filter(c -> c.name().startsWith("risk")).count(),
                cases.stream().filter(c -> c.name().startsWith("readiness")).count(),
                cases.stream().filter(c -> c.name().startsWith("workbook")).count());
        long idleBefore = Heap.usedAfterGc();
        System.out.printf("heap in use after GC before the load: %s%n", Heap.mb(idleBefore));

        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        ConcurrentLinkedQueue<String> firstProblems = new ConcurrentLinkedQueue<>();
        List<Long> underLoad = new ArrayList<>();
        long start = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> {
            long used = Heap.usedAfterGc();
            long n = done.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            synchronized (underLoad) {
                underLoad.add(used);
            }
            System.out.printf("%5.0f s  %,9d done  %,6.0f/s  errors %d  mismatches %d  heap after GC %s%n",
                    seconds, n, n / seconds, errors.get(), mismatches.get(), Heap.mb(used));
        }, sampleSeconds, sampleSeconds, TimeUnit.SECONDS);

        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            SplittableRandom order = new SplittableRandom(seed + 1 + t);
            int thread = t;
            Thread w = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // Each thread walks the pool from its own random point, so threads mostly work
                // on different inputs, and every input is assessed by every thread.
                int next = order.nextInt(cases.size());
                for (long i = 0; i < perThread; i++) {
                    Case c = cases.get(next);
                    next = next + 1 == cases.size() ? 0 : next + 1;
                    try {
                        if (!Objects.equals(c.assess().get(), c.expected())) {
                            mismatches.incrementAndGet();
                            note(firstProblems, "thread " + thread + ": mismatch on " + c.name());
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        note(firstProblems, "thread " + thread + ": " + e + " on " + c.name());
                    }
                    done.incrementAndGet();
                }
            }, "soak-" + t);
            workers.add(w);
            w.start();
        }
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        sampler.awaitTermination(30, TimeUnit.SECONDS);
        long idleAfter = Heap.usedAfterGc();

        List<Long> samples;
        synchronized (underLoad) {
            samples = List.copyOf(underLoad);
        }
        long idleGrowth = idleAfter - idleBefore;
        int third = Math.max(1, samples.size() / 3);
        long firstThird = samples.isEmpty() ? 0 : median(samples.subList(0, third));
        long lastThird = samples.isEmpty() ? 0 : median(samples.subList(samples.size() - third, samples.size()));
        long loadGrowth = lastThird - firstThird;
        boolean flat = idleGrowth <= tolerance && loadGrowth <= tolerance;
        System.out.println();
        System.out.printf("%,d assessments on %d threads in %.0f s (%,.0f/s): %d errors, %d mismatches%n",
                done.get(), threads, seconds, done.get() / seconds, errors.get(), mismatches.get());
        System.out.printf("heap in use after GC: %s idle before, %s idle after (%+.1f MB); under load, median of the first "
                + "third of %d samples %s, of the last third %s (%+.1f MB); tolerance %s: %s%n", Heap.mb(idleBefore),
                Heap.mb(idleAfter), idleGrowth / 1048576.0, samples.size(), Heap.mb(firstThird), Heap.mb(lastThird),
                loadGrowth / 1048576.0, Heap.mb(tolerance), flat ? "flat" : "GROWING");
        firstProblems.forEach(p -> System.out.println("  " + p));
        boolean ok = errors.get() == 0 && mismatches.get() == 0 && flat && done.get() == threads * perThread;
        System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void note(ConcurrentLinkedQueue<String> problems, String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    /**
     * {@code size} cases, in turn risk, readiness, risk, workbook (rated, then profile-only
     * on the next turn): half the load is risk, a quarter each readiness and workbook.
     */
    private static List<Case> cases(ToolkitEngine engine, int size, long seed) {
        GeneratedInputs generate = GeneratedInputs.forPack(engine.content());
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long s = seeds.nextLong();
            SplittableRandom more = new SplittableRandom(s);
            switch (i % 4) {
                case 0, 2 -> {
                    RiskAnswers risk = generate.risk(s);
                    cases.add(new Case("risk, input seed " + s, () -> engine.assessRisk(risk), engine.assessRisk(risk)));
                }
                case 1 -> {
                    ReadinessAnswers readiness = generate.readiness(more);
                    cases.add(new Case("readiness, input seed " + s, () -> engine.assessReadiness(readiness),
                            engine.assessReadiness(readiness)));
                }
                default -> {
                    RiskAnswers risk = generate.risk(s);
                    LifecycleStage stage = generate.stage(more);
                    WorkbookAnswers workbook = generate.workbook(risk.system().name(), stage, more);
                    if (i % 8 == 3) {
                        RiskResult rated = engine.assessRisk(risk);
                        cases.add(new Case("workbook " + stage + " (rated), input seed " + s,
                                () -> engine.evaluateWorkbook(rated, stage, workbook), engine.evaluateWorkbook(rated, stage, workbook)));
                    } else {
                        cases.add(new Case("workbook " + stage + " (profile), input seed " + s,
                                () -> engine.evaluateWorkbook(risk.system(), stage, workbook),
                                engine.evaluateWorkbook(risk.system(), stage, workbook)));
                    }
                }
            }
        }
        return cases;
    }
}
