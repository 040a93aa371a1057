package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.raitoolkit.model.Problem;

/**
 * Assertions on where a problem is: for {@code assertThat(e.problems()).anySatisfy(...)}, so that
 * a failure shows every problem the loader did report.
 */
final class Located {

    private Located() {
    }

    /** A problem in {@code file} at {@code line}, at a pointer matching {@code pointer}, saying each of {@code says}. */
    static Consumer<Problem> at(String file, int line, String pointer, String... says) {
        return p -> {
            inFile(file, pointer, says).accept(p);
            assertThat(p.line()).as("line of %s", p).isEqualTo(line);
            assertThat(p.column()).as("column of %s", p).isPositive();
        };
    }

    /** A problem in {@code file}, at a pointer matching {@code pointer}, saying each of {@code says}; any line. */
    static Consumer<Problem> inFile(String file, String pointer, String... says) {
        return p -> {
            assertThat(p.source()).as("source of %s", p).endsWith(file);
            assertThat(p.pointer()).as("pointer of %s", p).matches(pointer);
            assertThat(p.message()).as("message of %s", p).contains(says);
        };
    }
}
