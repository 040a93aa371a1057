package org.raitoolkit.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a content pack, answer file, profile or rule set is not valid. It carries every
 * problem found, not only the first, so that a person can fix them all in one pass. Its message
 * lists them, one per line.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param summary what was being read, for example "content pack /path/to/pack"
     * @param problems the problems found; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(String summary, List<Problem> problems) {
        super(format(summary, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(String summary, List<Problem> problems) {
        return summary + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
