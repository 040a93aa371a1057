package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The rule sessions of one engine, reused from one assessment to the next. A new session costs
 * some 4% of a warm risk assessment's CPU and 6% of what it allocates (its agenda, entry points
 * and node memories are built afresh, and garbage afterwards); a used one is reset to empty
 * instead, which is what Drools' own session pool does. Reset clears the facts, the agenda, the
 * globals and the listeners, so a reused session behaves as a new one: {@link RuleSession} sets
 * its globals and listener on every use.
 *
 * <p>Only a session whose rules ran to the end goes back: one in which a rule threw, or which
 * did not settle, is disposed, so that no half-propagated state can reach a later assessment.
 * Thread-safe: a session is used by one assessment at a time, and the queue hands it over.
 */
final class SessionPool {

    /**
     * Idle sessions kept at most: enough for every thread of a busy server to find one, without
     * holding a session per thread after a burst of many threads.
     */
    static final int MAX_IDLE = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());

    private final KieBase base;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    /** The queue's size, kept apart: {@link ConcurrentLinkedQueue#size()} walks the queue. */
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Map<Rule, Integer> ruleIndex;
    private final List<String> ids;

    SessionPool(KieBase base) {
        this.base = base;
        // Distinct ids in sorted order, so that the rules fired, marked by index, come out sorted.
        TreeMap<String, List<Rule>> byId = new TreeMap<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String id = RuleMetadata.id(r);
            if (id != null) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            }
        }));
        // By identity: two rule sets may each have a rule of the same name.
        Map<Rule, Integer> index = new IdentityHashMap<>();
        int i = 0;
        for (List<Rule> rules : byId.values()) {
            for (Rule r : rules) {
                index.put(r, i);
            }
            i++;
        }
        this.ruleIndex = index;
        this.ids = List.copyOf(byId.keySet());
    }

    /** An empty session: an idle one, or a new one when none is idle. */
    KieSession take() {
        KieSession session = idle.poll();
        if (session == null) {
            return base.newKieSession();
        }
        idleCount.decrementAndGet();
        return session;
    }

    /**
     * Takes {@code session} back after an assessment.
     *
     * @param ranToEnd whether its rules settled without throwing; if not, it is disposed
     */
    void giveBack(KieSession session, boolean ranToEnd) {
        if (ranToEnd && session instanceof StatefulKnowledgeSessionImpl reusable && reserveIdleSlot()) {
            try {
                reusable.reset();
                idle.offer(session);
                return;
            } catch (RuntimeException e) {
                // Not expected; a session that cannot be reset is simply not reused.
                idleCount.decrementAndGet();
            }
        }
        session.dispose();
    }

    private boolean reserveIdleSlot() {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            return true;
        }
        idleCount.decrementAndGet();
        return false;
    }

    /** Idle sessions now; for tests. */
    int idle() {
        return idleCount.get();
    }

    /** The index of {@code rule}'s id among {@link #ids()}, or -1 if the rule has no id. */
    int indexOf(Rule rule) {
        Integer i = ruleIndex.get(rule);
        return i == null ? -1 : i;
    }

    /** Every rule id of the rule base, sorted, each once. */
    List<String> ids() {
        return ids;
    }
}
