package org.raitoolkit.model;

/** Who builds the system. */
public enum Sourcing {
    /** Built by the agency itself. */
    IN_HOUSE,
    /** Bought from or built by an external supplier. */
    SUPPLIER
}
