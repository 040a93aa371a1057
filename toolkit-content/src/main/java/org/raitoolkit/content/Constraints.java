package org.raitoolkit.content;

import java.util.ArrayList;
import java.util.List;
import org.raitoolkit.content.internal.Binder;
import org.raitoolkit.model.Problem;

/**
 * Checks the Jakarta Validation constraints of a model object built in code, with each violation
 * located by JSON pointer, in the same form as the problems of a file. Thread-safe.
 */
public final class Constraints {

    private Constraints() {
    }

    /** Every constraint {@code value} breaks; empty when it is valid. */
    public static List<Problem> check(Object value) {
        List<Problem> problems = new ArrayList<>();
        Binder.validate(value, problems, Problem::at);
        return problems;
    }
}
