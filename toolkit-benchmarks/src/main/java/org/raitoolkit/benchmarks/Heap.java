package org.raitoolkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after garbage collection, as the memory figures measure it: {@code System.gc()}
 * (a full collection with the default G1 collector) repeated until the used heap stops
 * shrinking, then {@link MemoryMXBean#getHeapMemoryUsage()}. Only live objects remain.
 */
final class Heap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Heap() {
    }

    /** Bytes of heap in use after collecting until it no longer shrinks (at most ten rounds). */
    static long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int round = 0; round < 10; round++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = MEMORY.getHeapMemoryUsage().getUsed();
            if (round >= 2 && used >= previous - 64 * 1024) {
                break;
            }
            previous = Math.min(previous, used);
        }
        return used;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
