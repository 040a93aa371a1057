package org.raitoolkit.model;

/** Who a brief, recommendation or action is written for. */
public enum Audience {
    LEADERSHIP,
    TECHNICAL,
    LEGAL_OVERSIGHT,
    PROCUREMENT,
    /** The general public: never given sensitive operational detail. */
    PUBLIC
}
