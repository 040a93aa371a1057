package org.raitoolkit.rules.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * One engine serves many threads: 8 threads run 1,000 assessments each, risk, readiness and
 * workbook mixed, and every result equals the one the same input gave on a single thread.
 */
class ConcurrentAssessmentTest {

    private static final ToolkitEngine ENGINE = SharedEngine.engine();
    private static final RiskInputGenerator GENERATE = new RiskInputGenerator(ENGINE.content());

    private static final long SEED = 0xC0C0_2024L;
    private static final int THREADS = 8;
    private static final int ASSESSMENTS_PER_THREAD = 1_000;
    private static final int INPUTS_PER_KIND = 60;

    /** One assessment with its input fixed and the result it gave on one thread. */
    private record Case(String name, Supplier<Object> assess, Object expected) {
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void should_give_every_thread_the_single_threaded_result_when_8_threads_share_one_engine() throws Exception {
        // GIVEN mixed inputs, each assessed once on this thread
        List<Case> cases = cases(new SplittableRandom(SEED));

        // WHEN 8 threads assess them in random order, all starting together
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom order = new SplittableRandom(SEED + 1 + t);
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < ASSESSMENTS_PER_THREAD; i++) {
                        Case c = cases.get(order.nextInt(cases.size()));
                        Object actual = c.assess().get();
                        if (!Objects.equals(actual, c.expected())) {
                            mismatches.add("thread " + thread + ", assessment " + i + ": " + c.name());
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(150, TimeUnit.SECONDS); // rethrows anything a thread threw
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool stopped").isTrue();
        }

        // THEN every assessment ran and gave the single-threaded result
        assertThat(done).as("assessments run (seed %d)", SEED).hasValue(THREADS * ASSESSMENTS_PER_THREAD);
        assertThat(mismatches).as("results that differ from the single-threaded ones (seed %d)", SEED).isEmpty();
    }

    private static List<Case> cases(SplittableRandom random) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < INPUTS_PER_KIND; i++) {
            long seed = random.nextLong();
            RiskAnswers risk = GENERATE.riskAnswers(seed);
            RiskResult riskResult = ENGINE.assessRisk(risk);
            cases.add(new Case("risk, input seed " + seed, () -> ENGINE.assessRisk(risk), riskResult));

            SplittableRandom more = new SplittableRandom(seed);
            ReadinessAnswers readiness = GENERATE.readinessAnswers(more);
            cases.add(new Case("readiness, input seed " + seed, () -> ENGINE.assessReadiness(readiness),
                    ENGINE.assessReadiness(readiness)));

            LifecycleStage stage = RiskInputGenerator.pick(more, LifecycleStage.values());
            WorkbookAnswers workbook = GENERATE.workbookAnswers(risk.system().name(), stage, more);
            cases.add(new Case("workbook " + stage + ", input seed " + seed,
                    () -> ENGINE.evaluateWorkbook(riskResult, stage, workbook),
                    ENGINE.evaluateWorkbook(riskResult, stage, workbook)));
        }
        return cases;
    }
}
