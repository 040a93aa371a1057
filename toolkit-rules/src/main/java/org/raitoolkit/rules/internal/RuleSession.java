package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.raitoolkit.rules.spi.Explanations;

/**
 * One new rule session for one assessment: sets the {@code why} global, runs the phases in
 * order, records which rules fired, and is always disposed on close.
 */
final class RuleSession implements AutoCloseable {

    /** Far above what the default rules need (a few hundred); stops a looping extension rule. */
    static final int MAX_FIRINGS = 200_000;

    private final KieSession session;
    private final Explanations why = new Explanations();
    private final Set<String> fired = new TreeSet<>();

    RuleSession(KieBase base) {
        this.session = base.newKieSession();
        session.setGlobal("why", why);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // Every rule has an @id: the compiler refuses rule sets where one does not.
                String id = RuleMetadata.id(event.getMatch().getRule());
                fired.add(id);
                why.enter(id);
            }
        });
    }

    void insert(Object fact) {
        session.insert(fact);
    }

    void insertAll(Iterable<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
        }
    }

    /**
     * Runs the phases in order; rules outside any phase run last.
     *
     * @throws IllegalStateException if the rules do not settle, naming the last rule fired
     */
    void run(List<String> phases) {
        // The focus stack is last-in, first-out: push the last phase first.
        for (int i = phases.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
        }
        int count = session.fireAllRules(MAX_FIRINGS);
        if (count >= MAX_FIRINGS) {
            throw new IllegalStateException("the rules did not settle after " + MAX_FIRINGS
                    + " firings; the last rule fired was " + why.currentRule()
                    + ", which probably modifies a fact without a guard");
        }
    }

    /** Every fact of {@code type} in the session after the rules ran, in no particular order. */
    <T> List<T> facts(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(type::isInstance)) {
            found.add(type.cast(o));
        }
        return found;
    }

    /**
     * The one fact of {@code type}.
     *
     * @throws IllegalStateException if there is none or more than one
     */
    <T> T single(Class<T> type) {
        List<T> found = facts(type);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + type.getSimpleName() + " after the rules ran, found " + found.size());
        }
        return found.get(0);
    }

    /** The ids of the rules that fired, sorted. */
    List<String> firedRules() {
        return List.copyOf(fired);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
