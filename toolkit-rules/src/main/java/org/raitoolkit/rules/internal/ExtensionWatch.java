package org.raitoolkit.rules.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Watches one session of an engine with extension rule sets: counts the facts inserted and
 * checks the time against the {@link Limits}, and records which extension rules inserted,
 * updated or deleted facts of each type, so that a softened result can name them. Only engines
 * with extension rule sets have one; one session, one thread.
 */
final class ExtensionWatch implements RuleRuntimeEventListener {

    /** Thrown out of the session to stop a runaway; turned into a RuleFailureException by RuleSession. */
    static final class Runaway extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Runaway(String message) {
            super(message, null, false, false);
        }
    }

    private final Limits limits;
    private final Set<String> extensionRules;
    private final long deadline;
    private int inserted;
    private final Map<Class<?>, Set<String>> writers = new HashMap<>();

    /**
     * @param extensionRules the {@code @id}s of the rules of extension rule sets
     */
    ExtensionWatch(Limits limits, Set<String> extensionRules) {
        this.limits = limits;
        this.extensionRules = extensionRules;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (++inserted > limits.factsInserted()) {
            throw new Runaway("more than " + limits.factsInserted() + " facts were inserted");
        }
        checkTime();
        record(event.getRule(), event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        checkTime();
        record(event.getRule(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        checkTime();
        record(event.getRule(), event.getOldObject());
    }

    /** Stops the session once the time allowed has passed. */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Runaway("the rules ran for more than " + limits.time().toMillis() + " ms");
        }
    }

    private void record(Rule rule, Object fact) {
        if (rule == null || fact == null) {
            return;
        }
        String id = RuleMetadata.id(rule);
        if (id != null && extensionRules.contains(id)) {
            writers.computeIfAbsent(fact.getClass(), t -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The extension rules that inserted, updated or deleted a fact of {@code type}, in the order they first did. */
    Set<String> writersOf(Class<?> type) {
        return writers.getOrDefault(type, Set.of());
    }

    /** The extension rules that inserted, updated or deleted a fact of any of {@code types}. */
    Set<String> writersOfAny(Iterable<Class<?>> types) {
        Set<String> all = new LinkedHashSet<>();
        for (Class<?> t : types) {
            all.addAll(writersOf(t));
        }
        return all;
    }
}
