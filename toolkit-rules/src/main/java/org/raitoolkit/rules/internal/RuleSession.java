package org.raitoolkit.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.raitoolkit.rules.RuleFailureException;
import org.raitoolkit.rules.RuleInfo;
import org.raitoolkit.rules.spi.Explanations;

/**
 * One new rule session for one assessment: sets the {@code why} global, runs the phases in
 * order, records which rules fired, and is always disposed on close. A rule that throws, or rules
 * that run past the {@link Limits}, end the run with a {@link RuleFailureException} naming the rule.
 */
final class RuleSession implements AutoCloseable {

    /** How many of the last rules fired a runaway's message names. */
    private static final int RECENT = 5;

    private final KieSession session;
    private final Explanations why = new Explanations();
    private final Set<String> fired = new TreeSet<>();
    private final Limits limits;
    private final Map<String, RuleInfo> rules;
    private final ExtensionWatch watch;
    /** The last rules fired, a ring of RECENT ids: a runaway's message names them. */
    private final String[] recent = new String[RECENT];
    private int firings;

    /**
     * @param rules every rule of the base by {@code @id}, to name a failing rule's set and file
     * @param watch counts facts and time and records extension rules' writes; {@code null} for the
     *     default rules alone, which are known to settle and need no watching
     */
    RuleSession(KieBase base, Limits limits, Map<String, RuleInfo> rules, ExtensionWatch watch) {
        this.session = base.newKieSession();
        this.limits = limits;
        this.rules = rules;
        this.watch = watch;
        session.setGlobal("why", why);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // Every rule has an @id: the compiler refuses rule sets where one does not.
                String id = RuleMetadata.id(event.getMatch().getRule());
                fired.add(id);
                why.enter(id);
                recent[firings++ % RECENT] = id;
                if (watch != null) {
                    watch.checkTime();
                }
            }
        });
        if (watch != null) {
            session.addEventListener(watch);
        }
    }

    /** Inserts {@code fact}; conditions are evaluated as facts arrive, so a failing one is reported from here too. */
    void insert(Object fact) {
        try {
            session.insert(fact);
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    void insertAll(Iterable<?> facts) {
        for (Object fact : facts) {
            insert(fact);
        }
    }

    /**
     * Runs the phases in order; rules outside any phase run last.
     *
     * @throws RuleFailureException if a rule throws, or the rules do not settle within the limits
     */
    void run(List<String> phases) {
        // The focus stack is last-in, first-out: push the last phase first.
        for (int i = phases.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
        }
        int count;
        try {
            count = session.fireAllRules(limits.firings());
        } catch (RuntimeException e) {
            throw failure(e);
        }
        if (count >= limits.firings()) {
            throw runaway("the rules did not settle after " + limits.firings() + " firings");
        }
    }

    private RuntimeException failure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExtensionWatch.Runaway runaway) {
                return runaway(runaway.getMessage());
            }
        }
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        String said = cause.getMessage() == null || cause.getMessage().isBlank() ? "no message" : cause.getMessage().strip();
        if (e instanceof ConsequenceException ce && ce.getRule() != null) {
            String id = RuleMetadata.id(ce.getRule());
            return new RuleFailureException("rule " + describe(id) + " failed while firing: " + said
                    + "; the assessment was stopped and no result was produced", id, ruleSetOf(id), fileOf(id), cause);
        }
        // Not a rule's action: a condition failed as facts were matched. Drools names the rule by
        // its name in the message; find its @id, and give the innermost cause's words.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootSaid = root.getMessage() == null || root.getMessage().isBlank() ? said : root.getMessage().strip();
        String id = null;
        String constraint = null;
        for (Throwable t = e; t != null && (id == null || constraint == null); t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            java.util.regex.Matcher name = RULE_NAME.matcher(m);
            if (id == null && name.find()) {
                id = idOfRuleNamed(name.group(1));
            }
            java.util.regex.Matcher c = CONSTRAINT.matcher(m);
            if (constraint == null && c.find()) {
                constraint = c.group(1);
            }
        }
        if (id != null) {
            return new RuleFailureException("a condition of rule " + describe(id) + " failed: " + rootSaid
                    + (constraint == null ? "" : ", in '" + constraint + "'")
                    + "; the assessment was stopped and no result was produced", id, ruleSetOf(id), fileOf(id), root);
        }
        String last = why.currentRule();
        return new RuleFailureException("the rules failed while matching facts: " + rootSaid
                + "; the last rule fired was " + describe(last) + "; the assessment was stopped and no result was produced",
                last, ruleSetOf(last), fileOf(last), root);
    }

    /** How Drools names a rule in the message of a failed constraint. */
    private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\"");
    private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern.compile("constraint '([^']*)'");

    /** The @id of the rule named {@code name}, or {@code null} if none or several have that name. */
    private String idOfRuleNamed(String name) {
        String found = null;
        for (RuleInfo r : rules.values()) {
            if (r.name().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = r.id();
            }
        }
        return found;
    }

    private RuleFailureException runaway(String what) {
        List<String> last = new ArrayList<>();
        for (int i = 0; i < RECENT && i < firings; i++) {
            String id = recent[Math.floorMod(firings - 1 - i, RECENT)];
            if (!last.contains(id)) {
                last.add(id);
            }
        }
        String lastId = last.isEmpty() ? "" : last.get(0);
        List<String> described = last.stream().map(this::describe).toList();
        return new RuleFailureException(what + ", so the assessment was stopped; the last rules fired were "
                + String.join(", ", described) + ", which probably insert or change facts without a guard that stops them",
                lastId, ruleSetOf(lastId), fileOf(lastId), null);
    }

    /** "X-1 (rule set NATIONAL, file rules/x.drl)", or the id alone if the rule is not known. */
    private String describe(String id) {
        RuleInfo info = rules.get(id);
        if (info == null) {
            return id;
        }
        return id + " (rule set " + info.ruleSet() + (info.file().isEmpty() ? "" : ", file " + info.file()) + ")";
    }

    private String ruleSetOf(String id) {
        RuleInfo info = rules.get(id);
        return info == null ? "" : info.ruleSet();
    }

    private String fileOf(String id) {
        RuleInfo info = rules.get(id);
        return info == null ? "" : info.file();
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
