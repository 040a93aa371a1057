package org.raitoolkit.model;

/** What became of the data-protection officer's advice. */
public enum AdviceOutcome {
    FOLLOWED,
    PARTLY_FOLLOWED,
    NOT_FOLLOWED;

    /** Whether the advice was set aside in whole or in part, which a filed record must explain. */
    public boolean departsFromAdvice() {
        return this != FOLLOWED;
    }
}
