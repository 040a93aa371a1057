package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.raitoolkit.rules.spi.Explanations;

/**
 * One rule session for one assessment: sets the {@code why} global, runs the phases in order,
 * records which rules fired, and is always disposed.
 */
final class RuleSession implements AutoCloseable {

    /** Far above what the default rules need (a few hundred); stops a looping extension rule. */
    static final int MAX_FIRINGS = 200_000;

    private final KieSession session;
    private final Explanations why = new Explanations();
    /** Unordered while the rules fire (a few hundred adds); sorted once, in {@link #firedRules}. */
    private final Set<String> fired = new HashSet<>();

    /**
     * @param ids each rule's {@code @id}, read once per engine: reading it from the metadata on
     *            every firing costs a lookup and a copy of the text each time
     */
    RuleSession(KieBase base, Map<Rule, String> ids) {
        this.session = base.newKieSession();
        session.setGlobal("why", why);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // Every rule has an @id: the compiler refuses rule sets where one does not.
                Rule rule = event.getMatch().getRule();
                String id = ids.get(rule);
                if (id == null) {
                    id = RuleMetadata.id(rule);
                }
                why.enter(id);
                fired.add(id);
            }
        });
    }

    /**
     * Each rule of {@code base} by its {@code @id}, for {@link #RuleSession(KieBase, Map)}. By
     * identity: two rule sets may each have a rule of the same name, and a rule the map does not
     * know (none should be missing) still gets its id from its metadata. Read-only once built,
     * so sessions on many threads can share it.
     */
    static Map<Rule, String> ruleIds(KieBase base) {
        Map<Rule, String> ids = new java.util.IdentityHashMap<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String id = RuleMetadata.id(r);
            if (id != null) {
                ids.put(r, id);
            }
        }));
        return java.util.Collections.unmodifiableMap(ids);
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

    /** The ids of the rules that fired, sorted. */
    List<String> firedRules() {
        return fired.stream().sorted().toList();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
