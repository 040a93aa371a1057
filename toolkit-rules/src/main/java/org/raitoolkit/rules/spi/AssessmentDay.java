package org.raitoolkit.rules.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: the day on which a risk assessment runs, from the engine's clock
 * ({@code ToolkitEngine.builder().clock(...)}). Rules that depend on dates read it instead of
 * the system clock, so that a result depends only on the engine and the input. One per risk
 * session. Immutable.
 *
 * @param date today's date in the clock's time zone
 */
public record AssessmentDay(LocalDate date) {

    /**
     * @throws NullPointerException if {@code date} is null
     */
    public AssessmentDay {
        Objects.requireNonNull(date, "date");
    }
}
