package org.raitoolkit.model;

/** An event that brings the next review of an assessment forward. */
public enum ReviewTrigger {
    /** The model is retrained or replaced, or the supplier changes. */
    MODEL_OR_SUPPLIER_CHANGE,
    /** A new source of data is connected or an existing one changes in kind. */
    NEW_DATA_SOURCE,
    /** The system is to be used for a new purpose or in a new place. */
    NEW_PURPOSE_OR_PLACE_OF_USE,
    /** A serious incident or a near miss involving the system. */
    SERIOUS_INCIDENT,
    /** The law, a court ruling or the supervisory authority's guidance that governs the use changes. */
    CHANGE_IN_LAW
}
