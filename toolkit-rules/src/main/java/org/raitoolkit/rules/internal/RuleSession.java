package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.raitoolkit.rules.spi.Explanations;
import org.raitoolkit.rules.spi.IssuedRecommendations;

/**
 * One rule session for one assessment, taken from the engine's {@link SessionPool}: sets the
 * {@code why} and {@code issued} globals, runs the phases in order, records which rules fired,
 * and on close goes back to the pool, or is disposed if its rules did not run to the end.
 */
final class RuleSession implements AutoCloseable {

    /** Far above what the default rules need (a few hundred); stops a looping extension rule. */
    static final int MAX_FIRINGS = 200_000;

    private final SessionPool pool;
    private final KieSession session;
    private final Explanations why = new Explanations();
    private final IssuedRecommendations issued = new IssuedRecommendations();
    /** Which rules fired, by their index in {@link SessionPool#ids()}: a mark per firing, no lookup by text. */
    private final boolean[] fired;
    /** The ids of fired rules that the pool does not know (none should be missing). */
    private final Set<String> firedUnknown = new TreeSet<>();
    private boolean ranToEnd;

    RuleSession(SessionPool pool) {
        this.pool = pool;
        this.session = pool.take();
        this.fired = new boolean[pool.ids().size()];
        session.setGlobal("why", why);
        session.setGlobal("issued", issued);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // Every rule has an @id: the compiler refuses rule sets where one does not.
                Rule rule = event.getMatch().getRule();
                int i = pool.indexOf(rule);
                if (i >= 0) {
                    fired[i] = true;
                    why.enter(pool.ids().get(i));
                } else {
                    String id = RuleMetadata.id(rule);
                    if (id != null) {
                        firedUnknown.add(id);
                    }
                    why.enter(id);
                }
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
        ranToEnd = true;
    }

    /**
     * The facts in the session after the rules ran, grouped by class in one pass over working
     * memory: a result needs several types, and each {@code getObjects} call walks every fact.
     */
    Facts facts() {
        Map<Class<?>, List<Object>> byClass = new HashMap<>();
        for (Object o : session.getObjects()) {
            byClass.computeIfAbsent(o.getClass(), c -> new ArrayList<>()).add(o);
        }
        return new Facts(byClass);
    }

    /** The facts of one session, by class. */
    static final class Facts {

        private final Map<Class<?>, List<Object>> byClass;

        private Facts(Map<Class<?>, List<Object>> byClass) {
            this.byClass = byClass;
        }

        /**
         * Every fact of {@code type}, in no particular order. The result types are final
         * classes and records, so the facts of a type are exactly those of its class; a type
         * that can have subclasses falls back to a scan.
         */
        <T> List<T> of(Class<T> type) {
            List<T> found = new ArrayList<>();
            if (java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
                byClass.getOrDefault(type, List.of()).forEach(o -> found.add(type.cast(o)));
            } else {
                byClass.forEach((c, facts) -> {
                    if (type.isAssignableFrom(c)) {
                        facts.forEach(o -> found.add(type.cast(o)));
                    }
                });
            }
            return found;
        }

        /**
         * The one fact of {@code type}.
         *
         * @throws IllegalStateException if there is none or more than one
         */
        <T> T single(Class<T> type) {
            List<T> found = of(type);
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + type.getSimpleName() + " after the rules ran, found " + found.size());
            }
            return found.get(0);
        }
    }

    /** The recommendations that rules added to the {@code issued} global (not those inserted as facts). */
    List<org.raitoolkit.model.Recommendation> issued() {
        return issued.all();
    }

    /** The ids of the rules that fired, sorted. */
    List<String> firedRules() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < fired.length; i++) {
            if (fired[i]) {
                ids.add(pool.ids().get(i));
            }
        }
        if (!firedUnknown.isEmpty()) {
            ids.addAll(firedUnknown);
            ids = new ArrayList<>(new TreeSet<>(ids));
        }
        return List.copyOf(ids);
    }

    /** Back to the pool if the rules ran to the end, else disposed. */
    @Override
    public void close() {
        pool.giveBack(session, ranToEnd);
    }
}
