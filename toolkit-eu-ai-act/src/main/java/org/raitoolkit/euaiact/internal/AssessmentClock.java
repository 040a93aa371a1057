package org.raitoolkit.euaiact.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * "Today" for assessments whose profile gives no {@code assessmentDate}. In this order:
 * <ol>
 *   <li>a clock fixed with {@link #fix(Clock)} (tests);</li>
 *   <li>the system property {@value #TODAY_PROPERTY}, an ISO date such as {@code 2027-12-02}
 *       (command-line runs that must be reproducible);</li>
 *   <li>the system clock in the default time zone.</li>
 * </ol>
 * Thread-safe; a fixed clock applies to the whole JVM, so tests that fix it must reset it.
 */
public final class AssessmentClock {

    /** The system property that fixes today's date, as {@code YYYY-MM-DD}. */
    public static final String TODAY_PROPERTY = "org.raitoolkit.euaiact.today";

    private static volatile Clock fixed;

    private AssessmentClock() {
    }

    /**
     * Today's date.
     *
     * @throws IllegalStateException if {@value #TODAY_PROPERTY} is set but is not a date
     */
    public static LocalDate today() {
        Clock clock = fixed;
        if (clock != null) {
            return LocalDate.now(clock);
        }
        String property = System.getProperty(TODAY_PROPERTY);
        if (property != null && !property.isBlank()) {
            try {
                return LocalDate.parse(property.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("system property " + TODAY_PROPERTY + " is '" + property
                        + "', not a date; write it as YYYY-MM-DD", e);
            }
        }
        return LocalDate.now(Clock.systemDefaultZone());
    }

    /** Makes {@link #today()} read {@code clock} until {@link #reset()}. */
    public static void fix(Clock clock) {
        fixed = Objects.requireNonNull(clock, "clock");
    }

    /** Makes {@link #today()} read the system property or the system clock again. */
    public static void reset() {
        fixed = null;
    }
}
