package org.raitoolkit.euaiact;

/** How sure the rule set is of a date it uses. */
public enum DateStatus {
    /** Read in a copy of the official text. */
    CONFIRMED,
    /**
     * From secondary sources only, such as summaries of the amending Regulation (EU) 2026/1744;
     * check against EUR-Lex before relying on it.
     */
    UNVERIFIED
}
