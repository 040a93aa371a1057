package org.raitoolkit.content.internal;

import java.lang.ref.WeakReference;
import org.raitoolkit.model.ContentPack;

/**
 * The answers that a reader last returned on this thread, with the pack it checked them against,
 * handed to the next full check of answers on the same thread. Reading a file and then assessing
 * it checks the same object twice, its constraints and against the pack; the second time costs
 * some 7% of a batch's CPU and cannot find anything new. It cannot, because the answers are
 * records whose collections are unmodifiable copies, all the way down: once checked, the object
 * stays as it was.
 *
 * <p>One slot per thread, held weakly, emptied by the first check that asks whatever the answer:
 * answers made in code, answers read on another thread, or the same object assessed a second
 * time are all checked in full.
 */
public final class Handover {

    /**
     * The slot: the answers and the pack, each held weakly. An array of the JDK's own types, not a
     * class of ours, so that a thread of an application server that outlives a redeployment does
     * not keep this library's class loader alive through its thread-local map.
     */
    private static final ThreadLocal<WeakReference<?>[]> LAST = new ThreadLocal<>();

    private Handover() {
    }

    /** Records that {@code answers} passed every check against {@code pack}. */
    public static void give(ContentPack pack, Object answers) {
        LAST.set(new WeakReference<?>[] {new WeakReference<>(answers), new WeakReference<>(pack)});
    }

    /** Whether {@code answers} are the ones last given on this thread, for {@code pack}; empties the slot. */
    public static boolean take(ContentPack pack, Object answers) {
        WeakReference<?>[] slot = LAST.get();
        if (slot == null) {
            return false;
        }
        LAST.set(null);
        return slot[0].get() == answers && slot[1].get() == pack;
    }
}
