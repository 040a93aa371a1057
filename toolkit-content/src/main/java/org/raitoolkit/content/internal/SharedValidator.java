package org.raitoolkit.content.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;

/**
 * The one Jakarta validator of the library, made on first use and then shared (it is
 * thread-safe). Hibernate Validator's bootstrap and its first look at a type take about half a
 * second: a program that validates nothing does not pay it, and one that loads the default pack
 * can have it done on a second core meanwhile ({@link #prepareInBackground}).
 */
public final class SharedValidator {

    /** What a program that loads the default pack validates next: answer files, then engine inputs. */
    private static final List<Class<?>> FIRST_VALIDATED = List.of(RiskAnswers.class, ReadinessAnswers.class,
            WorkbookAnswers.class);

    private static volatile Validator validator;
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private SharedValidator() {
    }

    /** The validator; made now if nothing has made it yet, waiting for a background start in progress. */
    public static Validator get() {
        Validator v = validator;
        return v != null ? v : make();
    }

    /**
     * Starts making the validator on a daemon thread, and has it read the constraints of the
     * answer types, so that this work overlaps what the caller does before its first validation
     * (building an engine, for one). Does nothing if the validator is made or being made. A
     * failure there is left for {@link #get} to meet again and report.
     */
    public static void prepareInBackground() {
        if (validator != null || !PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Validator v = make();
                FIRST_VALIDATED.forEach(v::getConstraintsForClass);
            } catch (RuntimeException | LinkageError e) {
                // Not reported here: get() makes it again on the caller's thread, and throws.
            }
        }, "raitoolkit-validator-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Named provider, so no service lookup over the class path; parameters-only messages, since
     * ours and the built-in ones of the constraints we use ({@code {min}}, {@code {value}}, ...)
     * need no expression language; and no {@code validation.xml}, so that an application's own
     * configuration cannot change what a pack or answer file means.
     */
    private static synchronized Validator make() {
        if (validator == null) {
            validator = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
        }
        return validator;
    }
}
