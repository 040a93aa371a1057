package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.function.Supplier;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * The contract the fuzz tests hold the readers to: whatever the bytes, a reader returns a value
 * or throws the documented {@link InvalidInputException}, with at least one problem, each placed
 * in a file that was read and saying something. Any other throwable (a NullPointerException, a
 * StackOverflowError, an OutOfMemoryError, an IllegalArgumentException from a constructor) leaves
 * this method as it is and fails the fuzz test.
 */
final class Rejections {

    private Rejections() {
    }

    /**
     * Runs {@code read}; if it rejects the input, checks that the rejection is one a person can act on.
     *
     * @param sources the names a problem may give as its source: the file read, or for a pack every file in it
     */
    static void onlyInvalidInput(Collection<String> sources, Supplier<?> read) {
        Object value;
        try {
            value = read.get();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).as("problems of %s", e.getMessage()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.message()).as("message of %s", p).isNotBlank();
                assertThat(p.source()).as("source of %s", p).isIn(sources);
                assertThat(p.line()).as("line of %s", p).isNotNegative();
                assertThat(p.column()).as("column of %s", p).isNotNegative();
            }
            return;
        }
        assertThat(value).as("what a reader returns when it does not reject the input").isNotNull();
    }
}
