package org.raitoolkit.model;

/** How ready an agency is for responsible AI, overall or in one dimension, lowest first. */
public enum ReadinessLevel {
    BEGINNING, DEVELOPING, ESTABLISHED, ADVANCED;

    /** The level one step up, or this level if it is already the highest. */
    public ReadinessLevel oneAbove() {
        return this == ADVANCED ? ADVANCED : values()[ordinal() + 1];
    }

    /** The lower of two levels. */
    public static ReadinessLevel min(ReadinessLevel a, ReadinessLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
