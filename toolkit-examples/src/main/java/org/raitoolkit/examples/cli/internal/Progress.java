package org.raitoolkit.examples.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error. On a terminal it redraws one line; elsewhere (a pipe, a log,
 * a test) it prints a line at every tenth of the work, so logs stay short. Thread-safe.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    // Volatile so that step() can tell without the lock whether a line is due: most steps print
    // nothing, and the lock is then only taken by the one thread that prints.
    private volatile int lastTenth = -1;
    private volatile long lastDraw;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** Counts one unit of work as finished. */
    void step() {
        int n = done.incrementAndGet();
        if (!due(n, System.nanoTime())) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            // Checked again under the lock: another thread may have printed this line meanwhile.
            if (!due(n, now)) {
                return;
            }
            if (terminal) {
                lastDraw = now;
                err.print("\r" + line(n));
            } else {
                lastTenth = tenth(n);
                err.println(line(n));
            }
            err.flush();
        }
    }

    /** Whether finishing unit {@code n} at {@code now} calls for a line: every 0.1 s on a terminal, else every tenth. */
    private boolean due(int n, long now) {
        return terminal ? now - lastDraw > 100_000_000L || n == total : tenth(n) > lastTenth;
    }

    private int tenth(int n) {
        return total == 0 ? 10 : n * 10 / total;
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    private String line(int n) {
        int filled = total == 0 ? BAR : n * BAR / total;
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        String eta = rate > 0 && n < total ? String.format(" eta %.0fs", (total - n) / rate) : "";
        return String.format("[%s%s] %d/%d systems %3d%% %.0f/s%s", "#".repeat(filled), ".".repeat(BAR - filled),
                n, total, total == 0 ? 100 : n * 100 / total, rate, eta);
    }
}
