package org.raitoolkit.rules;

import java.util.List;

/**
 * An extension rule set made a result milder than the default rules alone make it: a lower
 * level, a milder decision, a later roadmap phase, or a recommendation or action the default
 * rules issue dropped or made less urgent. Extensions may only add and make stricter (see
 * {@code docs/extending.md}), so the engine compares each result of an engine with extension
 * rule sets with what the default rules give for the same input, and throws this instead of
 * returning a softened result.
 *
 * <p>The message lists, in words, what was softened, the extension rule sets, and the rules
 * (their {@code @id} and file) that changed the facts concerned, where known.
 */
public final class RuleSetViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> softened;
    private final List<String> ruleSets;
    private final List<String> ruleIds;

    /**
     * @param message the whole explanation
     * @param softened each part of the result that was softened, in words
     * @param ruleSets the ids of the extension rule sets concerned
     * @param ruleIds the {@code @id}s of the extension rules that changed the facts concerned; empty if none is known
     */
    public RuleSetViolationException(String message, List<String> softened, List<String> ruleSets, List<String> ruleIds) {
        super(message);
        this.softened = List.copyOf(softened);
        this.ruleSets = List.copyOf(ruleSets);
        this.ruleIds = List.copyOf(ruleIds);
    }

    /** Each part of the result that was softened, in words. */
    public List<String> softened() { return softened; }

    /** The ids of the extension rule sets concerned. */
    public List<String> ruleSets() { return ruleSets; }

    /** The {@code @id}s of the extension rules that changed the facts concerned; empty if none is known. */
    public List<String> ruleIds() { return ruleIds; }
}
