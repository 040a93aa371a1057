package org.raitoolkit.content.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.model.Problem;

/**
 * The problems of one read, kept up to a number: past it, problems are counted and dropped, and
 * the checks ask {@link #isFull} before they place another one, since placing one (its line and
 * column) costs a pass over the file. A file made to produce a million problems thus costs as
 * much as one that produces the first hundred. Not thread-safe.
 */
public final class ProblemList extends AbstractList<Problem> {

    private final List<Problem> kept = new ArrayList<>();
    private final int max;
    private int dropped;

    public ProblemList(int max) {
        this.max = max;
    }

    /** Whether {@code problems} holds as many problems as will be listed: a check may stop there. */
    public static boolean isFull(List<Problem> problems) {
        return problems instanceof ProblemList list && list.kept.size() >= list.max;
    }

    /** How many more problems {@code problems} will list. */
    static int room(List<Problem> problems) {
        return problems instanceof ProblemList list ? Math.max(0, list.max - list.kept.size()) : Integer.MAX_VALUE;
    }

    @Override
    public boolean add(Problem problem) {
        if (kept.size() >= max) {
            dropped++;
            return false;
        }
        return kept.add(problem);
    }

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public Problem set(int index, Problem problem) {
        return kept.set(index, problem);
    }

    @Override
    public Problem remove(int index) {
        return kept.remove(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /**
     * The problems to report: those kept, and when the list filled up, one more entry that says
     * so, in {@code source}: checking stopped there, so more problems may follow.
     */
    public List<Problem> reported(String source) {
        List<Problem> out = new ArrayList<>(kept);
        if (kept.size() >= max) {
            out.add(new Problem(source, 0, 0, "", (dropped > 0 ? "and " + dropped + " more problems not listed; " : "")
                    + "checking stopped after the first " + max + " problems, so more problems may follow; "
                    + "fix these and read the file again"));
        }
        return out;
    }
}
