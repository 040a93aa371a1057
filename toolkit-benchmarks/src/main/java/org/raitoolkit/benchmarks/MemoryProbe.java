package org.raitoolkit.benchmarks;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.rules.ToolkitEngine;

/**
 * What one engine retains on the heap, and whether the heap grows over many assessments.
 *
 * <pre>
 * java -cp toolkit-benchmarks/target/benchmarks.jar org.raitoolkit.benchmarks.MemoryProbe \
 *     [--assessments 1000000] [--threads 2] [--samples 10] [--pool 2000] [--tolerance-mb 4]
 * </pre>
 *
 * <p>Retained heap: heap in use after GC (see {@link Heap}) before anything is loaded, after the
 * first engine is built and has assessed once (so it includes the content pack and Drools'
 * JVM-wide state, all kept alive), and after a second engine (what each further engine adds).
 * The target (at most 64 MB) is checked against the first, larger figure.
 *
 * <p>Growth: the assessments run in {@code samples} equal rounds over a pool of generated risk
 * answers; after each round the workers are idle and the heap in use after GC is sampled. The
 * first round is warm-up; the probe fails (exit 1) if the last sample exceeds the first by more
 * than the tolerance, or if the first engine retains more than 64 MB.
 */
public final class MemoryProbe {

    static final long TARGET_BYTES = 64L * 1024 * 1024;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse("MemoryProbe [--assessments N] [--threads N] [--samples N] [--pool N] [--tolerance-mb N]",
                Set.of("assessments", "threads", "samples", "pool", "tolerance-mb"), args);
        long assessments = o.number("assessments", 1_000_000);
        int threads = o.integer("threads", 2);
        int samples = o.integer("samples", 10);
        int poolSize = o.integer("pool", 2_000);
        long tolerance = o.number("tolerance-mb", 4) * 1024 * 1024;

        long before = Heap.usedAfterGc();
        ToolkitEngine engine = ToolkitEngine.withDefaults();
        RiskAnswers example = Examples.largestRisk(engine.content()).answers();
        engine.assessRisk(example);
        long withFirst = Heap.usedAfterGc();
        ToolkitEngine second = ToolkitEngine.builder().content(ContentPacks.defaults()).build();
        second.assessRisk(example);
        long withSecond = Heap.usedAfterGc();
        Reference.reachabilityFence(second);
        long first = withFirst - before;
        long further = withSecond - withFirst;
        System.out.printf("heap in use after GC: %s before any engine, %s with one, %s with two%n",
                Heap.mb(before), Heap.mb(withFirst), Heap.mb(withSecond));
        System.out.printf("retained by the first engine (with the content pack and Drools' JVM-wide state): %s%n",
                Heap.mb(first));
        System.out.printf("retained by each further engine: %s%n", Heap.mb(further));

        List<RiskAnswers> pool = InputPool.risk(engine.content(), InputPool.SEED, poolSize);
        long perRound = assessments / samples;
        List<Long> heap = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            for (int round = 0; round < samples; round++) {
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    long from = round * perRound + t * perRound / threads;
                    long to = round * perRound + (t + 1) * perRound / threads;
                    parts.add(workers.submit(() -> {
                        for (long i = from; i < to; i++) {
                            engine.assessRisk(pool.get((int) (i % pool.size())));
                        }
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
                long used = Heap.usedAfterGc();
                heap.add(used);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("after %,d assessments (%.0f s, %,.0f/s): heap in use after GC %s%n",
                        (round + 1) * perRound, seconds, (round + 1) * perRound / seconds, Heap.mb(used));
            }
        } finally {
            workers.shutdownNow();
        }
        long growth = heap.get(heap.size() - 1) - heap.get(0);
        long spread = heap.stream().mapToLong(Long::longValue).max().orElse(0) - heap.stream().mapToLong(Long::longValue).min().orElse(0);
        boolean flat = growth <= tolerance;
        boolean small = first <= TARGET_BYTES;
        System.out.printf("%nretained heap: %s for the first engine, %s for each further one (target <= %s): %s%n",
                Heap.mb(first), Heap.mb(further), Heap.mb(TARGET_BYTES), small ? "met" : "NOT MET");
        System.out.printf("heap growth over %,d assessments: %s from the first sample (after warm-up) to the last, "
                + "spread %s (tolerance %s): %s%n", perRound * samples, Heap.mb(growth), Heap.mb(spread),
                Heap.mb(tolerance), flat ? "flat" : "GROWING");
        System.exit(flat && small ? 0 : 1);
    }
}
