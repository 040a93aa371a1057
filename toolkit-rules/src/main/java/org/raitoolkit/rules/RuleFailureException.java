package org.raitoolkit.rules;

/**
 * An assessment stopped because a rule failed: it threw an error while firing, or the rules ran
 * away (too many firings, too many facts inserted, or past the time allowed; see
 * {@link ToolkitEngine.Builder#runLimits}). Nothing half-computed is returned; the engine keeps
 * serving other assessments.
 *
 * <p>The message says, in words, which rule failed (its {@code @id}, rule set and file) and why.
 */
public final class RuleFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String ruleSet;
    private final String file;

    /**
     * @param message what happened, naming the rule
     * @param ruleId the {@code @id} of the rule that failed (for a runaway, the last one fired), or an empty string
     * @param ruleSet the id of its rule set, or an empty string if not known
     * @param file the rule file as the rule set named it, or an empty string if not known
     * @param cause what the rule threw, or {@code null}
     */
    public RuleFailureException(String message, String ruleId, String ruleSet, String file, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId == null ? "" : ruleId;
        this.ruleSet = ruleSet == null ? "" : ruleSet;
        this.file = file == null ? "" : file;
    }

    /** The {@code @id} of the rule that failed, or for a runaway the last rule fired; empty if not known. */
    public String ruleId() { return ruleId; }

    /** The id of the rule set the rule belongs to; empty if not known. */
    public String ruleSet() { return ruleSet; }

    /** The rule's file, as its rule set named it; empty if not known. */
    public String file() { return file; }
}
