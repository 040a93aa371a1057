package org.raitoolkit.benchmarks;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Heap in use after garbage collection, as the memory figures measure it: {@code System.gc()}
 * (a full collection with the default G1 collector), repeated until the result stops shrinking,
 * each time reading the heap pools' usage <em>at the end of that collection</em> from the
 * collector's own record ({@link GcInfo#getMemoryUsageAfterGc()}) of the full collection. Only live objects count, even
 * while other threads keep allocating: reading the heap's current usage instead would add
 * whatever they allocated since the collection ended (tens of MB under load).
 */
final class Heap {

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private Heap() {
    }

    /** Bytes of heap in use at the end of a full collection, collecting until that stops shrinking (at most ten rounds). */
    static synchronized long usedAfterGc() {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long used = collect();
            if (round >= 2 && used >= best - 64 * 1024) {
                return Math.min(best, used);
            }
            best = Math.min(best, used);
        }
        return best;
    }

    /**
     * Runs {@code System.gc()} and returns the heap in use at the end of the full collection it
     * caused: the record of the collector whose count went up and that is not a young-generation
     * collector (a young collection may run just after, while other threads allocate).
     */
    private static long collect() {
        List<java.lang.management.GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long[] before = beans.stream().mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).toArray();
        System.gc();
        GcInfo full = null;
        for (int i = 0; i < beans.size(); i++) {
            if (beans.get(i).getCollectionCount() > before[i] && !beans.get(i).getName().contains("Young")
                    && beans.get(i) instanceof GarbageCollectorMXBean gc) {
                full = gc.getLastGcInfo();
            }
        }
        if (full == null) {
            // A collector that reports no full collection: fall back to the heap's usage now.
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : full.getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
