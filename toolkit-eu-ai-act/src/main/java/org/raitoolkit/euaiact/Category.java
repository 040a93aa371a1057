package org.raitoolkit.euaiact;

/**
 * The risk tiers of the EU AI Act as this rule set reports them, from the mildest to the
 * strictest. When several grounds apply to one system, the strictest wins.
 */
public enum Category {
    /** No prohibited practice, Annex III purpose or Art. 50 situation found. */
    MINIMAL,
    /** Only Art. 50 transparency obligations apply. */
    TRANSPARENCY,
    /** An Annex III high-risk system (Art. 6(2)), with the obligations of Chapter III. */
    HIGH_RISK,
    /** A practice prohibited by Art. 5. */
    PROHIBITED;

    /** Whether this category is stricter than {@code other}. */
    public boolean isStricterThan(Category other) {
        return compareTo(other) > 0;
    }
}
